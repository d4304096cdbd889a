/**
 * Property-based: thousands of random and mutated datasets. Whatever comes in, nothing throws, and the visitor
 * gets either the table or a visible error (with the bundled table).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import en from '../src/data/en.json' with { type: 'json' };
import schema from '../src/data/schema.json' with { type: 'json' };
import type { Cell, Dataset } from '../src/data/types.js';
import { answerOf, pointsOf } from '../src/element/model.js';
import { readCustomDataset } from '../src/custom/custom.js';
import { crossCheck } from '../src/custom/cross-check.js';
import { pathOf } from '../src/custom/problems.js';
import { checkDataset, validate } from '../src/custom/validate.js';
import { $, captureConsole, text } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** One change somewhere deep inside a dataset: the kind of mistake an owner makes by hand. */
const change = fc.record({
  path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
  action: fc.constantFrom('replace', 'delete', 'add', 'duplicate'),
  value: fc.jsonValue({ maxDepth: 2 }),
  key: fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__', 'toString', 'kap', 'route', '<img src=x onerror=alert(1)>')),
});

function apply(data: Json, { path, action, value, key }: typeof change extends fc.Arbitrary<infer T> ? T : never) {
  let parent: Json = data;
  for (const step of path.slice(0, -1)) {
    if (parent === null || typeof parent !== 'object') break;
    const keys = Object.keys(parent);
    if (!keys.length) break;
    const next: Json = (parent as Record<string, Json>)[keys[step % keys.length]];
    if (next === null || typeof next !== 'object') break;
    parent = next;
  }
  if (parent !== null && typeof parent === 'object') {
    const record = parent as Record<string, Json>;
    const keys = Object.keys(record);
    const target = keys.length ? keys[path[path.length - 1] % keys.length] : key;
    if (action === 'replace') record[target] = value as Json;
    if (action === 'delete') Array.isArray(parent) ? parent.splice(Number(target), 1) : delete record[target];
    if (action === 'add') Array.isArray(parent) ? parent.push(value as Json) : Object.defineProperty(record, key, { value, enumerable: true, configurable: true, writable: true });
    if (action === 'duplicate' && Array.isArray(parent) && parent.length) parent.push(JSON.parse(JSON.stringify(parent[0])));
  }
}

/** A valid dataset with one to four such changes. */
const mutated = fc.array(change, { minLength: 1, maxLength: 4 }).map((changes) => {
  const data = JSON.parse(JSON.stringify(en)) as Json;
  for (const one of changes) apply(data, one);
  return data;
});

const anyInput = fc.oneof(fc.jsonValue(), mutated, mutated);

describe('property: the validator', () => {
  it('never throws and always answers with a list of problems that each have a JSON path', () => {
    fc.assert(
      fc.property(anyInput, (value) => {
        const problems = validate(value);
        expect(problems).to.be.an('array');
        for (const problem of problems) expect(problem.path).to.match(/^\$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('accepts the bundled dataset and rejects what is not an object', () => {
    expect(validate(JSON.parse(JSON.stringify(en)))).to.deep.equal([]);
    fc.assert(fc.property(fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.jsonValue())), (value) => validate(value).length > 0));
  });
});

/**
 * What the checker said when it ran @cfworker/json-schema (a general JSON Schema 2020-12 validator): the errors
 * with no other error below them in the schema, then the cross references. Paths are written from the
 * validator's JSON Pointers, undoing its percent-encoding (see validate.test.ts), with each step an index only
 * where the value there is an array. Throws where that validator throws.
 */
const reference = new Validator(schema as object, '2020-12', false);
function referenceProblems(value: unknown) {
  const { valid, errors } = reference.validate(value);
  if (valid) return crossCheck(value as Dataset);
  const below = new Set<string>();
  for (const { keywordLocation: at } of errors) for (let i = at.indexOf('/'); i !== -1; i = at.indexOf('/', i + 1)) below.add(at.slice(0, i));
  const path = (pointer: string, last?: string) => {
    const tokens: Array<string | number> = [];
    let here = value;
    for (const step of pointer.split('/').slice(1)) {
      const name = decodeURIComponent(step).replace(/~1/g, '/').replace(/~0/g, '~');
      tokens.push(Array.isArray(here) ? Number(name) : name);
      here = (here as Record<string, unknown>)?.[name];
    }
    return pathOf(tokens, last);
  };
  const seen = new Set<string>();
  return errors
    .filter((e) => e.keyword !== 'additionalProperties' && !below.has(e.keywordLocation))
    .map((e) => {
      if (e.keyword === 'required') return { path: path(e.instanceLocation, /"(.*)"/.exec(e.error)![1]), message: 'missing (required)' };
      if (e.keyword === 'false') return { path: path(e.instanceLocation), message: 'not allowed: unknown field' };
      return { path: path(e.instanceLocation), message: e.error.replace(/^Instance /, '').replace(/\.$/, '') };
    })
    .filter(({ path, message }) => !seen.has(path + message) && seen.add(path + message));
}

describe('property: the checker agrees with a general JSON Schema validator', () => {
  it('finds the same problems, in the same order, for random and mutated datasets', function () {
    this.timeout(60_000); // thousands of datasets through two validators: CPU-bound, slower on a busy machine
    fc.assert(
      fc.property(anyInput, (value) => {
        // That validator reports an unknown top-level field named "properties" or "$defs" only when nothing
        // else is wrong (its pointer to the field is a prefix of its pointers into the schema), and throws on
        // a name that is not well-formed Unicode. Where it throws, the checker must still answer.
        fc.pre(!(value !== null && typeof value === 'object' && ('properties' in value || '$defs' in value)));
        let expected;
        try {
          expected = referenceProblems(value);
        } catch {
          expect(validate(value)).to.be.an('array');
          return;
        }
        expect(validate(value, Infinity)).to.deep.equal(expected);
      }),
      { numRuns: 3000 },
    );
  });
});

type Loose = Record<string, any>;
/** A fresh copy of the bundled dataset, to change. */
const copy = () => JSON.parse(JSON.stringify(en)) as Loose;

/**
 * Places where a dataset can be as wide as its owner likes, each filled with n bad entries, and how many
 * problems those make. (A checker that compared every problem with every other, or copied them into each
 * parent with push(...problems), took seconds or overflowed the stack here.)
 */
const WIDE: Record<string, { fill: (data: Loose, n: number) => void; problems: (n: number) => number }> = {
  'unknown top-level fields': { fill: (d, n) => Array.from({ length: n }, (_, i) => (d[`x${i}`] = 0)), problems: (n) => n },
  'sources that are numbers': { fill: (d, n) => (d.sources = d.sources.concat(Array(n).fill(1))), problems: (n) => n },
  'citations that are numbers': { fill: (d, n) => (d.cells.route.kap.points[0].sources = Array(n).fill(1)), problems: (n) => n },
  'cells under names that are not ids': { fill: (d, n) => Array.from({ length: n }, (_, i) => (d.cells[`Row ${i}`] = {})), problems: (n) => n },
  // Neither text (an object is not a string) nor a link (n fields too many): n + 1.
  'unknown fields in a link': {
    fill: (d, n) => d.disclaimers.push([Object.fromEntries([['text', 'x'], ['href', 'https://example.org/'], ...Array.from({ length: n }, (_, i) => [`x${i}`, 0])])]),
    problems: (n) => n + 1,
  },
  'citations of sources that do not exist': { fill: (d, n) => (d.cells.route.kap.points[0].sources = Array.from({ length: n }, (_, i) => `missing-${i}`)), problems: (n) => n },
  'the same source again and again': { fill: (d, n) => (d.sources = d.sources.concat(Array.from({ length: n }, () => ({ id: d.sources[0].id, citation: 'x' })))), problems: (n) => n },
};

describe('property: datasets broken at scale', () => {
  it('are refused with every problem counted and at most `limit` described, however wide', function () {
    this.timeout(60_000);
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(WIDE)), fc.integer({ min: 1, max: 150_000 }), fc.constantFrom(1, 100, 1000), (place, n, limit) => {
        const data = copy();
        WIDE[place].fill(data, n);
        const { list, total } = checkDataset(JSON.parse(JSON.stringify(data)), limit);
        expect(total, place).to.equal(WIDE[place].problems(n));
        expect(list, place).to.have.length(Math.min(limit, total));
      }),
      { numRuns: 40 },
    );
  });

  it('describe the same first problems whatever the limit, and count the same total', () => {
    fc.assert(
      fc.property(fc.constantFrom(...Object.keys(WIDE)), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 400 }), (place, n, limit) => {
        const data = copy();
        WIDE[place].fill(data, n);
        const all = checkDataset(data, Infinity);
        const some = checkDataset(data, limit);
        expect(some.list).to.deep.equal(all.list.slice(0, limit));
        expect(some.total).to.equal(all.total);
      }),
    );
  });

  it('are refused when nested thousands deep, in the place of any value', async function () {
    this.timeout(60_000);
    const DEEP = '"@@deep@@"';
    // Where the nesting goes, and the problems it makes there (the value is an array where something else is due).
    const places: Record<string, [(d: Loose) => void, string[]]> = {
      'an unknown field': [(d) => (d.notes = '@@deep@@'), ['$.notes: not allowed: unknown field']],
      'the title': [(d) => (d.title = '@@deep@@'), ['$.title: type "array" is invalid. Expected "string"']],
      'a point': [(d) => (d.cells.route.kap.points[0] = '@@deep@@'), ['$.cells.route.kap.points[0]: type "array" is invalid. Expected "object"']],
      'a citation': [(d) => (d.cells.route.kap.points[0].sources[0] = '@@deep@@'), ['$.cells.route.kap.points[0].sources[0]: type "array" is invalid. Expected "string"']],
      'a line of a disclaimer': [
        (d) => (d.disclaimers[0][0] = '@@deep@@'),
        ['$.disclaimers[0][0]: type "array" is invalid. Expected "string"', '$.disclaimers[0][0]: type "array" is invalid. Expected "object"'],
      ],
    };
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...Object.keys(places)), fc.integer({ min: 1, max: 200_000 }), async (place, depth) => {
        const data = copy();
        places[place][0](data);
        const json = JSON.stringify(data).replace(DEEP, `${'['.repeat(depth)}${']'.repeat(depth)}`);
        const { error } = await readCustomDataset(undefined, json);
        expect(error!.problems.map((p) => `${p.path}: ${p.message}`)).to.deep.equal(places[place][1]);
      }),
      { numRuns: 30 },
    );
  });
});

/** Names every object has (and "__proto__", which JSON.parse makes an own property like any other). */
const PROTOTYPE_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', '__defineGetter__', 'isPrototypeOf'];

describe('property: names every object has', () => {
  it('are names like any other, for the checker and for a general validator alike', function () {
    this.timeout(60_000); // a hundred random datasets through two validators: seconds on a busy machine
    // Put one as a field, a cell name or an id anywhere; read the dataset from JSON, as a page does.
    const put = fc.record({ change, key: fc.constantFrom(...PROTOTYPE_KEYS) }).map(({ change, key }) => ({ ...change, key, action: 'add' as const }));
    const renamed = fc.record({ kind: fc.constantFrom('approaches', 'rows', 'sources'), index: fc.nat(), key: fc.constantFrom(...PROTOTYPE_KEYS) });
    fc.assert(
      fc.property(fc.array(put, { maxLength: 3 }), fc.array(renamed, { maxLength: 3 }), (puts, renames) => {
        const data = copy() as Json;
        for (const one of puts) apply(data, one);
        for (const { kind, index, key } of renames) {
          const item = (data as Loose)[kind]?.[index % ((data as Loose)[kind]?.length || 1)];
          if (item !== null && typeof item === 'object') item.id = key;
        }
        const value = JSON.parse(JSON.stringify(data));
        expect(validate(value, Infinity)).to.deep.equal(referenceProblems(value));
      }),
      { numRuns: 1000 },
    );
  });

  it('can be ids of a dataset the element then shows ("constructor", "prototype")', async function () {
    this.timeout(60_000);
    await captureConsole(() =>
      fc.assert(
        fc.asyncProperty(fc.subarray(['approaches', 'rows', 'sources'], { minLength: 1 }), fc.constantFrom('constructor', 'prototype'), async (kinds, id) => {
          const data = copy();
          data.title = 'Our own comparison';
          if (kinds.includes('approaches')) {
            data.approaches[0].id = id;
            for (const row of Object.values(data.cells) as Loose[]) (row[id] = row.kap), delete row.kap;
          }
          if (kinds.includes('rows')) (data.rows[0].id = id), (data.cells[id] = data.cells.route), delete data.cells.route;
          if (kinds.includes('sources')) {
            const old = data.sources[0].id;
            data.sources[0].id = id;
            for (const row of Object.values(data.cells) as Loose[]) for (const cell of Object.values(row) as Cell[]) for (const point of [answerOf(cell), ...pointsOf(cell)]) if (point) point.sources = point.sources.map((s: string) => (s === old ? id : s));
          }
          expect(validate(JSON.parse(JSON.stringify(data)))).to.deep.equal([]);
          const el = await fixture<HTMLElement>(
            html`<ketamine-compare approaches="${data.approaches.map((a: Loose) => a.id).join(' ')}" rows="${data.rows[0].id}"><script type="application/json">${JSON.stringify(data)}</script></ketamine-compare>`,
          );
          await waitUntil(() => text($(el, 'caption')) === 'Our own comparison', 'the dataset was not shown');
          expect($(el, '[part="error"]')).to.be.null;
          expect(el.shadowRoot!.querySelectorAll('thead th[scope="col"]')).to.have.length(data.approaches.length);
          expect(el.shadowRoot!.querySelectorAll('tbody tr:not([hidden]) [part="cell"]')).to.have.length(data.approaches.length);
          el.remove();
        }),
        { numRuns: 14 },
      ),
    );
  });
});

/** Characters that make a name hard to read or to copy: halves of surrogate pairs, controls, bidi, invisibles. */
const oddCharacter = fc.oneof(
  fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code)),
  fc.integer({ min: 0, max: 0x9f }).filter((code) => code < 0x20 || code >= 0x7f).map((code) => String.fromCharCode(code)),
  fc.constantFrom('\u202e', '\u202d', '\u2066', '\u2067', '\u2069', '\u200b', '\u200d', '\u200e', '\u200f', '\ufeff', '\u2028', '\u2029', '\u00ad', '\u061c'),
  fc.constantFrom('é', 'e\u0301', '👩‍⚕️', '🇺🇸', 'ש', 'ك', 'İ', 'ß', 'K', '\ufffd'),
  fc.string({ unit: 'grapheme', maxLength: 2 }),
);
const oddName = fc.array(oddCharacter, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(''));
const longName = fc.integer({ min: 61, max: 200_000 }).chain((length) => fc.constantFrom('k', 'é', '😀', 'a b').map((unit) => unit.repeat(Math.ceil(length / unit.length))));

describe('property: names and texts of any length, in any script', () => {
  // Paths and messages are shown on the page and in the console: readable, short, and never spoofed.
  const readable = (path: string) => !/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}]/u.test(path);

  it('are reported in short paths, with nothing invisible or reversed in them', async () => {
    const odd = fc.record({ change, key: fc.oneof(oddName, longName) }).map(({ change, key }) => ({ ...change, key, action: 'add' as const }));
    await fc.assert(
      fc.asyncProperty(fc.array(odd, { minLength: 1, maxLength: 3 }), async (changes) => {
        const data = copy() as Json;
        for (const one of changes) apply(data, one);
        const { error } = await readCustomDataset(undefined, JSON.stringify(data));
        for (const { path, message } of error?.problems ?? []) {
          expect(path.length, 'path length').to.be.below(600);
          expect(message.length, 'message length').to.be.below(200);
          expect(readable(path), JSON.stringify(path)).to.be.true;
        }
        expect((error?.message ?? '').length, 'visible message length').to.be.below(1000);
      }),
      { numRuns: 500 },
    );
  });

  it('in texts and ids: long ones are refused with their length, not their text', () => {
    const places = ['title', 'approaches.0.name', 'approaches.0.id', 'rows.0.id', 'sources.0.citation', 'ui.cta'];
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.oneof(longName, oddName), (place, value) => {
        const data = copy();
        const steps = place.split('.');
        steps.slice(0, -1).reduce((here, step) => here[step], data)[steps.at(-1)!] = value;
        for (const { path, message } of validate(JSON.parse(JSON.stringify(data)))) {
          expect(path.length).to.be.below(100);
          expect(message.length).to.be.below(100);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('property: the element', () => {
  it('renders the table or a visible error for every dataset, and nothing reaches the page', async function () {
    this.timeout(120_000); // 300 elements, each waiting for its dataset
    const uncaught: unknown[] = [];
    const record = (event: Event) => uncaught.push(event);
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    try {
      await captureConsole(() =>
        fc.assert(
          fc.asyncProperty(anyInput, async (value) => {
            const el = await fixture<HTMLElement>(html`<ketamine-compare><script type="application/json">${JSON.stringify(value)}</script></ketamine-compare>`);
            await waitUntil(() => $(el, 'table') && ($(el, '[part="error"]') || validate(value).length === 0), 'neither a table nor an error');
            // A visible error comes with the bundled table, so the visitor still has the comparison and the crisis line.
            expect($(el, '[part="crisis"]')).to.exist;
            if (validate(value).length) expect($(el, '[part="error"]')!.textContent).to.match(/\$/);
            el.remove();
          }),
          { numRuns: 300 },
        ),
      );
    } finally {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    }
    expect(uncaught).to.deep.equal([]);
  });
});
