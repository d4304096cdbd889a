/**
 * The element's events. All bubble and are composed, so a listener on the document (or Wix Velo's
 * `$w('#customElement1').on(...)`, which receives `detail`) hears them from inside any shadow root.
 * The toggle events come only from a visitor's action, never from an owner changing attributes.
 */

export interface ToggleDetail {
  /** The row id, e.g. "setting". */
  row: string;
  /** Whether the row is now shown. */
  visible: boolean;
}

export interface ApproachToggleDetail {
  /** The approach id, e.g. "esketamine". */
  approach: string;
  /** Whether the approach (column) is now shown. */
  visible: boolean;
}

export interface ErrorDetail {
  /** What is wrong, in one sentence, e.g. `$.rows[2].id: must match pattern …`. */
  message: string;
  /** Where the dataset came from: the `src` URL, or "inline JSON" for a `<script type="application/json">` child. */
  source: string;
  /** The problems found, each with its JSON path: the first 100 (the message says how many more). */
  problems: Array<{ path: string; message: string }>;
}

export const TOGGLE_EVENT = 'ketamine-compare-toggle';
export const APPROACH_TOGGLE_EVENT = 'ketamine-compare-approach-toggle';
export const ERROR_EVENT = 'ketamine-compare-error';

const event = <T>(type: string, detail: T) => new CustomEvent<T>(type, { detail, bubbles: true, composed: true });
export const toggleEvent = (detail: ToggleDetail) => event(TOGGLE_EVENT, detail);
export const approachToggleEvent = (detail: ApproachToggleDetail) => event(APPROACH_TOGGLE_EVENT, detail);
export const errorEvent = (detail: ErrorDetail) => event(ERROR_EVENT, detail);

declare global {
  interface GlobalEventHandlersEventMap {
    'ketamine-compare-toggle': CustomEvent<ToggleDetail>;
    'ketamine-compare-approach-toggle': CustomEvent<ApproachToggleDetail>;
    'ketamine-compare-error': CustomEvent<ErrorDetail>;
  }
}
