/**
 * The checker as the file `ketamine-compare.custom.js`: a classic script that hands its entry point to the
 * script element that loaded it (see loadFile in src/element/assets.ts), so it is checked by the same
 * integrity hash as every lazily loaded file and leaves nothing on `window`.
 */
import type { Checker } from '../element/datasets.js';
import { HANDOFF, type HandOver } from '../element/handoff.js';
import { limits, readCustomDataset } from './custom.js';

(document.currentScript as HandOver<Checker>)[HANDOFF] = { readCustomDataset, limits };
