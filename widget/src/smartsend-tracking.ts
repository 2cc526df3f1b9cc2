/** The widget's entry, served as `/widget/smartsend-tracking.js`: registers the element and exports its class and types. */
import './smartsend-tracking-define.js';

export { SmartsendTrackingElement } from './smartsend-tracking-element.js';
export type { Category, PublicEvent, PublicLocation, PublicTracking, TrackingProblem } from './types.js';
