/**
 * Checks a custom dataset: first against `data/schema.json`, then the cross references the schema cannot
 * express (see `crossCheck`). Built as its own file and loaded only when a page gives a custom dataset, so
 * visitors of every other page never download it.
 *
 * The schema is applied here by a small reader of the JSON Schema keywords it uses, not by a general validator
 * library. The one used before (@cfworker/json-schema) collects every error with no limit, copies each into the
 * list of every failing parent with push(...errors), which overflows the stack past about 100,000 errors, and
 * leaves the real problems to be picked out from those parents: comparing every error with every other, which
 * took seconds on a dataset broken in every place. This reader walks the dataset once, never deeper than the
 * schema, and past PROBLEM_LIMIT counts problems without describing them: checking is linear in the size of
 * the dataset. Its words and their order are that library's, which the tests hold it to on thousands of
 * random datasets (tests/property.test.ts).
 */
import schema from '../data/schema.json' with { type: 'json' };
import type { Dataset } from '../data/types.js';
import { crossCheck } from './cross-check.js';
import { PROBLEM_LIMIT, Problems, pathOf, step, type DatasetProblem } from './problems.js';

export { PROBLEM_LIMIT, Problems, type DatasetProblem };

/** A schema as this reader uses it: references resolved, patterns compiled, properties in a Map. */
interface Node {
  ref?: Node | boolean;
  type?: string[];
  oneOf?: Array<Node | boolean>;
  required?: string[];
  propertyNames?: Node | boolean;
  properties?: Map<string, Node | boolean>;
  additionalProperties?: Node | boolean;
  items?: Node | boolean;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
}

/** Keywords that say nothing about a value. Any other keyword must be one this reader knows, or it throws. */
const ANNOTATIONS = new Set(['$schema', '$id', '$defs', '$comment', 'title', 'description', 'default', 'examples']);
const KEYWORDS = new Set(['$ref', 'type', 'oneOf', 'required', 'propertyNames', 'properties', 'additionalProperties', 'items', 'minItems', 'maxItems', 'minLength', 'maxLength', 'pattern']);

/**
 * Reads a schema once, when this file loads. A keyword it does not know throws, here and in the tests, rather
 * than being skipped without a word: a new keyword in schema.json needs a line below.
 */
function compile(root: object): Node | boolean {
  const nodes = new Map<object, Node>();
  const resolve = (ref: string) => {
    if (!ref.startsWith('#')) throw new Error(`schema: only references inside the schema are read, not ${ref}`);
    let target: unknown = root;
    for (const token of ref.slice(1).split('/').slice(1)) {
      const name = decodeURIComponent(token).replace(/~1/g, '/').replace(/~0/g, '~');
      target = target !== null && typeof target === 'object' && Object.hasOwn(target, name) ? (target as Record<string, unknown>)[name] : undefined;
    }
    if (target === undefined) throw new Error(`schema: ${ref} leads nowhere`);
    return read(target);
  };
  const read = (value: unknown): Node | boolean => {
    if (typeof value === 'boolean') return value;
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`schema: ${JSON.stringify(value)} is not a schema`);
    const known = nodes.get(value);
    if (known) return known;
    const node: Node = {};
    nodes.set(value, node); // before reading what is inside, so a schema may refer to itself
    const s = value as Record<string, unknown>;
    for (const keyword of Object.keys(s)) if (!KEYWORDS.has(keyword) && !ANNOTATIONS.has(keyword)) throw new Error(`schema: the keyword "${keyword}" is not read here (validate.ts)`);
    if (typeof s.$ref === 'string') node.ref = resolve(s.$ref);
    if (s.type !== undefined) node.type = ([] as string[]).concat(s.type as string);
    if (s.oneOf) node.oneOf = (s.oneOf as unknown[]).map(read);
    if (s.required) node.required = s.required as string[];
    if (s.propertyNames !== undefined) node.propertyNames = read(s.propertyNames);
    if (s.properties) node.properties = new Map(Object.entries(s.properties as object).map(([name, sub]) => [name, read(sub)]));
    if (s.additionalProperties !== undefined) node.additionalProperties = read(s.additionalProperties);
    if (s.items !== undefined) node.items = read(s.items);
    for (const limit of ['minItems', 'maxItems', 'minLength', 'maxLength'] as const) if (typeof s[limit] === 'number') node[limit] = s[limit] as number;
    if (typeof s.pattern === 'string') node.pattern = new RegExp(s.pattern, 'u');
    return node;
  };
  return read(root);
}

const root = compile(schema);

type Token = string | number;

/** What JSON Schema calls the type of a value. */
function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** Characters, as JSON Schema counts them: a character outside the BMP (an emoji, say) is one, not two. */
function length(text: string) {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}

/** Adds a problem at `at` (and `last`, a missing property), writing its path only if the list is not full. */
function report(out: Problems, at: Token[], message: string, last?: string) {
  if (out.full) out.more++;
  else out.add(pathOf(at, last), message);
}

/**
 * Adds the problems of `value` against `node` to `out`, in the order @cfworker/json-schema gives them. `at` is
 * the path to the value, as a stack of names and indexes (pushed and popped as the walk goes).
 */
function check(value: unknown, node: Node | boolean, at: Token[], out: Problems): void {
  if (node === true) return;
  if (node === false) return report(out, at, 'not allowed: unknown field');
  if (node.ref !== undefined) check(value, node.ref, at, out);
  const type = typeOf(value);
  if (node.type && !node.type.some((t) => t === type || (t === 'integer' && type === 'number' && Number.isInteger(value)))) {
    report(out, at, `type "${type}" is invalid. Expected "${node.type.join('", "')}"`);
  }
  if (node.oneOf) {
    // Each alternative is checked on its own list: the value must match exactly one. If it matches none, what
    // each alternative found is the problem; if more than one, that is.
    const tries = node.oneOf.map((alternative) => {
      const found = new Problems(Math.max(0, out.limit - out.list.length));
      check(value, alternative, at, found);
      return found;
    });
    const matches = tries.filter((found) => found.total === 0).length;
    if (matches === 0) for (const found of tries) out.merge(found);
    else if (matches > 1) report(out, at, `does not match exactly one subschema (${matches} matches)`);
  }
  if (type === 'object') {
    const object = value as Record<string, unknown>;
    // Own keys only: "constructor" or "__proto__" in a dataset is a key like any other, and a page that adds
    // to Object.prototype adds nothing to a dataset.
    const keys = Object.keys(object);
    for (const name of node.required ?? []) if (!Object.hasOwn(object, name)) report(out, at, 'missing (required)', name);
    if (node.propertyNames !== undefined) {
      for (const key of keys) {
        at.push(key);
        check(key, node.propertyNames, at, out);
        at.pop();
      }
    }
    if (node.properties) {
      for (const [name, sub] of node.properties) {
        if (!Object.hasOwn(object, name)) continue;
        at.push(name);
        check(object[name], sub, at, out);
        at.pop();
      }
    }
    if (node.additionalProperties !== undefined) {
      for (const key of keys) {
        if (node.properties?.has(key)) continue;
        at.push(key);
        check(object[key], node.additionalProperties, at, out);
        at.pop();
      }
    }
  } else if (type === 'array') {
    const array = value as unknown[];
    if (node.maxItems !== undefined && array.length > node.maxItems) report(out, at, `Array has too many items (${array.length} > ${node.maxItems})`);
    if (node.minItems !== undefined && array.length < node.minItems) report(out, at, `Array has too few items (${array.length} < ${node.minItems})`);
    if (node.items !== undefined) {
      for (let i = 0; i < array.length; i++) {
        at.push(i);
        check(array[i], node.items, at, out);
        at.pop();
      }
    }
  } else if (type === 'string') {
    const text = value as string;
    if (node.minLength !== undefined || node.maxLength !== undefined) {
      const n = length(text);
      if (node.minLength !== undefined && n < node.minLength) report(out, at, `String is too short (${n} < ${node.minLength})`);
      if (node.maxLength !== undefined && n > node.maxLength) report(out, at, `String is too long (${n} > ${node.maxLength})`);
    }
    if (node.pattern && !node.pattern.test(text)) report(out, at, 'String does not match pattern');
  }
}

/**
 * Every problem in the value, up to `limit` described and the rest counted, in the order of the schema; none
 * means the dataset can be used. Cross references are checked only when the shape is right.
 */
export function checkDataset(value: unknown, limit = PROBLEM_LIMIT): Problems {
  const problems = new Problems(limit);
  check(value, root, [], problems);
  if (!problems.total) crossCheck(value as Dataset, problems);
  return problems;
}

/** The problems in the value (the first `limit` of them); an empty list means the dataset can be used. */
export function validate(value: unknown, limit = PROBLEM_LIMIT): DatasetProblem[] {
  return checkDataset(value, limit).list;
}

/**
 * `#/rows/2/id`, a JSON Pointer, becomes `$.rows[2].id`. Problems carry their paths already (see `pathOf`);
 * this is for pointers from elsewhere, such as a JSON Schema library's output.
 */
export function jsonPath(pointer: string): string {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .filter(Boolean)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => path + (/^\d+$/.test(token) ? `[${token}]` : step(token)), '$');
}
