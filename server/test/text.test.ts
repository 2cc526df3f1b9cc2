import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { plainText } from '../text.js';

describe('plainText', () => {
  it('removes the HTML carriers put into descriptions', () => {
    assert.equal(
      plainText('Sendingen er levert til <span rel="tooltip" title="Avsender">avsender</span>.'),
      'Sendingen er levert til avsender.',
    );
    assert.equal(
      plainText('<b>Delivered</b><br/>to the<script>alert(1)</script> door'),
      'Delivered to the alert(1) door',
    );
  });

  it('decodes entities into characters', () => {
    assert.equal(
      plainText('Pakken er udleveret i Br&oslash;ndby &amp; K&#248;ge &#x2013; ok'),
      'Pakken er udleveret i Brøndby & Køge – ok',
    );
  });

  it('never lets an encoded tag come back as markup', () => {
    assert.equal(plainText('&lt;img src=x onerror=alert(1)&gt;hi'), 'hi');
    assert.equal(plainText('&amp;lt;b&amp;gt;'), '&lt;b&gt;');
  });

  it('keeps comparisons that only look like tags', () => {
    assert.equal(plainText('weight < 5 kg > 2 kg'), 'weight < 5 kg > 2 kg');
  });

  it('drops control and bidi-override characters and collapses whitespace', () => {
    assert.equal(plainText('a\u0000b\u202Ec\n\n  d\t'), 'a b c d');
  });

  it('cuts long text with an ellipsis', () => {
    assert.equal(plainText('x'.repeat(600)).length, 500);
    assert.ok(plainText('x'.repeat(600)).endsWith('…'));
  });

  it('never returns anything a browser would parse as a tag, whatever the input', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('<', '>', '/', '!', '-', '&', 'lt;', 'gt;', '#60;', 'a', 'img', ' ', '=') }),
        (s) => {
          assert.doesNotMatch(plainText(s), /<[a-z!/?]/i);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
