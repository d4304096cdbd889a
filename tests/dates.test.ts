/**
 * Dates are written out where a dataset is read (the build for the bundled languages, the checker for an owner's),
 * never while the element draws: the first Intl call on a page costs 40-150 ms of CPU at 4x throttling, more than
 * the rest of the first render.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { BUNDLED, languageDataset } from '../src/element/datasets.js';
import { writtenDates } from '../src/element/model.js';
import { $, mount, text } from './helpers.js';

/** Counts the Intl.DateTimeFormat objects made while `run` runs. */
async function dateFormatsMade(run: () => Promise<unknown>) {
  const original = Intl.DateTimeFormat;
  let made = 0;
  Intl.DateTimeFormat = new Proxy(original, {
    construct: (target, args) => (made++, new target(...(args as []))),
    apply: (target, _this, args) => (made++, target(...(args as []))),
  });
  try {
    await run();
  } finally {
    Intl.DateTimeFormat = original;
  }
  return made;
}

describe('dates', () => {
  it('the build writes the same dates as the rule the checker applies, in this browser', async () => {
    expect(BUNDLED.dates).to.deep.equal(writtenDates(en as Dataset));
    expect((await languageDataset('es')).dates).to.deep.equal(writtenDates(es as Dataset));
    expect(BUNDLED.dates![en.reviewed]).to.equal(new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(en.reviewed)));
  });

  it('the bundled comparison draws its review date without making a date format', async () => {
    let el!: HTMLElement;
    const made = await dateFormatsMade(async () => {
      el = await mount(html`<ketamine-compare></ketamine-compare>`);
    });
    expect(text($(el, '[part="sources"] time'))).to.equal(BUNDLED.dates![en.reviewed]);
    expect(made, 'Intl.DateTimeFormat objects made while drawing').to.equal(0);
  });

  it("an owner's dataset gets its dates written out by the checker", async () => {
    const el = await mount(html`<ketamine-compare
      ><script type="application/json">
        ${JSON.stringify({ ...en, reviewed: '2025-03-09', nextReview: undefined })}
      </script></ketamine-compare
    >`);
    await waitUntil(() => text($(el, '[part="sources"] time')) === 'March 9, 2025', 'the review date is not written out');
  });
});
