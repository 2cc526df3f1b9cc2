/** The steps a parcel takes, and where this one is: a pure function of the tracking, rendered as the progress line. */
import type { Category, PublicTracking } from './types.js';

/** A step is named by the category that reaches it; `null` is "registered", `PickedUp` ends the pickup route. */
export type StepKind = Category | null | 'PickedUp';
export type StepState = 'done' | 'current' | 'upcoming';
/** A turn off the usual path, shown on the current step. */
export type Branch = 'DeliveryFailure' | 'Exception' | 'Delayed' | 'Expired';

export interface Step {
  kind: StepKind;
  state: StepState;
  /** Where the parcel is now: the current step, or the last one once it is done. */
  current: boolean;
  branch?: Branch;
}

const HOME: readonly StepKind[] = [null, 'InTransit', 'OutForDelivery', 'Delivered'];
const PICKUP: readonly StepKind[] = [null, 'InTransit', 'AvailableForPickup', 'PickedUp'];
const BRANCHES: ReadonlySet<string> = new Set<Branch>(['DeliveryFailure', 'Exception', 'Delayed', 'Expired']);

/** The step a category proves the parcel has reached, on the home or the pickup route. */
function stepOf(category: string, pickup: boolean): number {
  switch (category) {
    case 'InTransit':
      return 1;
    case 'OutForDelivery':
    case 'DeliveryFailure':
      return pickup ? 1 : 2;
    case 'AvailableForPickup':
      return 2;
    case 'Delivered':
      return 3;
    default:
      return 0;
  }
}

/**
 * Four steps: registered → in transit → out for delivery → delivered, or → ready for pickup → picked up once the
 * parcel has gone to a service point. The current step is where the status puts it; a status that says nothing
 * about place (Delayed, Exception, Info…) leaves the parcel at the furthest step its events reached.
 */
export function progressOf({ status, events }: PublicTracking): Step[] {
  const pickup = status === 'AvailableForPickup' || events.some((e) => e.category === 'AvailableForPickup');
  const route = pickup ? PICKUP : HOME;
  const current = stepOf(status ?? '', pickup) || Math.max(0, ...events.map((e) => stepOf(e.category, pickup)));
  // An Expired event last closes the tracking without moving the parcel (the server keeps the real status).
  const branch =
    status && BRANCHES.has(status) ? (status as Branch) : events[0]?.category === 'Expired' ? 'Expired' : undefined;
  return route.map((kind, i) => {
    if (i !== current) return { kind, state: i < current ? 'done' : 'upcoming', current: false };
    const step: Step = { kind, state: i === route.length - 1 ? 'done' : 'current', current: true };
    if (branch) step.branch = branch;
    return step;
  });
}
