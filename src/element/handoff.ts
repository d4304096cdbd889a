/**
 * How a file loaded later (loadFile in assets.ts) hands its value over: it sets it on the script element that
 * loaded it (`document.currentScript`), under a key of the build's (scripts/datasets.mjs writes it), so nothing
 * lands on `window`. Both sides use this type: the loader reads what a file of that kind hands over.
 */

/** The hand-over key, written by the build. */
declare const __HANDOFF__: string;
export const HANDOFF = Symbol.for(__HANDOFF__);

/** The script element of a file that hands over a `T` (the JSON files' datasets, the checker's entry points). */
export type HandOver<T> = HTMLScriptElement & { [HANDOFF]?: T };
