/**
 * The bundled datasets: valid, complete, sourced, the same in every language, neutral, plain and safe.
 * Everything here runs the same way for every language file; the wording rules of each language are in one table,
 * tests/content/languages.ts. The claims ledger has its own file, tests/ledger.test.ts.
 */
import { expect } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import schema from '../src/data/schema.json' with { type: 'json' };
import type { Cell, Dataset, Point } from '../src/data/types.js';
import { answerOf, pointsOf } from '../src/element/model.js';
import { crossCheck } from '../src/custom/cross-check.js';
import { LANGUAGES } from './content/languages.js';
import { richText } from './content/ledger-check.js';
import { fleschKincaid, median, percentile } from './content/readability.js';

const datasets = { en, es } as unknown as Record<string, Dataset>;
const APPROACHES = ['kap', 'iv-infusion', 'iv-integration', 'esketamine', 'at-home'];
/** The columns that use ketamine itself (esketamine has its own label and rules). */
const KETAMINE = ['kap', 'iv-infusion', 'iv-integration', 'at-home'];
const CORE = ['route', 'dose-depth', 'side-effects', 'can-talk', 'duration', 'support-role', 'scope'];
const MORE = ['setting', 'course', 'recovery', 'regulatory', 'evidence'];

/**
 * Longest a cell may be, in characters, all points together, in any language (Spanish runs about 15% longer than
 * English). Cells must stay scannable on a phone, so most rows keep a tight limit; a few may not be cut:
 */
const CELL_LIMIT: Record<string, number> = {
  default: 320,
  // Says what is compounded and not FDA-approved, how little is absorbed by mouth (the "lighter" myth), and what the
  // FDA found in compounded nasal sprays (strength, unknown dose per spray, home use).
  route: 560,
  // Adds how to check a provider (vital signs, breathing equipment, REMS certification, when you may leave), and where
  // practices differ on who is in the room.
  'support-role': 480,
  // Every column says what it does not do; the IV columns also say they are off-label, as KAP does (review 3, item 3).
  scope: 360,
  // The Spravato schedule for suicidal thoughts carries its limitation of use, and the IV consensus both its halves
  // (quick effects; small studies, few long-term data): neither may be cut.
  course: 400,
  // At home, no provider watches: the driving rule, a sober adult and the 911 signs, and the basics of keeping a
  // controlled drug (only the dose prescribed, locked away, never shared, Poison Help) (review 3, item 18), and, for
  // thoughts of suicide, someone trusted who keeps the doses (blind read 2, item 2).
  recovery: 720,
  // Each approval carries its limitation of use, the telehealth rule its end date, and coverage one payer's policy.
  regulatory: 700,
  // Every column says the common and serious short-term effects, who should not use it (pregnancy and psychosis
  // included), the risk of misuse and dependence and of mixing with sedatives; Spravato adds its contraindications and
  // boxed warning; liver and bladder harm, breastfeeding, the blood-pressure cases and the signs that need emergency care
  // (review 3, items 14-19); in the ketamine columns, that the same risks as Spravato's boxed warning apply, and
  // Spravato's advice on breastfeeding (blind read 2, items 3 and 11). A safety row: nothing here may be dropped.
  'side-effects': 960,
  // One rule for evidence: every study is given with its design, size, what it measured and its limits (added to usual
  // care, company-run, no clear difference), whichever side it favours; IV ketamine gives its randomized trials in both
  // directions and Spravato its trial as a drug used alone (review 3, items 26 and 28).
  evidence: 960,
};
/** English plain-language targets: Flesch-Kincaid grade per point. */
const GRADE = { median: 6, p90: 8 };

/** Company names that must not appear: only the approved product is named. */
const COMPANIES = /\b(Mindbloom|Joyous|Wellness for Life|Better U|Nue Life|Janssen|Johnson)\b/i;

/** What a cell says: its short answer (if it has one), then its points. */
const said = (cell: Cell): Point[] => [answerOf(cell), ...pointsOf(cell)].filter((p): p is Point => !!p);
const points = (data: Dataset) => Object.values(data.cells).flatMap((byApproach) => Object.values(byApproach).flatMap(said));
const cellText = (data: Dataset, row: string, approach: string) => said(data.cells[row][approach]).map((p) => p.text).join(' ');
const allText = (data: Dataset) => [
  data.title,
  ...Object.values(data.ui),
  ...data.approaches.flatMap((a) => [a.name, a.short ?? '']).filter(Boolean),
  ...data.rows.map((r) => r.name),
  ...points(data).map((p) => p.text),
  ...data.disclaimers.map(richText),
  ...data.crisis.map(richText),
];
/** Shape without the words: ids, row flags, sources per point, links, dates and UI keys; what every language shares. */
const structure = (data: Dataset) => ({
  approaches: data.approaches.map((a) => [a.id, 'short' in a]),
  rows: data.rows.map((r) => [r.id, r.core]),
  cells: Object.fromEntries(Object.entries(data.cells).map(([row, byApproach]) => [row, Object.fromEntries(Object.entries(byApproach).map(([a, cell]) => [a, [answerOf(cell)?.sources, pointsOf(cell).map((p) => p.sources)]]))])),
  sources: data.sources.map((s) => [s.id, s.url]),
  // The same links in every language, each to its own language's page where the site has one (988lifeline.org/es/).
  crisisLinks: data.crisis.map((line) => line.filter((part) => typeof part !== 'string').map((link) => new URL(link.href).origin)),
  disclaimers: data.disclaimers.length,
  reviewed: data.reviewed,
  nextReview: data.nextReview,
  uiKeys: Object.keys(data.ui),
});

for (const [lang, data] of Object.entries(datasets)) {
  const rules = LANGUAGES[lang];

  describe(`dataset ${lang}.json`, () => {
    it('has wording rules in tests/content/languages.ts', () => expect(rules, lang).to.exist);

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

    it('has a cell for every row and approach, each point citing sources that exist', () => {
      expect(crossCheck(data)).to.deep.equal([]);
      for (const row of data.rows) for (const a of data.approaches) {
        const list = said(data.cells[row.id][a.id]);
        expect(list.length, `${row.id}/${a.id}`).to.be.greaterThan(0);
        for (const point of list) {
          expect(point.text.trim(), `${row.id}/${a.id}`).not.to.equal('');
          expect(point.sources.length, `${row.id}/${a.id}`).to.be.greaterThan(0);
        }
      }
    });

    it('keeps cells short enough to scan on a phone (safety rows may run longer)', () => {
      for (const [row, byApproach] of Object.entries(data.cells)) for (const [a, cell] of Object.entries(byApproach)) {
        const length = pointsOf(cell).reduce((sum, p) => sum + p.text.length, 0);
        expect(length, `${row}/${a}`).to.be.at.most(CELL_LIMIT[row] ?? CELL_LIMIT.default);
      }
    });

    it('cites studies by DOI or the publisher’s page, and reviews on ISO dates', () => {
      for (const source of data.sources) expect(source.url === undefined || /^https:\/\//.test(source.url), source.id).to.be.true;
      for (const id of ['dore-2019', 'wilkinson-2021', 'grunebaum-2018', 'feder-2021', 'abdallah-2022', 'sanacora-2017', 'murrough-2013', 'andrade-2017', 'rolan-2014']) {
        expect(data.sources.find((s) => s.id === id)?.url, id).to.match(/^https:\/\/doi\.org\/10\./);
      }
      for (const date of [data.reviewed, data.nextReview!]) expect(new Date(date).toISOString().slice(0, 10)).to.equal(date);
    });

    it('always carries the disclaimers and the crisis lines: 988 (call, text, chat), Veterans, Spanish, ASL, 911', () => {
      const disclaimers = data.disclaimers.map(richText).join(' ');
      const crisis = data.crisis.map(richText).join(' ');
      expect(data.disclaimers.length).to.be.at.least(3);
      for (const pattern of rules.disclaimers) expect(disclaimers).to.match(pattern);
      expect(crisis).to.contain('988').and.contain('911').and.contain('988lifeline.org').and.contain('838255').and.contain('AYUDA').and.contain('ASL Now');
      expect(data.crisis.flat()).to.deep.include({ text: '988', href: 'tel:988' });
      expect(data.crisis.flat()).to.deep.include({ text: '911', href: 'tel:911' });
      // The chat is linked, to the Lifeline's page in the dataset's language where it has one.
      expect(data.crisis.flat().some((part) => typeof part !== 'string' && part.text === '988lifeline.org' && /^https:\/\/988lifeline\.org\/([a-z]{2}\/)?$/.test(part.href))).to.be.true;
      // The LGBTQ+ youth option ("press 3") ended in July 2025.
      expect(crisis).not.to.match(/\b(press|marque) 3\b/i);
    });

    it('opens the crisis block with a short, complete line: 988, call or text, as a tel: link (shown at the top on a phone)', () => {
      const first = data.crisis[0];
      expect(first).to.deep.include({ text: '988', href: 'tel:988' });
      // Short enough for three lines on a phone (tests/phone.test.ts measures it: Spanish at 110 characters took a fourth
      // line). English says call or text; Spanish gives its own route (press 2, or text AYUDA), since this may be the only
      // line a visitor reads (review 3, item 7). It also says that ketamine does not replace crisis care (item 6).
      expect(richText(first).length).to.be.at.most(105);
      expect(richText(first)).to.match(lang === 'en' ? /call or text/i : /llame al 988 y marque 2, o envíe AYUDA al 988/i);
      expect(richText(first)).to.match(lang === 'en' ? /ketamine does not replace crisis care/i : /la ketamina no reemplaza/i);
    });

    it('says in the crisis block that ketamine and Spravato do not replace emergency or crisis care', () => {
      // Not "are not": Spravato is approved for depressive symptoms with acute suicidal thoughts (review 3, item 6).
      const line = data.crisis.map(richText).find((text) => /Spravato/.test(text));
      expect(line, 'a crisis line naming Spravato').to.exist;
      expect(line).to.match(lang === 'en' ? /do not replace emergency or crisis care/ : /no reemplazan la atención de emergencia ni de crisis/);
      expect(line).not.to.match(lang === 'en' ? /are not emergency/ : /no son atención/);
    });

    it('uses no promotional superlatives and names no company but the approved product', () => {
      for (const text of allText(data)) {
        expect(text, text).not.to.match(rules.promotional);
        expect(text, text).not.to.match(COMPANIES);
      }
    });

    it('avoids the words the review ruled out, and uses the ones it asked for', () => {
      const text = allText(data).join('\n');
      for (const [pattern, why] of rules.forbidden) expect(text.match(pattern)?.[0], why).to.equal(undefined);
      const cells = points(data).map((p) => p.text).join('\n');
      for (const [pattern, why] of rules.required) expect(cells, why).to.match(pattern);
    });

    it('labels dose depth as how practices describe it, and says where practices differ', () => {
      const depth = Object.values(data.cells['dose-depth']).flatMap(said).map((p) => p.text).join(' ');
      expect(depth).to.match(rules.practicesDescribe);
      // can-talk/iv-infusion is no longer here: at the research dose it is a fact, not a practice difference (review 3, item 24).
      for (const [row, approach] of [['support-role', 'kap'], ['scope', 'iv-integration'], ['evidence', 'iv-integration']]) {
        expect(cellText(data, row, approach), `${row}/${approach}`).to.match(rules.differ);
        expect(new Set(said(data.cells[row][approach]).flatMap((p) => p.sources)).size, `${row}/${approach} shows both sides`).to.be.at.least(2);
      }
    });

    it('gives the 24-hour driving rule in every ketamine column, from the drug guide where it is written, never as a practice difference', () => {
      for (const approach of KETAMINE) {
        const recovery = pointsOf(data.cells.recovery[approach]);
        const rule = recovery.find((p) => /\b24\b/.test(p.text));
        expect(rule, `recovery/${approach}`).to.exist;
        // The source in which the passage really is (Micromedex, via Mayo Clinic): review 3 did not find the sentence in
        // the available copies of either Ketalar label text (item 12).
        expect(rule!.sources[0], `recovery/${approach}`).to.equal('mayo-ketamine');
        expect(cellText(data, 'recovery', approach), `recovery/${approach}`).not.to.match(rules.differ);
      }
    });

    it('says in every side-effects cell who should not use it, the risk of misuse, and the danger of mixing with sedatives', () => {
      for (const approach of APPROACHES) {
        const cell = said(data.cells['side-effects'][approach]);
        const label = approach === 'esketamine' ? 'spravato-label' : 'ketalar-label';
        expect(cell.every((p) => p.sources.includes(label)), `side-effects/${approach} rests on its label`).to.be.true;
        const text = cellText(data, 'side-effects', approach);
        for (const word of lang === 'en' ? [/not for people/i, /pregnancy/i, /psychosis/i, /misused/i, /depend/i, /opioids/i, /benzodiazepines/i, /alcohol/i, /sedatives/i, /breathing/i] : [/no es para personas/i, /embarazo/i, /psicosis/i, /usar mal/i, /depend/i, /opioides/i, /benzodiacepinas/i, /alcohol/i, /sedantes/i, /respiración/i]) {
          expect(text, `side-effects/${approach}`).to.match(word);
        }
      }
    });

    it('always shows the safety essentials as a disclaimer, without sending the visitor to a row', () => {
      // The widget shows side effects by default (issue 21, item 6), so the disclaimer no longer names a row to turn on.
      const line = data.disclaimers.map(richText).find((text) => (lang === 'en' ? /slowed breathing/ : /respiración lenta/).test(text));
      expect(line, 'a disclaimer with the safety essentials').to.exist;
      for (const row of data.rows) expect(line, row.name).not.to.contain(row.name);
      for (const word of lang === 'en' ? [/breathing/i, /alcohol/i, /opioids/i, /benzodiazepines/i, /sedatives/i, /drive/i, /Spravato/, /24 hours/, /pregnancy/i, /psychosis/i, /blood pressure/i] : [/respiración/i, /alcohol/i, /opioides/i, /benzodiacepinas/i, /sedantes/i, /maneje/i, /Spravato/, /24 horas/, /embarazo/i, /psicosis/i, /presión arterial/i]) {
        expect(line, String(word)).to.match(word);
      }
    });

    it('says in every side-effects short answer who should not use it and the driving rule (the first thing read on a phone)', () => {
      // Blind read of the answers, item 1: the row promises "who should not use it", and the answer may be all a visitor reads.
      // Spanish "No con …" is the English "Not with …" (the psychiatrist's sign-off read of 2026-12-06 words it so).
      for (const approach of APPROACHES) {
        const text = answerOf(data.cells['side-effects'][approach])?.text ?? '';
        expect(text, `side-effects/${approach}/answer`).to.match(lang === 'en' ? /\bnot (if|with|for)\b/i : /\bno (es para|con)\b/i);
        expect(text, `side-effects/${approach}/answer`).to.match(lang === 'en' ? /\bno driving\b/i : /\bno maneje\b/i);
      }
    });

    it('tells at-home users to have a sober adult with them, since no provider is watching', () => {
      expect(cellText(data, 'recovery', 'at-home')).to.match(lang === 'en' ? /sober adult/i : /adulto sobrio/i);
      expect(cellText(data, 'recovery', 'at-home')).to.match(/\b911\b/);
    });

    it('never shows the 2020 (suicidal thoughts) approval without its limitation of use', () => {
      for (const point of points(data)) {
        if (!(lang === 'en' ? /suicidal thoughts/i : /pensamientos suicidas/i).test(point.text) || !point.sources.includes('spravato-label')) continue;
        if (!(lang === 'en' ? /approved/i : /aprobada/i).test(point.text)) continue;
        expect(point.text).to.match(lang === 'en' ? /not been shown to prevent suicide/ : /No se ha demostrado que prevenga el suicidio/);
      }
    });

    if (rules.englishInCitations) {
      it('leaves no English in the sources list (journal and proper names aside)', () => {
        for (const source of data.sources) expect(source.citation.match(rules.englishInCitations!)?.[0], source.id).to.equal(undefined);
      });
    }
  });
}

describe('bundled datasets, across languages', () => {
  for (const lang of Object.keys(datasets).filter((l) => l !== 'en')) {
    it(`${lang} has the structure of en: ids, flags, sources per point, links, review dates and UI keys`, () => {
      expect(structure(datasets[lang])).to.deep.equal(structure(datasets.en));
    });

    it(`${lang} is really translated: no text is the same as in English`, () => {
      const english = new Set(allText(datasets.en));
      const same = allText(datasets[lang]).filter((text) => english.has(text) && !/^[\d\s\p{P}]*$/u.test(text) && !/^(KAP|Spravato|blog)$/.test(text));
      expect(same).to.deep.equal([]);
    });
  }

  it(`English reads at a US grade ${GRADE.median} median and ${GRADE.p90} at the 90th percentile (Flesch-Kincaid, per point)`, () => {
    const grades = points(datasets.en).map((p) => fleschKincaid(p.text).grade);
    const figures = { points: grades.length, median: median(grades), p90: percentile(grades, 90), max: Math.max(...grades) };
    console.log(`[readability] en.json, Flesch-Kincaid grade per point: ${JSON.stringify(figures)}`);
    expect(figures.median, 'median grade').to.be.at.most(GRADE.median);
    expect(figures.p90, '90th percentile grade').to.be.at.most(GRADE.p90);
  });
});

/**
 * A short answer first in every cell (issue 23): what a visitor reads before any tap, so every bundled cell has one,
 * short enough for a phone, in plain words, with the same sources in every language.
 */
const ANSWER = { maxLength: 160, medianGrade: 6 };
const answers = (data: Dataset) =>
  data.rows.flatMap((row) => data.approaches.map((a) => ({ key: `${row.id}/${a.id}`, answer: answerOf(data.cells[row.id][a.id]) })));

describe('bundled datasets: a short answer first in every cell', () => {
  for (const [lang, data] of Object.entries(datasets)) {
    it(`${lang}.json: every cell has a short answer of at most ${ANSWER.maxLength} characters, citing sources`, () => {
      const list = answers(data);
      expect(list.length).to.equal(12 * 5);
      expect(list.filter((a) => !a.answer).map((a) => a.key), 'cells without a short answer').to.deep.equal([]);
      expect(list.filter((a) => a.answer && a.answer.text.length > ANSWER.maxLength).map((a) => a.key), 'answers too long').to.deep.equal([]);
      expect(list.filter((a) => a.answer && a.answer.sources.length === 0).map((a) => a.key), 'answers without sources').to.deep.equal([]);
    });
  }

  for (const lang of Object.keys(datasets).filter((l) => l !== 'en')) {
    it(`${lang}.json: each short answer cites the same sources, in the same order, as in en.json`, () => {
      const english = new Map(answers(datasets.en).map((a) => [a.key, a.answer?.sources]));
      const differing = answers(datasets[lang]).filter((a) => JSON.stringify(a.answer?.sources) !== JSON.stringify(english.get(a.key))).map((a) => a.key);
      expect(differing).to.deep.equal([]);
    });
  }

  it(`en.json: the short answers read at a US grade ${ANSWER.medianGrade} median (Flesch-Kincaid)`, () => {
    const grades = answers(datasets.en).flatMap((a) => (a.answer ? [fleschKincaid(a.answer.text).grade] : []));
    console.log(`[readability] en.json short answers: ${JSON.stringify({ answers: grades.length, median: median(grades), max: Math.max(...grades) })}`);
    expect(grades).to.have.length(12 * 5);
    expect(median(grades)).to.be.at.most(ANSWER.medianGrade);
  });
});
