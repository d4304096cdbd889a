/**
 * The rest of a bundled dataset (rest of the rows and the sources, a file beside the script: see datasets.ts), for
 * one element, as a Lit reactive controller: loaded at the page's load event, so that a visitor's tap seldom waits,
 * or at once when a visitor reaches for it. Not before the load event unless a visitor asks: until then the owner's
 * page is loading its own images, fonts and scripts. A removed element cancels what it queued, and the shared load
 * keeps no reference to it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Dataset } from '../data/types.js';
import { loadRest, restState } from './datasets.js';

type Host = ReactiveControllerHost & HTMLElement;

/** Elements to draw again when the rest of a dataset has come (or failed), by dataset. */
const waiting = new Map<Dataset, Set<Host>>();

export class RestLoader implements ReactiveController {
  private cancel?: () => void;

  /** `dataset` reads the dataset the element shows now (undefined before it has one). */
  constructor(
    private host: Host,
    private dataset: () => Dataset | undefined,
  ) {
    host.addController(this);
  }

  /** The page has loaded: from then on, a dataset that arrives (or changes) loads its rest. */
  private pageLoaded = false;

  hostConnected() {
    // At the load event, not when the page is next idle: the file comes over the network, off the main thread, and
    // what it costs the page (reading it, drawing again) is the same whenever it comes. Waiting for an idle moment
    // only made a visitor's early tap wait for the network (bench, delayed toggle: median 121 -> 86 ms at 4x CPU).
    const loaded = () => ((this.pageLoaded = true), this.want());
    if (document.readyState === 'complete') return void (this.pageLoaded = true); // hostUpdated asks, once there is a dataset
    addEventListener('load', loaded, { once: true });
    this.cancel = () => removeEventListener('load', loaded);
  }

  hostUpdated() {
    // Drawn without the rest: drawn again when it comes, whoever asked for it.
    const data = this.dataset();
    if (data && this.state === 'loading') (waiting.get(data) ?? waiting.set(data, new Set()).get(data)!).add(this.host);
    // The page may have loaded before the element has its dataset (its language still loading, say).
    if (this.pageLoaded) this.want();
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

  /** Loads the rest now, if it is not in: a visitor reaches for it (or the page has loaded). */
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
