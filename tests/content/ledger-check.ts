/**
 * What the claims ledger (src/data/ledger.json) promises about the bundled datasets, as pure functions that
 * return a list of problems (empty when all is well). tests/ledger.test.ts runs them on the real files and on
 * small broken copies, so a checker that stops checking fails too.
 */
import type { Dataset, RichText } from '../../src/data/types.js';
import { answerOf, pointsOf } from '../../src/element/model.js';

export type SourceKind = 'label' | 'regulator' | 'law' | 'trial' | 'study' | 'consensus' | 'reference' | 'crisis-service' | 'practice-blog';

export interface LedgerSource {
  kind: SourceKind;
  read: string;
  /** For time-bound facts: after this date the source may no longer hold. */
  expires?: string;
  expiresWhy?: string;
}

export interface Support {
  source: string;
  where: string;
  quote: string;
}

export interface Claim {
  /** The English text of the point, verbatim. */
  claim: string;
  support: Support[];
  note?: string;
  /** A disclaimer that states the widget's purpose, not a fact: no support, a note instead. */
  editorial?: true;
}

export interface Ledger {
  reviewed: string;
  sources: Record<string, LedgerSource>;
  claims: Record<string, Claim>;
}

/** One thing the widget says: a cell point (with the sources it cites), a crisis line or a disclaimer. */
export interface Statement {
  key: string;
  text: string;
  /** The sources a cell point cites; undefined for crisis lines and disclaimers, which cite none in the dataset. */
  sources?: string[];
}

export const richText = (line: RichText) => line.map((part) => (typeof part === 'string' ? part : part.text)).join('');

/** Every statement of a dataset, keyed as the ledger keys them: row/approach/answer, row/approach/index (the
 * points), crisis/index, disclaimers/index. */
export function statements(data: Dataset): Statement[] {
  const list: Statement[] = [];
  for (const [row, byApproach] of Object.entries(data.cells))
    for (const [approach, cell] of Object.entries(byApproach)) {
      const answer = answerOf(cell);
      if (answer) list.push({ key: `${row}/${approach}/answer`, text: answer.text, sources: answer.sources });
      pointsOf(cell).forEach((point, i) => list.push({ key: `${row}/${approach}/${i}`, text: point.text, sources: point.sources }));
    }
  data.crisis.forEach((line, i) => list.push({ key: `crisis/${i}`, text: richText(line) }));
  data.disclaimers.forEach((line, i) => list.push({ key: `disclaimers/${i}`, text: richText(line) }));
  return list;
}

const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));
const unique = (list: string[]) => [...new Set(list)];

/**
 * The ledger against the English dataset: every statement has an entry whose claim is its text, verbatim; no entry
 * is left over; every source named exists in the dataset and in the ledger's source list (with its kind); a cell
 * point cites exactly the sources its entry supports it with; every entry has support, or is an editorial
 * disclaimer with a note.
 */
export function ledgerProblems(data: Dataset, ledger: Ledger): string[] {
  const problems: string[] = [];
  const datasetSources = new Set(data.sources.map((s) => s.id));
  for (const id of datasetSources) if (!ledger.sources[id]) problems.push(`source "${id}" is in the dataset but has no kind in the ledger`);
  for (const id of Object.keys(ledger.sources)) if (!datasetSources.has(id)) problems.push(`ledger source "${id}" is not in the dataset`);

  const seen = new Set<string>();
  for (const statement of statements(data)) {
    seen.add(statement.key);
    const entry = ledger.claims[statement.key];
    if (!entry) {
      problems.push(`${statement.key}: no ledger entry`);
      continue;
    }
    if (entry.claim !== statement.text) problems.push(`${statement.key}: the text changed since the ledger was reviewed (ledger: ${JSON.stringify(entry.claim)})`);
    for (const support of entry.support) {
      if (!datasetSources.has(support.source)) problems.push(`${statement.key}: ledger names source "${support.source}", which is not in the dataset`);
      if (!support.where.trim() || !support.quote.trim()) problems.push(`${statement.key}: support from "${support.source}" needs a place and a quote`);
    }
    const supported = unique(entry.support.map((s) => s.source));
    if (entry.editorial) {
      if (!statement.key.startsWith('disclaimers/')) problems.push(`${statement.key}: only a disclaimer may be editorial`);
      if (!entry.note) problems.push(`${statement.key}: an editorial entry needs a note saying why it has no source`);
    } else if (supported.length === 0) {
      problems.push(`${statement.key}: no supporting passage`);
    }
    if (statement.sources && !sameSet(unique(statement.sources), supported)) {
      problems.push(`${statement.key}: cites [${statement.sources.join(', ')}] but the ledger supports it with [${supported.join(', ')}]`);
    }
  }
  for (const key of Object.keys(ledger.claims)) if (!seen.has(key)) problems.push(`${key}: ledger entry for a statement the dataset does not have`);
  return problems;
}

/** Cell points whose every source is a practice's blog post. */
export function blogOnly(data: Dataset, ledger: Ledger): Statement[] {
  return statements(data).filter(
    (s) => s.sources !== undefined && s.sources.length > 0 && s.sources.every((id) => ledger.sources[id]?.kind === 'practice-blog'),
  );
}

/**
 * The rule for practice blogs: at most one cell point in ten may rest on blog posts alone, and each such point must
 * be framed as how practices describe things (the language's `framing` pattern).
 */
export function blogProblems(data: Dataset, ledger: Ledger, framing: RegExp): string[] {
  const problems: string[] = [];
  const points = statements(data).filter((s) => s.sources !== undefined);
  const only = blogOnly(data, ledger);
  if (only.length * 10 > points.length) problems.push(`${only.length} of ${points.length} points rest on practice blogs alone; at most one in ten may`);
  for (const s of only) if (!framing.test(s.text)) problems.push(`${s.key}: rests on practice blogs alone but is not framed as how practices describe it: ${JSON.stringify(s.text)}`);
  return problems;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
const SPANISH_MONTHS = 'enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre';
/** A date a reader can see in a citation: "March 13, 2026" (as US readers write it), "October 2024", "13 de marzo de
 * 2026", "octubre de 2024". */
export const CITATION_DATE = new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2},\\s+)?\\d{4}\\b|\\b(${SPANISH_MONTHS})\\s+de\\s+\\d{4}\\b`, 'i');
const DAILYMED = /^https:\/\/dailymed\.nlm\.nih\.gov\/dailymed\/drugInfo\.cfm\?setid=([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

/** Labels point at one versioned label: a DailyMed setid link, the same setid and a date in the citation. */
export function labelProblems(data: Dataset, ledger: Ledger): string[] {
  const problems: string[] = [];
  for (const source of data.sources) {
    if (ledger.sources[source.id]?.kind !== 'label') continue;
    const setid = source.url?.match(DAILYMED)?.[1];
    if (!setid) problems.push(`${source.id}: a label must link to DailyMed's drugInfo.cfm?setid=…, not ${source.url ?? 'nothing'}`);
    else if (!source.citation.includes(setid)) problems.push(`${source.id}: the citation does not name the setid of its link (${setid})`);
    if (!CITATION_DATE.test(source.citation)) problems.push(`${source.id}: the citation gives no label date`);
  }
  return problems;
}

/**
 * Time-bound points: a point (or short answer) that cites a source with an `expires` date carries `until`, the
 * earliest such date, so the widget can mark it once that day has passed; a point with `until` cites such a source.
 */
export function untilProblems(data: Dataset, ledger: Ledger): string[] {
  const problems: string[] = [];
  for (const [row, byApproach] of Object.entries(data.cells))
    for (const [approach, cell] of Object.entries(byApproach)) {
      const answer = answerOf(cell);
      const said = [...(answer ? [['answer', answer] as const] : []), ...pointsOf(cell).map((p, i) => [String(i), p] as const)];
      for (const [index, point] of said) {
        const expires = point.sources.map((id) => ledger.sources[id]?.expires).filter((d): d is string => !!d).sort();
        const key = `${row}/${approach}/${index}`;
        if (expires.length && point.until !== expires[0]) problems.push(`${key}: cites a source that may stop holding after ${expires[0]}, so it needs until: "${expires[0]}" (has ${point.until ?? 'none'})`);
        if (!expires.length && point.until) problems.push(`${key}: has until ${point.until} but cites no time-bound source`);
      }
    }
  return problems;
}

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));

/**
 * The review dates, whatever the day: a dataset has a next review date after its review, no later than the earliest
 * date a time-bound source may stop holding. Whether today is past it is the release's question, not the tests'
 * (scripts/freshness.mjs): a suite that failed from the day after `nextReview` would fail every unrelated change.
 */
export function reviewProblems(data: Dataset, ledger: Ledger): string[] {
  const problems: string[] = [];
  const next = data.nextReview;
  if (!next) return ['no nextReview date'];
  if (day(next) <= day(data.reviewed)) problems.push(`nextReview ${next} is not after reviewed ${data.reviewed}`);
  for (const [id, source] of Object.entries(ledger.sources)) {
    if (source.expires && day(next) > day(source.expires)) problems.push(`nextReview ${next} is after ${source.expires}, when "${id}" may stop holding: ${source.expiresWhy ?? ''}`);
  }
  return problems;
}
