/**
 * The element's events. Both bubble and are composed, so a listener on the document (or Wix Velo's
 * `$w('#customElement1').on(...)`, which receives `detail`) hears them from inside any shadow root.
 */

export interface ToggleDetail {
  /** The row id, e.g. "setting". */
  row: string;
  /** Whether the row is now shown. */
  visible: boolean;
}

export interface ErrorDetail {
  /** What is wrong, in one sentence, e.g. `$.rows[2].id: must match pattern …`. */
  message: string;
  /** Where the dataset came from: the `src` URL, or "inline" for a `<script type="application/json">` child. */
  source: string;
  /** Every problem found, each with its JSON path. */
  problems: Array<{ path: string; message: string }>;
}

export const TOGGLE_EVENT = 'ketamine-compare-toggle';
export const ERROR_EVENT = 'ketamine-compare-error';

export const toggleEvent = (detail: ToggleDetail) =>
  new CustomEvent<ToggleDetail>(TOGGLE_EVENT, { detail, bubbles: true, composed: true });

export const errorEvent = (detail: ErrorDetail) =>
  new CustomEvent<ErrorDetail>(ERROR_EVENT, { detail, bubbles: true, composed: true });

declare global {
  interface GlobalEventHandlersEventMap {
    'ketamine-compare-toggle': CustomEvent<ToggleDetail>;
    'ketamine-compare-error': CustomEvent<ErrorDetail>;
  }
}
