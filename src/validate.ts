/**
 * Checks a custom dataset: first against `data/schema.json` with a JSON Schema validator, then the cross
 * references the schema cannot express (see `crossCheck`). Built as its own file and loaded only when a page
 * gives a custom dataset, so visitors of every other page never download it.
 */
import { Validator, type OutputUnit } from '@cfworker/json-schema';
import schema from './data/schema.json' with { type: 'json' };
import type { Dataset } from './data/types.js';
import { crossCheck, type DatasetProblem } from './model.js';

const validator = new Validator(schema as object, '2020-12', false);

/** `#/rows/2/id` becomes `$.rows[2].id`, the form people paste into a JSON tool. */
export function jsonPath(pointer: string): string {
  return pointer
    .replace(/^#/, '')
    .split('/')
    .filter(Boolean)
    .map((token) => token.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((path, token) => (/^\d+$/.test(token) ? `${path}[${token}]` : /^[A-Za-z_$][\w$]*$/.test(token) ? `${path}.${token}` : `${path}[${JSON.stringify(token)}]`), '$');
}

/** Every problem in the value, deepest first; an empty list means the dataset can be used. */
export function validate(value: unknown): DatasetProblem[] {
  const { valid, errors } = validator.validate(value);
  if (!valid) return schemaProblems(errors);
  return crossCheck(value as Dataset);
}

function schemaProblems(errors: OutputUnit[]): DatasetProblem[] {
  // The validator also reports each failing parent ("property x does not match"); the deepest errors say what is wrong.
  const deepest = errors.filter((e) => !errors.some((other) => other !== e && other.instanceLocation.startsWith(`${e.instanceLocation}/`)));
  const seen = new Set<string>();
  return deepest
    .map((e) => ({ path: jsonPath(e.instanceLocation), message: e.error }))
    .filter(({ path, message }) => !seen.has(path + message) && seen.add(path + message));
}
