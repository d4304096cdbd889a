/**
 * The npm entry: the element class and its types, without registering the tag (import
 * `ketamine-compare/define` for that, or register it under your own conditions).
 */
export { KetamineCompare } from './ketamine-compare.js';
export { APPROACH_TOGGLE_EVENT, ERROR_EVENT, TOGGLE_EVENT, type ApproachToggleDetail, type ErrorDetail, type ToggleDetail } from './events.js';
export type { Approach, Cell, Dataset, Link, Point, RichText, Row, Source, UiText } from '../data/types.js';
