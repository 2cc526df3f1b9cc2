import { expect } from '@open-wc/testing';
import { SmartsendTrackingElement } from '../src/smartsend-tracking.js';

describe('registration', () => {
  it('registers <smartsend-tracking> on import', () => {
    expect(customElements.get('smartsend-tracking')).to.equal(SmartsendTrackingElement);
    expect(document.createElement('smartsend-tracking')).to.be.an.instanceOf(SmartsendTrackingElement);
  });

  it('tolerates a second copy of the script on the page', async () => {
    // A different URL is a second module instance, as when a merchant includes the script twice.
    await import(/* @vite-ignore */ `../src/smartsend-tracking-define.ts?copy=${Date.now()}`);
    await import(/* @vite-ignore */ `../src/smartsend-tracking.ts?copy=${Date.now()}`);
    expect(customElements.get('smartsend-tracking')).to.equal(SmartsendTrackingElement);
  });

  it('registers nothing when only the element class is imported', async () => {
    const before = customElements.get('smartsend-tracking');
    const module = await import(/* @vite-ignore */ `../src/smartsend-tracking-element.ts?copy=${Date.now()}`);
    expect(module.SmartsendTrackingElement).not.to.equal(SmartsendTrackingElement);
    expect(customElements.get('smartsend-tracking')).to.equal(before);
  });
});
