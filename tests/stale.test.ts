/**
 * Owners paste a pinned version and may never update it: after the dataset's next review date, visitors see a
 * calm note with the date of the last review, and the owner a console warning that says what to do.
 */
import { expect, html } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import { $, at, captureConsole, mount, text } from './helpers.js';

const dayAfter = (iso: string) => new Date(Date.parse(iso) + 86_400_000).toISOString().slice(0, 10);

describe('stale content', () => {
  it('shows no note up to the next review date', async () => {
    await at(`${en.nextReview}T23:00:00Z`, async () => {
      const { warnings } = await captureConsole(async () => {
        const el = await mount(html`<ketamine-compare></ketamine-compare>`);
        expect($(el, '.stale')!.hidden).to.be.true;
      });
      expect(warnings.join()).not.to.contain('due for review');
    });
  });

  it('after it, tells visitors when the content was last reviewed, and the owner what to do', async () => {
    await at(`${dayAfter(en.nextReview)}T08:00:00Z`, async () => {
      const { warnings } = await captureConsole(async () => {
        const el = await mount(html`<ketamine-compare></ketamine-compare>`);
        const note = $(el, '.stale')!;
        expect(note.hidden).to.be.false;
        expect(note.getClientRects().length).to.be.greaterThan(0);
        // The review date as US readers write it ("November 23, 2026").
        expect(text(note)).to.equal(en.ui.stale.replace('{date}', new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(en.reviewed))));
        // Above the table, where a visitor reads before the facts.
        expect(note.compareDocumentPosition($(el, 'table')!) & Node.DOCUMENT_POSITION_FOLLOWING).to.be.ok;
      });
      const warning = warnings.find((line) => line.includes('due for review'));
      expect(warning).to.match(/^<ketamine-compare> /).and.contain(en.nextReview).and.contain('Update the version in your snippet');
    });
  });

  it('a custom dataset without a next review date never shows the note', async () => {
    const { nextReview, ...dataset } = en;
    void nextReview;
    await at('2099-01-01T00:00:00Z', async () => {
      const el = await mount(html`<ketamine-compare><script type="application/json">${JSON.stringify({ ...dataset, title: 'No review date' })}</script></ketamine-compare>`);
      expect(text($(el, 'caption'))).to.equal('No review date');
      expect($(el, '.stale')!.hidden).to.be.true;
    });
  });
});
