/**
 * Flesch-Kincaid grade level for short English texts (one point of a cell), as pure functions.
 *
 * grade = 0.39 × (words / sentences) + 11.8 × (syllables / words) − 15.59
 * (Kincaid JP et al., "Derivation of new readability formulas…", Naval Technical Training Command, 1975.)
 *
 * Syllables are counted by rule, not from a dictionary: good enough to compare points with each other and to
 * catch long words and long sentences, which is what the content test needs. The rules, and their known limits:
 * - a word's vowel groups (a e i o u y) are its syllables, after dropping a silent final "e", "es" or "ed"
 *   ("shares" 1, "named" 1), but not "le" after a consonant ("table" 2) and not "ed" after t or d ("tested" 2);
 * - words of three letters or fewer are one syllable;
 * - acronyms in capitals are read letter by letter ("FDA" 3, "IV" 2), except those said as a word (REMS, KAP, TRICARE…)
 *   and the numeral "III" ("three"); a possessive "'s" adds nothing ("FDA's" 3);
 * - numbers count as words of one syllable per digit, up to three ("2" 1, "24" 2, "988" 3, "2026" 3);
 * - words joined by a hyphen or slash count as separate words ("hard-to-treat" is three words).
 * Sentences end at ".", "!", "?" or ";" followed by a space or the end; a number such as "0.5" does not end one.
 */

/** Capitalized acronyms that people say as a word, not letter by letter. */
const SAID_AS_WORDS = new Set(['REMS', 'KAP', 'AYUDA', 'TRICARE']);
/** Capitalized tokens with a spoken form of their own. */
const SPOKEN: Record<string, number> = { III: 1 };

/** Syllables in one word (letters, digits, apostrophes; other characters are ignored). */
export function syllables(word: string): number {
  const token = word.replace(/[^A-Za-z0-9']/g, '').replace(/'s$/i, '');
  if (token === '') return 0;
  if (Object.hasOwn(SPOKEN, token)) return SPOKEN[token];
  if (/^\d+$/.test(token)) return Math.min(token.length, 3);
  if (token.length >= 2 && token === token.toUpperCase() && /[A-Z]/.test(token) && !SAID_AS_WORDS.has(token)) {
    // Letter by letter; "W" alone is three syllables ("double-u").
    return [...token.replace(/[^A-Z]/g, '')].reduce((sum, letter) => sum + (letter === 'W' ? 3 : 1), 0);
  }
  const lower = token.toLowerCase().replace(/'/g, '');
  if (lower.length <= 3) return 1;
  const trimmed = lower
    .replace(/(?:[^laeiouy]es|[^laeiouytd]ed|[^laeiouy]e)$/, (end) => end[0])
    .replace(/^y/, '');
  const groups = trimmed.match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

/** The words of a text: runs of letters or digits, split at spaces, hyphens and slashes. */
export function words(text: string): string[] {
  return text.split(/[\s\-–—/]+/).filter((token) => /[A-Za-z0-9]/.test(token));
}

/**
 * Number of sentences: stretches of text ended by ".", "!", "?" or ";" followed by whitespace or the end (a closing
 * quote or bracket may stand between), plus a last stretch without an ending; only stretches with a letter or digit
 * count, and there is at least one.
 */
export function sentences(text: string): number {
  const stretches = text.split(/[.!?;]+["”’)\]]*(?=\s|$)/);
  return Math.max(1, stretches.filter((stretch) => /[A-Za-z0-9]/.test(stretch)).length);
}

export interface Readability {
  words: number;
  sentences: number;
  syllables: number;
  grade: number;
}

/** Flesch-Kincaid grade of a text, with the counts it rests on. An empty text is grade 0. */
export function fleschKincaid(text: string): Readability {
  const list = words(text);
  const count = list.length;
  const sentenceCount = sentences(text);
  const syllableCount = list.reduce((sum, word) => sum + syllables(word), 0);
  if (count === 0) return { words: 0, sentences: sentenceCount, syllables: 0, grade: 0 };
  const grade = 0.39 * (count / sentenceCount) + 11.8 * (syllableCount / count) - 15.59;
  return { words: count, sentences: sentenceCount, syllables: syllableCount, grade: Math.round(grade * 100) / 100 };
}

/** The p-th percentile (0–100) of a list, by the nearest-rank method; NaN for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

/** The median: the mean of the two middle values for an even count. NaN for an empty list. */
export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
