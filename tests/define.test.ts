/** Registering the tag: what the owner is told when another script took it first. */
import { expect } from '@open-wc/testing';
import type { PageWindow } from './helpers.js';

describe('the tag already taken by another class', () => {
  it('says so in the console, with the <ketamine-compare> prefix, and breaks nothing', async () => {
    const frame = document.createElement('iframe');
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.src = '/tests/pages/tag-taken.html';
    document.body.append(frame);
    await loaded;
    const win = frame.contentWindow as PageWindow & { pageWarnings: string[] };
    try {
      const warnings = win.pageWarnings.filter((line) => line.startsWith('<ketamine-compare>'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.match(/already defined by another script/);
      expect(win.pageErrors).to.deep.equal([]);
      expect(win.document.querySelector('ketamine-compare')!.shadowRoot).to.be.null; // the other class's element
    } finally {
      frame.remove();
    }
  });
});
