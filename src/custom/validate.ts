/**
 * Checks a custom dataset: first against `data/schema.json` with a JSON Schema validator, then the cross
 * references the schema cannot express (see `crossCheck`). Built as its own file and loaded only when a page
 * gives a custom dataset, so visitors of every other page never download it.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from '../data/schema.json' with { type: 'json' };
import type { Dataset } from '../data/types.js';
import { crossCheck, type DatasetProblem } from './cross-check.js';

const validator = new Validator(schema as object, '2020-12', false);

/**
 * `#/rows/2/id` becomes `$.rows[2].id`, the form people paste into a JSON tool. Ids such as `can-talk` stay in
 * dot form, as crossCheck writes them, so one dataset's problems all read alike.
 */
export function jsonPath(pointer: string): string {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .filter(Boolean)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : /^[A-Za-z_$][\w$-]*$/.test(token) ? `${path}.${token}` : `${path}[${JSON.stringify(token)}]`), '$');
}

/** Every problem in the value, deepest first; an empty list means the dataset can be used. */
export function validate(value: unknown): DatasetProblem[] {
  const { valid, errors } = validator.validate(value);
  if (!valid) return schemaProblems(errors);
  return crossCheck(value as Dataset);
}

function schemaProblems(errors: OutputUnit[]): DatasetProblem[] {
  // The validator reports every failing parent too ("Property x does not match schema"); keep only the errors
  // with nothing below them in the schema, which say what is actually wrong. `additionalProperties` is always a
  // wrapper: what it rejects is reported again under the property itself.
  const leaves = errors.filter(
    (e) => e.keyword !== 'additionalProperties' && !errors.some((other) => other.keywordLocation.startsWith(`${e.keywordLocation}/`)),
  );
  const seen = new Set<string>();
  return leaves.map(describe).filter(({ path, message }) => !seen.has(path + message) && seen.add(path + message));
}

/** The validator's words, made plain: where the problem is, and what it is. */
function describe(error: OutputUnit): DatasetProblem {
  const path = jsonPath(error.instanceLocation);
  if (error.keyword === 'required') {
    const name = /"(.*)"/.exec(error.error)?.[1] ?? '';
    return { path: jsonPath(`${error.instanceLocation}/${name}`), message: 'missing (required)' };
  }
  if (error.keyword === 'false') return { path, message: 'not allowed: unknown field' };
  return { path, message: error.error.replace(/^Instance /, '').replace(/\.$/, '') };
}
