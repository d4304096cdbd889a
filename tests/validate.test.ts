import { expect } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import { escapeHtml } from '../src/configurator/html.js';
import { readCustomDataset } from '../src/custom/custom.js';
import { checkDataset, jsonPath, validate } from '../src/custom/validate.js';
import type { Cell } from '../src/data/types.js';
import { pointsOf } from '../src/element/model.js';

describe('validate: jsonPath', () => {
  const cases: Array<[string, string]> = [
    ['', '$'],
    ['#', '$'],
    ['#/rows/2/id', '$.rows[2].id'],
    ['#/cells/can-talk/kap/0', '$.cells.can-talk.kap[0]'],
    ['#/cells/a b/x', '$.cells["a b"].x'],
    ['#/a~1b/c~0d', '$["a/b"]["c~d"]'],
  ];
  for (const [pointer, path] of cases) it(`${JSON.stringify(pointer)} is ${path}`, () => expect(jsonPath(pointer)).to.equal(path));
});

const cell = (d: Record<string, unknown>) => (d.cells as Record<string, Record<string, unknown>>)['can-talk'];

describe('validate: problems in plain words', () => {
  const change = (edit: (data: Record<string, unknown>) => void) => {
    const data = JSON.parse(JSON.stringify(en));
    edit(data);
    return validate(data);
  };
  const cases: Array<[string, (data: Record<string, unknown>) => void, { path: string; message: string }]> = [
    ['a missing field', (d) => delete d.crisis, { path: '$.crisis', message: 'missing (required)' }],
    ['an unknown field', (d) => (d.extra = 1), { path: '$.extra', message: 'not allowed: unknown field' }],
    ['a wrong type', (d) => (d.reviewed = 1), { path: '$.reviewed', message: 'type "number" is invalid. Expected "string"' }],
    ['an empty cell', (d) => ((d.cells as Record<string, Record<string, unknown>>)['can-talk'].kap = []), { path: '$.cells.can-talk.kap', message: 'Array has too few items (0 < 1)' }],
    ['a cell that is neither points nor an answer', (d) => (cell(d).kap = 'Yes.'), { path: '$.cells.can-talk.kap', message: 'type "string" is invalid. Expected "object", "array"' }],
    ['a cell with points but no answer', (d) => (cell(d).kap = { points: pointsOf(cell(d).kap as Cell) }), { path: '$.cells.can-talk.kap.answer', message: 'missing (required)' }],
    ['a short answer that is too long', (d) => (cell(d).kap = { answer: { text: 'x'.repeat(161), sources: ['post-integration'] } }), { path: '$.cells.can-talk.kap.answer.text', message: 'String is too long (161 > 160)' }],
    ['a date that is not a date', (d) => (cell(d).kap = [{ text: 'Yes.', sources: ['post-integration'], until: 'next year' }]), { path: '$.cells.can-talk.kap[0].until', message: 'String does not match pattern' }],
  ];
  for (const [name, edit, problem] of cases) it(name, () => expect(change(edit)).to.deep.equal([problem]));

  it('takes a cell as a short answer with its points, as a short answer alone, or as points alone', () => {
    const point = { text: 'Yes.', sources: ['post-integration'], until: '2026-12-31' };
    for (const shape of [{ answer: point, points: [point] }, { answer: point }, [point]]) expect(change((d) => (cell(d).kap = shape))).to.deep.equal([]);
  });
});

describe('validate: a dataset broken in every place', () => {
  /** The bundled dataset as JSON text, changed by `edit`: what an owner's page gives the checker. */
  const changed = (edit: (data: Record<string, any>) => void) => {
    const data = JSON.parse(JSON.stringify(en));
    edit(data);
    return JSON.stringify(data);
  };
  const badIds = (count: number) =>
    changed((d) => (d.sources = Array.from({ length: count }, (_, i) => ({ id: `Source ${i}`, citation: 'A citation.' }))));

  it('describes the first 100 problems and counts the rest', () => {
    const { list, total } = checkDataset(JSON.parse(badIds(5000)));
    expect(list).to.have.length(100);
    expect(total).to.equal(5000);
    expect(list[0]).to.deep.equal({ path: '$.sources[0].id', message: 'String does not match pattern' });
    expect(list[99].path).to.equal('$.sources[99].id');
  });

  it('says how many more there are, and that the console lists the first 100', async () => {
    const { error } = await readCustomDataset(undefined, badIds(5000));
    expect(error!.message).to.equal(
      'Custom dataset (inline JSON) does not match the schema: $.sources[0].id: String does not match pattern (and 4999 more; the first 100 are listed in the console). The bundled comparison is shown instead.',
    );
    expect(error!.problems).to.have.length(100);
  });

  it('still answers for a hundred thousand problems (a wrong type at every citation)', async () => {
    // The validator used before copied every error into each failing parent with push(...errors): past about
    // a hundred thousand, that overflowed the stack and the checker threw (211 KB of JSON).
    const text = changed((d) => (d.cells.route.kap.points[0].sources = Array.from({ length: 100_000 }, () => 1)));
    const { error } = await readCustomDataset(undefined, text);
    expect(error!.message).to.contain('$.cells.route.kap.points[0].sources[0]: type "number" is invalid. Expected "string" (and 99999 more;');
  });

  it('counts problems from cross references too, past the limit', () => {
    const { list, total } = checkDataset(JSON.parse(changed((d) => (d.cells.route.kap.points[0].sources = Array.from({ length: 3000 }, (_, i) => `missing-${i}`)))));
    expect(total).to.equal(3000);
    expect(list).to.have.length(100);
    expect(list[0]).to.deep.equal({ path: '$.cells.route.kap.points[0].sources[0]', message: 'unknown source "missing-0"' });
  });

  it('gives the same first problems, whatever the limit', () => {
    const value = JSON.parse(changed((d) => {
      d.extra = 1;
      delete d.crisis;
      d.rows[0].id = 'Row 0';
      d.disclaimers = [[{ text: 'x' }], 7];
    }));
    const all = validate(value, Infinity);
    expect(all.length).to.be.greaterThan(3);
    for (const limit of [1, 2, 3]) {
      expect(validate(value, limit)).to.deep.equal(all.slice(0, limit));
      expect(checkDataset(value, limit).total).to.equal(all.length);
    }
  });
});

describe('validate: names in paths', () => {
  const cellKey = (key: string) => {
    const data = JSON.parse(JSON.stringify(en));
    data.cells[key] = data.cells.route;
    return validate(JSON.parse(JSON.stringify(data)));
  };

  it('are written as they are in the file, not percent-encoded', () => {
    // The validator used before gave JSON Pointers passed through encodeURI: "$.cells["Bad%20key%20%C3%A9"]".
    expect(cellKey('Bad key é')).to.deep.equal([{ path: '$.cells["Bad key é"]', message: 'String does not match pattern' }]);
  });

  it('may hold half of a surrogate pair, which is reported rather than thrown', () => {
    // encodeURI throws on a lone surrogate: the validator used before threw a URIError for such a key.
    expect(cellKey('\ud800')).to.deep.equal([{ path: '$.cells["\\ud800"]', message: 'String does not match pattern' }]);
  });

  it('show what is invisible, or would turn the text around, as escapes', () => {
    // U+202E (right-to-left override) would print the rest of the message backwards; U+200B is invisible.
    expect(cellKey('a\u202eb\u200b')).to.deep.equal([{ path: '$.cells["a\\u202eb\\u200b"]', message: 'String does not match pattern' }]);
  });

  it('are cut short past 60 characters', () => {
    const [problem] = cellKey('k'.repeat(100_000));
    expect(problem.path.length, 'path length').to.be.below(80); // first, so that a failure does not print the key
    expect(problem.path).to.equal(`$.cells["${'k'.repeat(60)}…"]`);
    expect(problem.message).to.equal('String is too long (100000 > 40)');
  });
});

describe('validate: the page around it', () => {
  it('ignores what a page adds to Object.prototype', () => {
    // Old scripts (and hostile ones) add enumerable properties to every object; a for...in loop sees them as
    // fields of the dataset. The validator used before did, and refused a valid dataset.
    const proto = Object.prototype as Record<string, unknown>;
    proto.polluted = 1;
    try {
      expect(validate(JSON.parse(JSON.stringify(en)))).to.deep.equal([]);
    } finally {
      delete proto.polluted;
    }
  });
});

describe('html: escapeHtml', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'plain'],
    ['<img src=x onerror="a">', '&#60;img src=x onerror=&#34;a&#34;&#62;'],
    ["Tom & Jerry's", 'Tom &#38; Jerry&#39;s'],
  ];
  for (const [text, escaped] of cases) it(`${JSON.stringify(text)}`, () => expect(escapeHtml(text)).to.equal(escaped));
});
