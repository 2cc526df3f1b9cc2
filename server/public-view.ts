/**
 * Public views, serialized once per version of a shipment. A request reads the shipment's id and version
 * (one indexed row) and answers from memory when nothing changed; the version lives in the database, so the
 * answer is current even when another process wrote the change.
 */
import { etagOf } from './http/cache.js';
import { toPublicTracking } from './projection.js';
import type { ShipmentRef, Store } from './store/types.js';

export interface PublicView {
  /** The `PublicTracking` as UTF-8 JSON, ready to send, and its ETag. */
  body: Buffer;
  etag: string;
  version: number;
}

export class PublicViews {
  /** Least recently used first (a Map keeps insertion order). */
  private readonly views = new Map<string, PublicView>();
  private bytes = 0;

  /** `capacityBytes` bounds the memory the bodies take (0 turns the cache off). */
  constructor(
    private readonly store: Store,
    private readonly capacityBytes = 32 * 1024 * 1024,
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
    if (view && view.version === ref.version) {
      this.views.delete(ref.id);
      this.views.set(ref.id, view);
      return view;
    }
    const shipment = await this.store.shipmentById(ref.id);
    if (!shipment) return undefined;
    const json = JSON.stringify(toPublicTracking(shipment));
    view = { body: Buffer.from(json), etag: etagOf(json), version: shipment.version };
    this.remember(ref.id, view);
    return view;
  }

  private remember(id: string, view: PublicView): void {
    const old = this.views.get(id);
    if (old) {
      this.views.delete(id);
      this.bytes -= old.body.length;
    }
    if (view.body.length > this.capacityBytes) return;
    this.views.set(id, view);
    this.bytes += view.body.length;
    for (const [oldest, v] of this.views) {
      if (this.bytes <= this.capacityBytes) break;
      this.views.delete(oldest);
      this.bytes -= v.body.length;
    }
  }
}
