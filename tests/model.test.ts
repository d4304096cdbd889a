import { expect } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import type { Cell, Dataset, Point } from '../src/data/types.js';
import schema from '../src/data/schema.json' with { type: 'json' };
import { crossCheck } from '../src/custom/cross-check.js';
import { MOST_APPROACHES } from '../src/element/styles.js';
import { answerKey, answerOf, blogNumbers, byIds, citation, formatDate, isPast, pointsOf, contrast, direction, format, layoutWidths, readableTextOn, resolveLanguage, rowOrder, runs, safeHref, selectIds, sourceNumbers, switched } from '../src/element/model.js';

const known = ['kap', 'iv-infusion', 'iv-integration', 'esketamine', 'at-home'];
const fallback = ['kap', 'iv-infusion', 'iv-integration'];

describe('model: selectIds', () => {
  const cases: Array<[string | null, string[], string[]]> = [
    [null, fallback, []],
    ['', fallback, []],
    ['esketamine kap', ['esketamine', 'kap'], []],
    ['  AT-HOME\tkap\n', ['at-home', 'kap'], []],
    ['kap kap iv-infusion', ['kap', 'iv-infusion'], []],
    ['kap nonsense', ['kap'], ['nonsense']],
    ['nonsense other', fallback, ['nonsense', 'other']],
    ['<img src=x onerror=alert(1)>', fallback, ['<img', 'src=x', 'onerror=alert(1)>']],
  ];
  for (const [value, ids, unknown] of cases) {
    it(`${JSON.stringify(value)} gives ${ids.join(' ')}`, () => {
      expect(selectIds(value, known, fallback)).to.deep.equal({ ids, unknown });
    });
  }
});

describe('model: switched', () => {
  const cases: Array<[string[], string, string[], boolean]> = [
    [['a', 'b'], 'c', ['a', 'b', 'c'], true],
    [['a', 'b'], 'a', ['b'], false],
    [['a'], 'a', [], false],
    [[], 'a', ['a'], true],
  ];
  for (const [set, id, next, on] of cases) {
    it(`${id} in {${set.join(', ')}} -> {${next.join(', ')}}, ${on ? 'on' : 'off'}`, () => {
      const before = new Set(set);
      const [after, isOn] = switched(before, id);
      expect([...after]).to.deep.equal(next);
      expect(isOn).to.equal(on);
      expect([...before], 'the set given is left as it was').to.deep.equal(set);
    });
  }
});

describe('model: rowOrder', () => {
  it('lists the rows asked for first, in that order, then the rest in dataset order', () => {
    expect(rowOrder(['c', 'a'], ['a', 'b', 'c', 'd'])).to.deep.equal(['c', 'a', 'b', 'd']);
    expect(rowOrder([], ['a', 'b'])).to.deep.equal(['a', 'b']);
  });
});

describe('model: resolveLanguage', () => {
  const languages = ['en', 'es'];
  const cases: Array<[string | null | undefined, string | undefined]> = [
    ['es', 'es'],
    ['ES-mx', 'es'],
    ['es_US', 'es'],
    ['en-GB', 'en'],
    ['fr', undefined],
    ['', undefined],
    [null, undefined],
    [undefined, undefined],
  ];
  for (const [lang, expected] of cases) it(`${JSON.stringify(lang)} is ${expected ?? 'not a language we have'}`, () => expect(resolveLanguage(lang, languages)).to.equal(expected));
});

describe('model: safeHref', () => {
  const cases: Array<[unknown, string | undefined]> = [
    ['https://988lifeline.org/', 'https://988lifeline.org/'],
    ['http://example.com', 'http://example.com'],
    ['mailto:hello@example.com', 'mailto:hello@example.com'],
    ['tel:988', 'tel:988'],
    ['/contact', '/contact'],
    ['javascript:alert(1)', undefined],
    [' JaVaScRiPt:alert(1)', undefined],
    ['java\nscript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox', undefined],
    ['sms:988', undefined],
    [42, undefined],
    [null, undefined],
  ];
  for (const [href, expected] of cases) it(`${JSON.stringify(href)} is ${expected ?? 'not a link'}`, () => expect(safeHref(href)).to.equal(expected));
});

describe('model: sourceNumbers', () => {
  it('numbers sources from 1 in list order', () => {
    expect([...sourceNumbers({ sources: [{ id: 'a', citation: 'A' }, { id: 'b', citation: 'B' }] })]).to.deep.equal([['a', 1], ['b', 2]]);
  });
});

describe('model: answerOf and pointsOf (a cell with a short answer, or a list of points as older datasets have it)', () => {
  const a = { text: 'A.', sources: ['s'] };
  const b = { text: 'B.', sources: ['s'] };
  const cases: Array<[string, Cell, Point | undefined, Point[]]> = [
    ['a list of points', [a, b], undefined, [a, b]],
    ['an answer and points', { answer: a, points: [b] }, a, [b]],
    ['an answer alone', { answer: a }, a, []],
  ];
  for (const [name, cell, answer, points] of cases) {
    it(name, () => {
      expect(answerOf(cell)).to.equal(answer);
      expect(pointsOf(cell)).to.deep.equal(points);
    });
  }
});

describe('model: crossCheck', () => {
  const copy = () => JSON.parse(JSON.stringify(en)) as Dataset;
  it('finds nothing wrong in the bundled English dataset', () => expect(crossCheck(copy())).to.deep.equal([]));
  it('reports a missing cell', () => {
    const data = copy();
    delete data.cells.route.kap;
    expect(crossCheck(data)).to.deep.include({ path: '$.cells', message: 'no cell for row "route" and approach "kap"' });
  });
  it('reports an unknown source with its JSON path', () => {
    const data = copy();
    pointsOf(data.cells.route.kap)[0].sources.push('nope');
    const problems = crossCheck(data);
    expect(problems).to.have.length(1);
    expect(problems[0].path).to.match(/^\$\.cells\.route\.kap\.points\[0\]\.sources\[\d+\]$/);
  });
  it('reports crisis lines that leave out 988', () => {
    const data = copy();
    data.crisis = [['Call your doctor.']];
    expect(crossCheck(data)).to.deep.equal([{ path: '$.crisis', message: 'no crisis line gives the 988 Suicide & Crisis Lifeline (call or text 988)' }]);
  });
  it('reports duplicate ids and cells for unknown rows', () => {
    const data = copy();
    data.approaches.push({ ...data.approaches[0] });
    data.cells.ghost = {};
    const messages = crossCheck(data).map((p) => p.message);
    expect(messages).to.include('duplicate id "kap"');
    expect(messages).to.include('cells for unknown row "ghost"');
  });
});

describe('model: layoutWidths (where the layout changes, by the room each column gets, in em)', () => {
  const cases: Array<[number, number, number]> = [
    [1, 19, Infinity], // one approach: a table, or stacked; never bands
    [2, 28.5, 16], // two approaches side by side on a 360px phone at an 18px blog font (17.3em)
    [3, 38, 24],
    [5, 57, 40],
    [12, 123.5, 96], // the most approaches the schema allows
  ];
  for (const [columns, table, bands] of cases) it(`${columns} column(s): a table from ${table}em, bands from ${bands}em`, () => expect(layoutWidths(columns)).to.deep.equal({ table, bands }));
});

describe('styles: MOST_APPROACHES', () => {
  it('is the schema\'s limit, so every table a dataset can have has its layouts', () => expect(MOST_APPROACHES).to.equal(schema.properties.approaches.maxItems));
});

describe('model: direction', () => {
  for (const [lang, dir] of [['en', 'ltr'], ['es-MX', 'ltr'], ['ar', 'rtl'], ['he-IL', 'rtl'], ['fa', 'rtl'], ['ur', 'rtl'], ['fr', 'ltr'], ['arn', 'ltr']] as const) it(`${lang} is ${dir}`, () => expect(direction(lang)).to.equal(dir));
});

describe('model: format', () => {
  it('replaces named placeholders and leaves unknown ones', () => {
    expect(format('Questions: {shown} of {total} shown', { shown: 6, total: 12 })).to.equal('Questions: 6 of 12 shown');
    expect(format('Reviewed {date}; {other}', { date: '2026-11-23' })).to.equal('Reviewed 2026-11-23; {other}');
  });
});

describe('model: contrast and readableTextOn', () => {
  const cases: Array<[number[], string]> = [
    [[15, 118, 110], '#fff'], // the default accent
    [[94, 234, 212], '#000'], // the dark theme's accent
    [[255, 212, 0], '#000'], // yellow: white would be 1.6:1
    [[102, 51, 153], '#fff'], // purple
    [[128, 128, 128], '#000'],
  ];
  for (const [rgb, text] of cases) {
    it(`rgb(${rgb}) takes ${text}, at 4.5:1 or more`, () => {
      expect(readableTextOn(rgb)).to.equal(text);
      expect(contrast(rgb, text === '#fff' ? [255, 255, 255] : [0, 0, 0])).to.be.at.least(4.5);
    });
  }
  it('matches the WCAG figures', () => {
    expect(contrast([255, 255, 255], [0, 0, 0])).to.equal(21);
    expect(contrast([119, 119, 119], [255, 255, 255])).to.be.closeTo(4.48, 0.01);
  });
});

describe('model: byIds and citation', () => {
  const list = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
  it('byIds keeps the order of the ids', () => expect(byIds(list, ['c', 'a'])).to.deep.equal([{ id: 'c' }, { id: 'a' }]));
  const numbers = new Map([['label', 2], ['trial', 13], ['blog', 7]]);
  const cases: Array<[string[], string]> = [
    [['trial', 'label'], '[2, 13]'],
    [['blog'], '[7]'],
    [['13', '2'], '[2, 13]'], // the bundled datasets' ids are their numbers, before the list of sources is in
  ];
  for (const [ids, shown] of cases) it(`${ids.join(' ')} is ${shown}`, () => expect(citation(ids, numbers)).to.equal(shown));
  // A practice's blog is marked in the citation, so it does not read as a label or a study.
  const blogs = new Set([7, 30]);
  const marked: Array<[string[], string, string]> = [
    [['trial', 'label'], 'blog', '[2, 13]'],
    [['blog', 'label'], 'blog', '[2, 7 blog]'],
    [['30', '2'], 'blog', '[2, 30 blog]'],
    [['30', 'blog'], 'bitácora', '[7 bitácora, 30 bitácora]'],
  ];
  for (const [ids, word, shown] of marked) it(`with blogs 7 and 30, ${ids.join(' ')} is ${shown}`, () => expect(citation(ids, numbers, blogs, word)).to.equal(shown));
  it('blogNumbers: the numbers of the sources marked blog', () =>
    expect([...blogNumbers({ sources: [{ id: 'a', citation: '' }, { id: 'b', citation: '', blog: true }, { id: 'c', citation: '', blog: false }, { id: 'd', citation: '', blog: true }] })]).to.deep.equal([2, 4]));
});

describe('model: isPast (a date against the visitor\'s day in UTC)', () => {
  const cases: Array<[string | undefined, string, boolean]> = [
    [undefined, '2099-01-01T12:00:00Z', false],
    ['2026-12-31', '2026-12-30T12:00:00Z', false],
    ['2026-12-31', '2026-12-31T00:00:00Z', false],
    ['2026-12-31', '2026-12-31T23:59:59Z', false],
    ['2026-12-31', '2027-01-01T00:00:00Z', true],
    ['2026-12-31', '2030-06-15T12:00:00Z', true],
    ['2027-02-28', '2027-03-01T08:00:00Z', true],
  ];
  for (const [date, today, past] of cases) it(`${date}, today ${today}: ${past ? 'past' : 'not past'}`, () => expect(isPast(date, new Date(today))).to.equal(past));
});

describe('model: formatDate (US readers, in UTC)', () => {
  const cases: Array<[string, string, string]> = [
    ['2026-12-31', 'en', 'December 31, 2026'],
    ['2026-01-01', 'en', 'January 1, 2026'],
    ['2026-12-31', 'es', '31 de diciembre de 2026'],
    ['2026-12-31', 'en-GB', '31 December 2026'],
  ];
  for (const [date, lang, shown] of cases) it(`${date} in ${lang} is ${shown}`, () => expect(formatDate(date, lang)).to.equal(shown));
});

describe('model: answerKey (identical short answers share a key; a cell without one has none)', () => {
  const a = { text: 'A.', sources: ['s'] };
  const cases: Array<[string, Cell | undefined, Cell | undefined, boolean]> = [
    ['the same answer, other points', { answer: a, points: [a] }, { answer: { ...a } }, true],
    ['other text', { answer: a }, { answer: { ...a, text: 'B.' } }, false],
    ['other sources', { answer: a }, { answer: { ...a, sources: ['t'] } }, false],
    ['an until on one only', { answer: a }, { answer: { ...a, until: '2026-12-31' } }, false],
    ['two lists of points (no short answer)', [a], [a], false],
    ['two missing cells', undefined, undefined, false],
  ];
  for (const [name, x, y, same] of cases)
    it(name, () => {
      const key = answerKey(x);
      expect(!!key && key === answerKey(y)).to.equal(same);
      if (!answerOf(x)) expect(key).to.equal(undefined);
    });
});

describe('model: runs', () => {
  const cases: Array<[Array<string | undefined>, number[]]> = [
    [[], []],
    [['a'], [1]],
    [['a', 'a', 'a', 'b'], [3, 1]],
    [['a', 'b', 'a'], [1, 1, 1]],
    [['b', 'a', 'a'], [1, 2]],
    [[undefined, undefined, 'a'], [1, 1, 1]],
  ];
  for (const [keys, lengths] of cases)
    it(`${JSON.stringify(keys)} -> ${JSON.stringify(lengths)}`, () => {
      const found = runs(keys.map((key, i) => ({ key, i })), (item) => item.key);
      expect(found.map((run) => run.length)).to.deep.equal(lengths);
      expect(found.flat().map((item) => item.i)).to.deep.equal(keys.map((_, i) => i));
    });
});
