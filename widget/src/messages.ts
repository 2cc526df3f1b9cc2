/** What each category is called and what it means for the recipient, in words. Call these while rendering. */
import { msg, str } from '@lit/localize';
import type { Category } from './types.js';

/** A short label for a category (status header, timeline, progress steps and flags). */
export function categoryLabel(category: Category | string | null): string {
  switch (category) {
    case 'PickedUp':
      return msg('Picked up', { desc: 'smartsend-tracking: last progress step on the service-point route' });
    case null:
      return msg('Registered', { desc: 'smartsend-tracking: status before the carrier has scanned the parcel' });
    case 'AvailableForPickup':
      return msg('Ready for pickup', { desc: 'smartsend-tracking: category label, parcel waits at a service point' });
    case 'Change':
      return msg('Delivery changed', { desc: 'smartsend-tracking: category label, destination or time changed' });
    case 'Delayed':
      return msg('Delayed', { desc: 'smartsend-tracking: category label, delayed but will still be delivered' });
    case 'Delivered':
      return msg('Delivered', { desc: 'smartsend-tracking: category label, parcel delivered' });
    case 'DeliveryFailure':
      return msg('Delivery attempt failed', { desc: 'smartsend-tracking: category label, delivery was tried' });
    case 'Error':
      return msg('Tracking unavailable', { desc: "smartsend-tracking: category label, carrier's data unavailable" });
    case 'Exception':
      return msg('Needs attention', { desc: 'smartsend-tracking: category label, something out of the ordinary' });
    case 'Expired':
      return msg('Tracking expired', { desc: 'smartsend-tracking: category label, no more updates will come' });
    case 'Info':
      return msg('Information', { desc: 'smartsend-tracking: category label, informational event' });
    case 'InTransit':
      return msg('In transit', { desc: "smartsend-tracking: category label, moving through the carrier's network" });
    case 'Notification':
      return msg('Notification sent', { desc: 'smartsend-tracking: category label, the carrier notified someone' });
    case 'OutForDelivery':
      return msg('Out for delivery', { desc: 'smartsend-tracking: category label, on the way to the recipient' });
    default:
      return msg('Update', { desc: 'smartsend-tracking: label for an event of an unknown category' });
  }
}

/** One sentence a recipient understands, for the status header. `place` names a pickup point. */
export function statusSentence(status: Category | string | null, place?: string): string {
  switch (status) {
    case null:
      return msg('The carrier has not scanned the parcel yet.', {
        desc: 'smartsend-tracking: status sentence, no tracking events yet',
      });
    case 'AvailableForPickup':
      return place
        ? msg(str`Your parcel is ready for pickup at ${place}.`, {
            desc: 'smartsend-tracking: status sentence; the value is the name of the service point',
          })
        : msg('Your parcel is ready for pickup.', { desc: 'smartsend-tracking: status sentence, no place known' });
    case 'Change':
      return msg('The delivery has been changed.', { desc: 'smartsend-tracking: status sentence, Change' });
    case 'Delayed':
      return msg('Your parcel is delayed, but it is still on its way.', {
        desc: 'smartsend-tracking: status sentence, Delayed',
      });
    case 'Delivered':
      return msg('Your parcel has been delivered.', { desc: 'smartsend-tracking: status sentence, Delivered' });
    case 'DeliveryFailure':
      return msg('The carrier tried to deliver your parcel, but could not.', {
        desc: 'smartsend-tracking: status sentence, DeliveryFailure',
      });
    case 'Error':
      return msg("The carrier's latest tracking information could not be fetched.", {
        desc: 'smartsend-tracking: status sentence, Error (a technical problem at the carrier)',
      });
    case 'Exception':
      return msg(
        'Something out of the ordinary happened. The parcel may be sent back, or the carrier may contact you.',
        {
          desc: 'smartsend-tracking: status sentence, Exception',
        },
      );
    case 'Expired':
      return msg('Tracking for this parcel has expired and will not be updated.', {
        desc: 'smartsend-tracking: status sentence, Expired',
      });
    case 'InTransit':
      return msg('Your parcel is on its way.', { desc: 'smartsend-tracking: status sentence, InTransit' });
    case 'Notification':
      return msg('The carrier has sent a notification about your parcel.', {
        desc: 'smartsend-tracking: status sentence, Notification',
      });
    case 'OutForDelivery':
      return msg('Your parcel is out for delivery.', { desc: 'smartsend-tracking: status sentence, OutForDelivery' });
    default:
      return msg('There is news about your parcel.', {
        desc: 'smartsend-tracking: status sentence, Info or an unknown category',
      });
  }
}
