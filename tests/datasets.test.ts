/** The bundled datasets: valid, complete, sourced, the same in both languages, and neutral. */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import schema from '../src/data/schema.json' with { type: 'json' };
import type { Dataset, RichText } from '../src/data/types.js';
import { crossCheck } from '../src/custom/cross-check.js';

const datasets = { en, es } as unknown as Record<string, Dataset>;
const APPROACHES = ['kap', 'iv-infusion', 'iv-integration', 'esketamine', 'at-home'];
const CORE = ['route', 'dose-depth', 'can-talk', 'duration', 'support-role', 'scope'];
const MORE = ['setting', 'course', 'recovery', 'regulatory', 'side-effects', 'evidence'];

/** Words that sell rather than inform. A cell may report a claim, but not in these words. */
const PROMOTIONAL = {
  en: /\b(best|better|proven|cures?|cured|miracle|breakthrough|guarantee[sd]?|revolutionary|superior|life-changing|safest|most effective)\b/i,
  es: /\b(mejor|mejores|comprobad[oa]s?|cura[rs]?|milagro|milagros[oa]|revolucionari[oa]|garantizad[oa]|superior|el más eficaz)\b/i,
};
/** Only the FDA-approved product may be named; no clinics or telehealth companies. */
const COMPANIES = /\b(Mindbloom|Joyous|Wellness for Life|Better U|Nue Life|Janssen|Johnson)\b/i;

const richText = (line: RichText) => line.map((part) => (typeof part === 'string' ? part : part.text)).join('');
const allText = (data: Dataset) => [
  data.title,
  ...Object.values(data.ui),
  ...data.approaches.map((a) => a.name),
  ...data.rows.map((r) => r.name),
  ...Object.values(data.cells).flatMap((byApproach) => Object.values(byApproach).flatMap((points) => points.map((p) => p.text))),
  ...data.disclaimers.map(richText),
  ...data.crisis.map(richText),
];
/** Shape without the words: ids, row flags, sources, links; what must match across languages. */
const structure = (data: Dataset) => ({
  approaches: data.approaches.map((a) => a.id),
  rows: data.rows.map((r) => [r.id, r.core]),
  cells: Object.fromEntries(Object.entries(data.cells).map(([row, byApproach]) => [row, Object.fromEntries(Object.entries(byApproach).map(([a, points]) => [a, points.map((p) => p.sources)]))])),
  sources: data.sources.map((s) => [s.id, s.url]),
  crisisLinks: data.crisis.map((line) => line.filter((part) => typeof part !== 'string')),
  reviewed: data.reviewed,
  uiKeys: Object.keys(data.ui),
});

for (const [lang, data] of Object.entries(datasets)) {
  describe(`dataset ${lang}.json`, () => {
    it('matches schema.json (checked by a JSON Schema 2020-12 validator)', () => {
      const result = new Validator(schema as object, '2020-12', false).validate(data);
      expect(result.errors.map((e) => `${e.instanceLocation}: ${e.error}`)).to.deep.equal([]);
      expect(result.valid).to.be.true;
    });

    it('has every approach and row of the contract, core rows flagged', () => {
      expect(data.lang).to.equal(lang);
      expect(data.approaches.map((a) => a.id)).to.deep.equal(APPROACHES);
      expect(data.rows.map((r) => r.id)).to.deep.equal([...CORE, ...MORE]);
      expect(data.rows.filter((r) => r.core).map((r) => r.id)).to.deep.equal(CORE);
    });

    it('has a cell for every row and approach, each citing sources that exist', () => {
      expect(crossCheck(data)).to.deep.equal([]);
      for (const row of data.rows) for (const a of data.approaches) {
        const points = data.cells[row.id][a.id];
        expect(points.length, `${row.id}/${a.id}`).to.be.greaterThan(0);
        for (const point of points) {
          expect(point.text.trim(), `${row.id}/${a.id}`).not.to.equal('');
          expect(point.sources.length, `${row.id}/${a.id}`).to.be.greaterThan(0);
        }
      }
    });

    it('keeps cells short enough to scan on a phone', () => {
      for (const [row, byApproach] of Object.entries(data.cells)) for (const [a, points] of Object.entries(byApproach)) {
        const length = points.reduce((sum, p) => sum + p.text.length, 0);
        expect(length, `${row}/${a}`).to.be.at.most(260);
      }
    });

    it('cites studies by DOI and reviews on an ISO date', () => {
      for (const source of data.sources) expect(source.url === undefined || /^https:\/\//.test(source.url), source.id).to.be.true;
      for (const id of ['dore-2019', 'wilkinson-2021', 'grunebaum-2018', 'feder-2021', 'sanacora-2017', 'murrough-2013', 'andrade-2017', 'rolan-2014']) {
        expect(data.sources.find((s) => s.id === id)!.url, id).to.match(/^https:\/\/doi\.org\/10\./);
      }
      expect(new Date(data.reviewed).toISOString().slice(0, 10)).to.equal(data.reviewed);
    });

    it('always carries the disclaimers and the 988 / 911 crisis lines', () => {
      const disclaimers = data.disclaimers.map(richText).join(' ');
      const crisis = data.crisis.map(richText).join(' ');
      expect(data.disclaimers.length).to.be.at.least(3);
      expect(crisis).to.contain('988').and.contain('911').and.contain('988lifeline.org');
      expect(data.crisis.flat()).to.deep.include({ text: '988', href: 'tel:988' });
      if (lang === 'en') expect(disclaimers).to.match(/education/i).and.match(/not medical advice/i).and.match(/licensed clinician/i).and.match(/not right for everyone/i);
      if (lang === 'es') expect(disclaimers).to.match(/educativ/i).and.match(/no es consejo médico/i).and.match(/profesional de la salud con licencia/i).and.match(/no es adecuada para todas/i);
      // The LGBTQ+ youth option ("press 3") ended in July 2025.
      expect(crisis).not.to.match(/\b(press|marque) 3\b/i);
    });

    it('uses no promotional superlatives and names no company but the approved product', () => {
      for (const text of allText(data)) {
        expect(text, text).not.to.match(PROMOTIONAL[lang as 'en' | 'es']);
        expect(text, text).not.to.match(COMPANIES);
      }
    });

    it('labels dose depth as how practices describe it, and says where practices differ', () => {
      const depth = Object.values(data.cells['dose-depth']).flat().map((p) => p.text).join(' ');
      expect(depth).to.match(lang === 'en' ? /how practices describe it/i : /según las prácticas/i);
      const differ = lang === 'en' ? /practices differ/i : /las prácticas difieren/i;
      for (const [row, approach] of [['can-talk', 'iv-infusion'], ['recovery', 'iv-infusion'], ['scope', 'iv-integration']]) {
        expect(data.cells[row][approach].map((p) => p.text).join(' '), `${row}/${approach}`).to.match(differ);
        expect(new Set(data.cells[row][approach].flatMap((p) => p.sources)).size, `${row}/${approach} shows both sides`).to.be.at.least(2);
      }
    });
  });
}

describe('datasets en and es', () => {
  it('have the same structure: ids, flags, sources per point, links, review date and UI keys', () => {
    expect(structure(datasets.es)).to.deep.equal(structure(datasets.en));
  });

  it('are really translated: no cell text is the same in both', () => {
    const english = new Set(allText(datasets.en));
    const same = allText(datasets.es).filter((text) => english.has(text) && !/^[\d\s\p{P}]*$/u.test(text));
    expect(same).to.deep.equal([]);
  });

  it('read at about a US grade 8 level (English, Flesch-Kincaid over all cells)', () => {
    const words = allText(datasets.en).join(' ').split(/\s+/).filter((w) => /[a-z]/i.test(w));
    const sentences = Math.max(1, (allText(datasets.en).join(' ').match(/[.!?:;](\s|$)/g) ?? []).length + allText(datasets.en).length);
    const syllables = words.reduce((sum, word) => sum + (word.toLowerCase().replace(/[^a-z]/g, '').replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, '').match(/[aeiouy]{1,2}/g)?.length || 1), 0);
    const grade = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
    expect(grade).to.be.at.most(9);
  });
});
