/**
 * Public views, serialized once per version of a shipment. A request reads the shipment's id and version
 * (one indexed row) and answers from memory when nothing changed; the version lives in the database, so the
 * answer is current even when another process wrote the change.
 */
import { etagOf } from './http/cache.js';
import { type PublicTracking, toPublicTracking } from './projection.js';
import type { ShipmentRef, Store } from './store/types.js';

export interface PublicView {
  tracking: PublicTracking;
  /** `tracking` as JSON, and its ETag. */
  body: string;
  etag: string;
  version: number;
}

export class PublicViews {
  /** Least recently used first (a Map keeps insertion order). */
  private readonly views = new Map<string, PublicView>();

  constructor(
    private readonly store: Store,
    private readonly capacity = 10_000,
  ) {}

  async byTrackingNumber(trackingNumber: string): Promise<PublicView | undefined> {
    const ref = await this.store.shipmentRefByTrackingNumber(trackingNumber);
    return ref && this.current(ref);
  }

  async byId(id: string): Promise<PublicView | undefined> {
    const ref = await this.store.shipmentRefById(id);
    return ref && this.current(ref);
  }

  private async current(ref: ShipmentRef): Promise<PublicView | undefined> {
    let view = this.views.get(ref.id);
    if (!view || view.version !== ref.version) {
      const shipment = await this.store.shipmentById(ref.id);
      if (!shipment) return undefined;
      const tracking = toPublicTracking(shipment);
      const body = JSON.stringify(tracking);
      view = { tracking, body, etag: etagOf(body), version: shipment.version };
    }
    this.views.delete(ref.id);
    this.views.set(ref.id, view);
    if (this.views.size > this.capacity) this.views.delete(this.views.keys().next().value!);
    return view;
  }
}
