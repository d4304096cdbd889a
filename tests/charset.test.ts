/**
 * A blog that is not UTF-8 (windows-1252 or ISO-8859-1, or one that names no charset, read as windows-1252 in Western locales), whose server sends the widget's files with no
 * charset: a browser decodes such a script in the page's charset, and UTF-8 "’" would read "â€™", "¿" "Â¿". The
 * built files read the same on any page (rollup.config.mjs `ascii`, scripts/datasets.mjs `BOM`). Served by
 * tests/server/charset.mjs from dist/: run after a build.
 */
import { expect } from '@open-wc/testing';
import { openPage, text } from './helpers.js';
import { until } from './until.js';

/** The widget's whole text once the file loaded after the first screen (other rows, sources) is in. */
async function widgetText(charset: string, lang: string) {
  const page = await openPage(`/tests/charset/${charset}/page.html?lang=${lang}`);
  const [el] = page.elements;
  await until(el, () => el.shadowRoot!.querySelector('[part="sources"] ol[data-state="ready"]'));
  const words = text(el.shadowRoot as unknown as Element);
  const own = { charset: page.doc.characterSet, text: text(page.doc.getElementById('own')), errors: page.win.pageErrors };
  page.close();
  return { words, ...own };
}

describe('a page that is not UTF-8, with scripts served without a charset', () => {
  for (const [lang, sample] of [
    ['en', '’'],
    ['es', '¿'],
  ]) {
    it(`${lang}: the widget's text is the same as on a UTF-8 page, on windows-1252 and ISO-8859-1 pages`, async () => {
      const utf8 = await widgetText('utf-8', lang);
      expect(utf8.words).to.contain(sample);
      for (const charset of ['windows-1252', 'iso-8859-1']) {
        const page = await widgetText(charset, lang);
        // The page is what it says: its own words decoded in windows-1252.
        expect(page.text, `${charset}: the page's own text`).to.equal('Comparación');
        // UTF-8 read as windows-1252: "’" shows as "â€™", "ó" as "Ã³", "¿" as "Â¿".
        expect(/.{0,30}(â€|Ã|Â).{0,10}/.exec(page.words)?.[0], `${charset} (read as ${page.charset}): garbled`).to.be.undefined;
        expect(page.words, `${charset} (read as ${page.charset})`).to.equal(utf8.words);
        expect(page.errors).to.deep.equal([]);
      }
    });
  }
});
