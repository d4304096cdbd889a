/**
 * Which dataset an element shows, and when: the dataset lifecycle of one <ketamine-compare>, as a Lit reactive
 * controller.
 *
 * - **Choosing**: the `src` URL, else an inline `<script type="application/json">` child, else the bundled
 *   dataset in the element's language (the nearest `lang` at or above it, across shadow roots).
 * - **Waiting for the parser**: with the script before the element (or in <head>), the element starts at its start
 *   tag, before its children are parsed, and an inline dataset may still follow. Nothing is chosen, and the owner's
 *   fallback content shows, until the parser has passed the element: visitors never see another comparison first.
 * - **Following `lang`** anywhere above the element while it is on the page.
 * - **Dropping stale loads**: a load that ends after the choice changed (a new `src` or language) is ignored.
 * - **Errors found while detached** are reported when the element is back on the page, where the page can hear them.
 * - **A part that cannot be loaded** (the language, the custom-dataset checker) leaves the owner's fallback
 *   content in place, under a message in the element's language.
 * Timeouts belong to the loads themselves (parts.ts, src/custom/custom.ts): every one ends.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { BUNDLED, LANGUAGES, languageDataset, loadCustomDataset, type DatasetResult } from './datasets.js';
import { errorEvent, type ErrorDetail } from './events.js';
import { PREFIX, resolveLanguage } from './model.js';

type Host = ReactiveControllerHost & HTMLElement & { src?: string | null; lang?: string | null };

export class DatasetSource implements ReactiveController {
  /** What the current choice was made from (language, src, inline JSON): choosing again from the same does nothing. */
  private chosen?: string;
  /** An error found while the element was off the page, reported when it is back (nobody could hear it then). */
  private unreported?: ErrorDetail;
  /** Stops what this controller watches while the element is on the page. */
  private stops: Array<() => void> = [];

  /**
   * `show` receives each dataset to show (and why a custom one could not be used), or, with no `data`, the
   * language of an element whose dataset could not be loaded.
   */
  constructor(
    private host: Host,
    private show: (result: DatasetResult & { lang: string }) => void,
  ) {
    host.addController(this);
  }

  hostConnected() {
    this.followLanguage();
    this.choose();
    if (this.unreported) this.report(this.unreported);
  }

  hostDisconnected() {
    for (const stop of this.stops.splice(0)) stop();
  }

  /** Chooses the dataset (again): on connection, when `src` changes, when `lang` above changes, once the parser has passed. */
  choose() {
    const host = this.host;
    if (!host.isConnected) return;
    if (document.readyState === 'loading' && !parsedPast(host)) {
      this.stops.push(afterParser(host, () => this.choose()));
      return;
    }
    // The element's own `lang` as a property (set but not yet reflected, when a framework sets it), else the nearest above.
    const language = resolveLanguage(host.lang ?? closestLang(host), LANGUAGES) ?? BUNDLED.lang;
    const inline = host.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined;
    const src = host.src || undefined;
    const key = JSON.stringify([language, src, inline]);
    if (key === this.chosen) return;
    this.chosen = key;
    if (src || inline !== undefined) {
      // A custom dataset that cannot be used still leaves the visitor a comparison in their language; one whose
      // checker did not load leaves the owner's fallback, which was written from it.
      const result = loadCustomDataset(src, inline ?? '');
      return void this.settle(key, language, result.then(async (result) => (result.unloaded ? result : { ...result, data: result.data ?? (await languageDataset(language)) })));
    }
    const dataset = languageDataset(language);
    // The bundled language is there at once: shown in the same update, with no flash of fallback content.
    if (dataset instanceof Promise) void this.settle(key, language, dataset.then((data) => ({ data })));
    else this.use({ data: dataset, lang: language });
  }

  private async settle(key: string, lang: string, loading: Promise<DatasetResult>) {
    const result = await loading.catch((): DatasetResult => ({ unloaded: true }));
    if (key === this.chosen) this.use({ ...result, lang }); // else src or language changed while this was loading
  }

  private use(result: DatasetResult & { lang: string }) {
    if (result.error) this.report(result.error);
    this.show(result);
  }

  /** Tells the owner: in the console, and with an event (once the element is on the page to be heard). */
  private report(error: ErrorDetail) {
    this.unreported = this.host.isConnected ? undefined : error;
    if (this.unreported) return;
    console.error(`${PREFIX} ${error.message}`, error.problems);
    this.host.dispatchEvent(errorEvent(error));
  }

  /** A change of `lang` anywhere above the element (across shadow roots), or on it, chooses again. */
  private followLanguage() {
    for (let root: Node = this.host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      const watcher = new MutationObserver(() => this.choose());
      watcher.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      this.stops.push(() => watcher.disconnect());
      if (!(root as ShadowRoot).host) break;
    }
  }
}

/** Elements waiting for the HTML parser to pass them, each with what to do then; one observer for them all. */
const waiting = new Map<Element, () => void>();
let parser: MutationObserver | undefined;

/** Runs `then` once the parser has passed `element` (all its children are in); returns what cancels the wait. */
function afterParser(element: Element, then: () => void) {
  waiting.set(element, then);
  if (!parser) {
    parser = new MutationObserver(passed);
    parser.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', passed);
  }
  return () => {
    waiting.delete(element);
    if (!waiting.size) stopWaiting();
  };
}

function passed() {
  for (const [element, then] of waiting) {
    if (document.readyState !== 'loading' || parsedPast(element)) {
      waiting.delete(element);
      then();
    }
  }
  if (!waiting.size) stopWaiting();
}

function stopWaiting() {
  parser?.disconnect();
  parser = undefined;
  document.removeEventListener('DOMContentLoaded', passed);
}

/** Whether the HTML parser has moved past the element (something follows it), so all its children are there. */
function parsedPast(node: Node | null): boolean {
  for (; node; node = node.parentNode) if (node.nextSibling) return true;
  return false;
}

/** The nearest `lang` at or above the element, across shadow roots. */
function closestLang(element: Element): string | null {
  for (let node: Node | null = element; node; node = (node as ShadowRoot).host ?? node.parentNode) {
    if (node.nodeType === Node.ELEMENT_NODE && (node as Element).hasAttribute('lang')) return (node as Element).getAttribute('lang');
  }
  return null;
}
