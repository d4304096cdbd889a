/**
 * The problems found in a custom dataset, and their JSON paths. Pure: no DOM.
 */

export interface DatasetProblem {
  /** Where, as a JSON path such as `$.cells.route.kap[0].sources[1]`. */
  path: string;
  message: string;
}

/** How many problems are described; past that they are only counted ("and 12345 more"). */
export const PROBLEM_LIMIT = 100;

/**
 * A list of problems that stops growing at `limit`, so a dataset broken in every place costs no more to check
 * than a valid one: past the limit each problem is counted, not described or kept. Repeats are kept once.
 */
export class Problems {
  readonly list: DatasetProblem[] = [];
  /** Problems found after the list was full. */
  more = 0;
  private readonly seen = new Set<string>();

  constructor(readonly limit = Infinity) {}

  get full() {
    return this.list.length >= this.limit;
  }

  /** Every problem found, described or not. */
  get total() {
    return this.list.length + this.more;
  }

  /** Adds a problem, or only counts it once the list is full. Give functions to build the text only when it is kept. */
  add(path: string | (() => string), message: string | (() => string)) {
    if (this.full) {
      this.more++;
      return;
    }
    const problem = { path: typeof path === 'string' ? path : path(), message: typeof message === 'string' ? message : message() };
    const key = `${problem.path}\n${problem.message}`;
    if (this.seen.has(key)) return;
    this.seen.add(key);
    this.list.push(problem);
  }

  /** Takes in what another list found (see `oneOf` in validate.ts). */
  merge(other: Problems) {
    for (const { path, message } of other.list) this.add(path, message);
    this.more += other.more;
  }
}

/** Longer names are cut short in paths, so a path stays readable whatever the keys in a dataset. */
const LONGEST_NAME = 60;
const IDENTIFIER = /^[A-Za-z_$][\w$-]*$/;
/** What is written as an escape in a quoted name: quotes, controls, invisibles (bidi, zero-width), halves of pairs. */
const ESCAPED = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Cs}"\\]/u;

/**
 * `["rows", 2, "id"]` becomes `$.rows[2].id`, the form people paste into a JSON tool. Names such as `can-talk`
 * stay in dot form, as crossCheck writes them, so one dataset's problems all read alike; other names are quoted
 * (`$.cells["a b"]`), with anything invisible or that could reverse the text around it as an escape
 * (`"\u202e"`), and cut short with "…" past 60 characters.
 */
export function pathOf(tokens: ReadonlyArray<string | number>, last?: string): string {
  let path = '$';
  for (const token of tokens) path += step(token);
  return last === undefined ? path : path + step(last);
}

/** One step of a path: `[2]` for an index, `.name` or `["a name"]` for a name. */
export function step(token: string | number): string {
  if (typeof token === 'number') return `[${token}]`;
  if (token.length <= LONGEST_NAME && IDENTIFIER.test(token)) return `.${token}`;
  let written = '';
  for (const char of token) {
    const next = ESCAPED.test(char) ? escape(char) : char;
    if (written.length + next.length > LONGEST_NAME) return `["${written}…"]`;
    written += next;
  }
  return `["${written}"]`;
}

/** A character as JSON writes it (`\"`, `\n`, `\ud800`), or as `\uXXXX` where JSON would leave it as it is. */
function escape(char: string) {
  const json = JSON.stringify(char).slice(1, -1);
  if (json !== char) return json;
  let units = '';
  for (let i = 0; i < char.length; i++) units += `\\u${char.charCodeAt(i).toString(16).padStart(4, '0')}`;
  return units;
}
