/**
 * Property-based: thousands of random and mutated datasets. Whatever comes in, nothing throws, and the visitor
 * gets either the table or a visible error (with the bundled table).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import en from '../src/data/en.json' with { type: 'json' };
import { validate } from '../src/custom/validate.js';
import { $, captureConsole } from './helpers.js';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A valid dataset with one change somewhere deep inside: the kind of mistake an owner makes by hand. */
const mutated = fc
  .record({
    path: fc.array(fc.nat(), { minLength: 1, maxLength: 6 }),
    action: fc.constantFrom('replace', 'delete', 'add', 'duplicate'),
    value: fc.jsonValue({ maxDepth: 2 }),
    key: fc.oneof(fc.string(), fc.constantFrom('constructor', '__proto__', 'toString', 'kap', 'route', '<img src=x onerror=alert(1)>')),
  })
  .map(({ path, action, value, key }) => {
    const data = JSON.parse(JSON.stringify(en)) as Json;
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
