/** A part that has not arrived by then counts as failed: a network wait never hangs the widget. */
export const LOAD_LIMIT_MS = 10_000;
