/**
 * Property-based: thousands of random and mutated datasets. Whatever comes in, nothing throws, and the visitor
 * gets either the table or a visible error (with the bundled table).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { Validator } from '@cfworker/json-schema';
import fc from 'fast-check';
import en from '../src/data/en.json' with { type: 'json' };
import schema from '../src/data/schema.json' with { type: 'json' };
import type { Dataset } from '../src/data/types.js';
import { crossCheck } from '../src/custom/cross-check.js';
import { pathOf } from '../src/custom/problems.js';
import { validate } from '../src/custom/validate.js';
import { $, captureConsole } from './helpers.js';

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
  it('finds the same problems, in the same order, for random and mutated datasets', () => {
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
