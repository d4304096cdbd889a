/**
 * The parts of the widget that are not in its first file, by name: `<lang>` (a language's first view),
 * `<lang>.later` (its other rows and its sources) and `custom` (the custom-dataset checker).
 *
 * This is the script tag's way: each part is a file beside the script, `ketamine-compare.<part>.js`, loaded as
 * a classic script (assets.ts). The npm ES build swaps this module for parts.module.ts, which imports each part
 * as a JavaScript module that the app's bundler follows and emits as a chunk (rollup.config.mjs).
 */
import { loadFile } from './assets.js';

let attempts = 0;

/** Loads a part; `retry`: again after a failure (asking the network again). Rejects when it cannot be loaded. */
export const loadPart = <T>(part: string, retry = false) => loadFile<T>(part, retry ? ++attempts : 0);
