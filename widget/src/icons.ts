/** Decorative icons (24×24 strokes in `currentColor`, styled by `.icon`); the text beside each one says the same. */
import { html, type TemplateResult } from 'lit';

const CIRCLE = 'M3 12a9 9 0 1 0 18 0 9 9 0 1 0-18 0';
const PATHS = {
  box: 'M3 7.5 12 3l9 4.5v9L12 21l-9-4.5zm0 0 9 4.5 9-4.5M12 12v9',
  truck:
    'M2 5h12v11H2zm12 4h4l4 4v3h-8zM4.7 17.5a1.8 1.8 0 1 0 3.6 0 1.8 1.8 0 1 0-3.6 0m11 0a1.8 1.8 0 1 0 3.6 0 1.8 1.8 0 1 0-3.6 0',
  store: 'M3 10 12 3l9 7v11H3zm6 11v-6h6v6',
  check: `${CIRCLE}m5 .5 2.7 2.7L16.5 9`,
  alert: 'M12 3 2 20.5h20zm0 7v4.5m0 3v.01',
  clock: `${CIRCLE}m9-5v5l3.5 2`,
  info: `${CIRCLE}m9-1v6m0-9.5v.01`,
  tick: 'm6 12.5 4 4L18 8',
  external: 'M14 4h6v6m0-6-9 9m7 1v6H4V6h6',
};

export type IconName = keyof typeof PATHS;

export function icon(name: IconName): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 24 24" aria-hidden="true"><path d=${PATHS[name]}></path></svg>`;
}

const CATEGORY_ICONS: Record<string, IconName> = {
  InTransit: 'truck',
  OutForDelivery: 'truck',
  AvailableForPickup: 'store',
  Delivered: 'check',
  DeliveryFailure: 'alert',
  Exception: 'alert',
  Delayed: 'clock',
  Expired: 'clock',
  Error: 'alert',
};

/** The icon for a status or event category; `null` (nothing scanned yet) is a parcel. */
export function categoryIcon(category: string | null): IconName {
  return category === null ? 'box' : (CATEGORY_ICONS[category] ?? 'info');
}
