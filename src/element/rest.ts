/**
 * The rest of a bundled dataset (rest of the rows and the sources, a file beside the script: see datasets.ts), for
 * one element, as a Lit reactive controller: loaded once the page has loaded and is idle, so that a visitor's tap
 * never waits, or at once when a visitor reaches for it. Never before the page's load event unless a visitor asks:
 * a script added before it would hold that event back for the owner's whole page. A removed element cancels what
 * it queued, and the shared load keeps no reference to it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { loadRest, restState } from './datasets.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Elements to draw again when the rest of a dataset has come (or failed), by dataset. */
const waiting = new Map<Dataset, Set<Host>>();

// requestIdleCallback where there is one (not in Safari), else the next task.
// A page that is never idle (busy scripts, a frame in the background) still gets the rest within two seconds.
const idleApi = globalThis as unknown as { requestIdleCallback?: (run: () => void, options: { timeout: number }) => number; cancelIdleCallback?: (id: number) => void };
const whenIdle = (run: () => void): number => (idleApi.requestIdleCallback ? idleApi.requestIdleCallback(run, { timeout: 2000 }) : window.setTimeout(run));
const cancelIdle = (id: number) => (idleApi.cancelIdleCallback ? idleApi.cancelIdleCallback(id) : window.clearTimeout(id));

export class RestLoader implements ReactiveController {
  private cancel?: () => void;

  /** `dataset` reads the dataset the element shows now (undefined before it has one). */
  constructor(
    private host: Host,
    private dataset: () => Dataset | undefined,
  ) {
    host.addController(this);
  }

  /** The page has loaded and been idle once: from then on, a dataset that arrives (or changes) loads its rest. */
  private idled = false;

  hostConnected() {
    const idle = () => {
      const id = whenIdle(() => ((this.idled = true), this.want()));
      this.cancel = () => cancelIdle(id);
    };
    if (document.readyState === 'complete') return idle();
    addEventListener('load', idle, { once: true });
    this.cancel = () => removeEventListener('load', idle);
  }

  hostUpdated() {
    // Drawn without the rest: drawn again when it comes, whoever asked for it.
    const data = this.dataset();
    if (data && this.state === 'loading') (waiting.get(data) ?? waiting.set(data, new Set()).get(data)!).add(this.host);
    // The idle moment may come before the element has its dataset (its language still loading, say).
    if (this.idled) this.want();
  }

  hostDisconnected() {
    this.cancel?.();
    for (const hosts of waiting.values()) hosts.delete(this.host);
  }

  /** Where the rest of the shown dataset stands: all there (as in any custom dataset), on its way, or failed. */
  get state() {
    const data = this.dataset();
    return data ? restState(data) : 'ready';
  }

  /** Loads the rest now, if it is not in: a visitor reaches for it (or the page is idle). */
  want = () => this.load(false);

  /** Loads the rest again after a failure: the visitor pressed Try again. */
  retry = () => this.load(true);

  /** Starts the load, and draws the element again when it ends, either way. */
  private load(retry: boolean) {
    const data = this.dataset();
    if (!data || this.state === 'ready' || (this.state === 'failed' && !retry)) return;
    (waiting.get(data) ?? waiting.set(data, new Set()).get(data)!).add(this.host);
    loadRest(data, retry).then(() => {
      for (const host of waiting.get(data) ?? []) host.requestUpdate();
      waiting.delete(data);
    });
  }
}
