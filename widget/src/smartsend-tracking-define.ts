/** Registers `<smartsend-tracking>`. Safe to load twice: a page that already has the tag keeps the first one. */
import { SmartsendTrackingElement } from './smartsend-tracking-element.js';

if (!customElements.get('smartsend-tracking')) customElements.define('smartsend-tracking', SmartsendTrackingElement);

declare global {
  interface HTMLElementTagNameMap {
    'smartsend-tracking': SmartsendTrackingElement;
  }
}
