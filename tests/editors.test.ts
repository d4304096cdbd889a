/**
 * The configurator's real snippet (read from demo/configurator.html, as an owner copies it), pasted into the
 * editors owners use and served as those editors serve it, then loaded with the built script and its integrity
 * hash: Squarespace's Code block, WordPress's block editor (Custom HTML block) and Wix's Embed HTML keep what is
 * pasted; WordPress's classic editor runs wpautop on it (@wordpress/autop is WordPress's own code, in
 * JavaScript); a page builder parses it and writes it back (and some run wpautop after). Each time, one
 * comparison shows, nothing of the plain copy shows outside the element, and the post is as tall as its text
 * and the widget.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { autop } from '@wordpress/autop';
import pkg from '../package.json' with { type: 'json' };
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import { openPage, text } from './helpers.js';

/** Where the snippet's files are: the published package's dist/ folder. */
const CDN = `https://cdn.jsdelivr.net/npm/ketamine-compare@${pkg.version}/dist/`;

/** What a page builder does: parse the HTML and write it back from the document it built. */
const reserialize = (html: string) => new DOMParser().parseFromString(html, 'text/html').body.innerHTML;

const EDITORS: Array<[string, (html: string) => string]> = [
  ['Squarespace Code block, WordPress Custom HTML block, Wix Embed HTML (kept as pasted)', (html) => html],
  ['WordPress classic editor (wpautop)', (html) => autop(html)],
  ['a page builder that parses and re-serializes the HTML', reserialize],
  ['a page builder that re-serializes, then wpautop', (html) => autop(reserialize(html))],
];

/** The snippet the configurator gives for a practice's choices (a scope statement and a call to action). */
async function configuratorSnippet(lang: string) {
  const hash = `#lang=${lang}&scope=I%20am%20a%20coach%2C%20not%20a%20therapist.&cta-text=Book%20a%20call&cta-href=https%3A%2F%2Fexample.com%2Fbook`;
  const { doc, close } = await openPage(`/demo/configurator.html${hash}`, 1280, 900);
  const box = doc.getElementById('snippet') as HTMLTextAreaElement;
  await waitUntil(() => box.value.includes('cta-text'), 'the configurator wrote no snippet');
  const value = box.value;
  close();
  return value;
}

/** A blog post as the editor serves it: a title and a paragraph, the pasted snippet, a paragraph after. */
async function post(pasted: string, lang: string) {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '900px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"></head><body><main><h1>My post</h1><p id="before">Before the widget.</p>
${pasted}
<p id="after">After the widget.</p></main></body></html>`;
  document.body.append(frame);
  await loaded;
  return frame;
}

// English, and Spanish, whose first view the script loads from beside itself.
for (const lang of ['en', 'es']) describe(`the ${lang} snippet in the editors owners use`, () => {
  let snippetText = '';
  before(async () => {
    snippetText = await configuratorSnippet(lang);
    expect(snippetText).to.contain(`${CDN}ketamine-compare.js`);
    expect(snippetText.split('<script ').length - 1, 'script tags').to.equal(1);
  });

  for (const [editor, edit] of EDITORS) {
    it(`${editor}: one comparison, no plain copy outside it, the post as tall as its parts`, async () => {
      // The published files are this build's dist/ files; the snippet's integrity hashes stay and are checked.
      const served = edit(snippetText).replaceAll(CDN, '/dist/');
      const frame = await post(served, lang);
      const doc = frame.contentDocument!;
      try {
        const elements = doc.querySelectorAll('ketamine-compare');
        expect(elements.length, 'elements').to.equal(1);
        const el = elements[0] as HTMLElement;
        await waitUntil(() => el.shadowRoot?.querySelector('tbody tr'), `${editor}: the widget did not start`);
        expect(text(el.shadowRoot!.querySelector('[part="disclaimers"]'))).to.contain('I am a coach, not a therapist.');
        expect(text(el.shadowRoot!.querySelector('caption'))).to.equal(lang === 'es' ? es.title : en.title);

        // Every word on the page outside the widget is the post's own.
        const outside: string[] = [];
        const walker = doc.createTreeWalker(doc.body, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          if (!node.parentElement!.closest('ketamine-compare, script') && node.textContent!.trim()) outside.push(node.textContent!.trim());
        }
        expect(outside).to.deep.equal(['My post', 'Before the widget.', 'After the widget.']);

        // The plain copy inside is not drawn (the widget shows instead), and nothing of it is on screen.
        const shown = [...el.querySelectorAll('*')].filter((child) => child.getClientRects().length > 0);
        expect(shown.map((child) => child.localName), 'plain copy drawn').to.deep.equal([]);

        // The post is its paragraphs and the widget: nothing between them, nothing below.
        const widget = el.getBoundingClientRect();
        const before = doc.getElementById('before')!.getBoundingClientRect();
        const after = doc.getElementById('after')!.getBoundingClientRect();
        expect(widget.top - before.bottom, 'gap above the widget').to.be.within(0, 40);
        expect(after.top - widget.bottom, 'gap below the widget').to.be.within(0, 40);
        expect(doc.documentElement.scrollHeight - after.bottom, 'below the post').to.be.below(60);
      } finally {
        frame.remove();
      }
    });
  }
});
