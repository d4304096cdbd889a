// Whether the bundled content is fresh enough to publish, or will soon need a review (docs/content.md, "Freshness").
// Two dates say when content stops being known true: a dataset's `nextReview`, and a point's or a short answer's
// `until` (src/data/schema.json). The tests never ask the real date (the suite gives the same answer on any day);
// these two gates do:
//
//   node scripts/freshness.mjs --release     the release workflow, before publishing: refuses (exit 1) when today
//                                            is past any of those dates
//   node scripts/freshness.mjs --scheduled   a weekly workflow: fails (exit 1) when one is past or 21 days away or
//                                            fewer, so a maintainer reviews before the release gate closes
//   --today YYYY-MM-DD                       the day to judge (default: today, in UTC), for tests and for asking
//                                            "will this still pass on the day I release?"
//
// The datasets are every <lang>.json in src/data (KETAMINE_COMPARE_DATA names another folder: scripts/datasets.mjs).
// Only Node's own modules: the release workflow's first job installs nothing.
import { languages, readDataset } from './datasets.mjs';

/** The scheduled check warns this many days ahead: a weekly run then warns at least three times. */
export const WARN_DAYS = 21;

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Days since 1970-01-01 for an ISO date (YYYY-MM-DD), or NaN if it is not a real date ("2026-02-30" is not). */
export function dayNumber(iso) {
  if (typeof iso !== 'string' || !ISO_DAY.test(iso)) return NaN;
  const ms = Date.parse(`${iso}T00:00:00Z`);
  return Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== iso ? NaN : ms / 86_400_000;
}

/** Today's date in UTC as YYYY-MM-DD. */
export const isoToday = (now = new Date()) => now.toISOString().slice(0, 10);

/** A cell's statements as [how a reader names it, its ledger key's last part, the statement]. */
const cellTexts = (cell) => {
  const points = (Array.isArray(cell) ? cell : (cell.points ?? [])).map((point, i) => [`point ${i + 1}`, String(i), point]);
  return Array.isArray(cell) ? points : [['answer', 'answer', cell.answer], ...points];
};
const quote = (text) => `"${text.length > 70 ? `${text.slice(0, 67).trimEnd()}...` : text}"`;

/**
 * Every date after which a dataset's content may no longer hold, as { date, what, kind }: its `nextReview`
 * (kind "review"), and the `until` of each short answer and point (kind "until"), named so a maintainer can find
 * it in the dataset and in the ledger. A cell is a list of points or { answer, points } (src/element/model.ts, answerOf and pointsOf).
 */
export function deadlines(data, file) {
  const list = [{ date: data.nextReview, what: `${file}: its next review ("nextReview")`, kind: 'review' }];
  for (const [row, byApproach] of Object.entries(data.cells ?? {}))
    for (const [approach, cell] of Object.entries(byApproach))
      for (const [which, key, point] of cellTexts(cell))
        if (point?.until !== undefined) list.push({ date: point.until, what: `${file}: cells.${row}.${approach}, ${which} (ledger ${row}/${approach}/${key}), ${quote(point.text)}`, kind: 'until' });
  return list;
}

const WHAT_TO_DO = {
  review:
    'A next review: review the content (docs/content.md, "How a reviewer uses the ledger"), then set "reviewed" and "nextReview" in every src/data/<lang>.json and "reviewed" in src/data/ledger.json.',
  until:
    'An "until": check whether the point still holds; rewrite it so it stays true as history, or take it out; if a newer source extends it, cite that source and set "until" to its end (the ledger source\'s "expires"). In every language.',
};

const days = (n) => `${n} day${n === 1 ? '' : 's'}`;

/**
 * What stands in the way, for one mode: "release" (a date is past) or "scheduled" (a date is past or `warnDays`
 * away or fewer), each as { kind, message }: a plain sentence naming the item and its date. A date is the last day
 * the content is known true, so on that day it is still fresh and the day after it is past. A missing or
 * malformed date is a problem in both modes.
 */
export function freshnessProblems(list, today, { mode, warnDays = WARN_DAYS }) {
  const now = dayNumber(today);
  if (Number.isNaN(now)) throw new Error(`today must be a date YYYY-MM-DD, not ${JSON.stringify(today)}`);
  const problems = [];
  const add = (kind, message) => problems.push({ kind, message });
  for (const { date, what, kind } of list) {
    const end = dayNumber(date);
    if (date === undefined) add(kind, `${what} is not set: set it to the last day the content is known true.`);
    else if (Number.isNaN(end)) add(kind, `${what} is "${date}", which is not a date YYYY-MM-DD.`);
    else if (now > end) add(kind, `${what} ${kind === 'review' ? 'was due on' : 'held until'} ${date}: today, ${today}, is ${days(now - end)} past it.`);
    else if (mode === 'scheduled' && end - now <= warnDays) add(kind, `${what} ${kind === 'review' ? 'is due on' : 'holds only until'} ${date}, ${end === now ? 'today' : `in ${days(end - now)}`}.`);
  }
  return problems;
}

/** What a maintainer does about the problems found: one sentence per kind, in a fixed order. */
export const whatToDo = (problems) => Object.keys(WHAT_TO_DO).filter((kind) => problems.some((p) => p.kind === kind)).map((kind) => WHAT_TO_DO[kind]);

/** The datasets of this repository (or of KETAMINE_COMPARE_DATA), judged on `today`. */
export function checkDatasets({ today, mode }) {
  const list = languages().flatMap((lang) => deadlines(readDataset(lang), `src/data/${lang}.json`));
  return freshnessProblems(list, today, { mode });
}

/** The command line: its mode and day, or an error message. */
export function parseArgs(args) {
  const modes = args.filter((arg) => arg === '--release' || arg === '--scheduled');
  const at = args.indexOf('--today');
  const today = at === -1 ? isoToday() : args[at + 1];
  const known = new Set(['--release', '--scheduled', '--today', ...(at === -1 ? [] : [args[at + 1]])]);
  const unknown = args.filter((arg) => !known.has(arg));
  if (modes.length !== 1 || unknown.length) return { error: `usage: node scripts/freshness.mjs --release|--scheduled [--today YYYY-MM-DD]${unknown.length ? ` (unknown: ${unknown.join(' ')})` : ''}` };
  if (Number.isNaN(dayNumber(today))) return { error: `--today must be a date YYYY-MM-DD, not ${JSON.stringify(today ?? '')}` };
  return { mode: modes[0].slice(2), today };
}

if (import.meta.filename === process.argv[1]) {
  const { mode, today, error } = parseArgs(process.argv.slice(2));
  if (error) {
    console.error(`freshness: ${error}`);
    process.exit(2);
  }
  const problems = checkDatasets({ today, mode });
  if (problems.length) {
    const heading =
      mode === 'release'
        ? `Refusing to release on ${today}: some content is past the last day it is known to be true. Nothing is published until it is reviewed.`
        : `On ${today}, some content is past, or within ${WARN_DAYS} days of, the last day it is known to be true. From the day after that day, the release workflow refuses to publish.`;
    console.error([`freshness: ${heading}`, ...problems.map((p) => `  - ${p.message}`), 'What to do:', ...whatToDo(problems).map((line) => `  - ${line}`)].join('\n'));
    process.exit(1);
  }
  console.log(
    mode === 'release'
      ? `freshness: on ${today}, no dataset is past its next review or any point's "until".`
      : `freshness: on ${today}, no next review and no "until" is past or within ${WARN_DAYS} days.`,
  );
}
