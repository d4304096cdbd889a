/**
 * Reads an owner's custom dataset: fetches `src` (or takes the inline JSON), parses it and validates it.
 * Built as `dist/ketamine-compare.custom.js` and imported only when a page uses a custom dataset.
 * Never throws: whatever goes wrong comes back as an error that names the problem and its JSON path.
 */
import type { Dataset } from '../data/types.js';
import type { DatasetResult } from '../element/datasets.js';
import type { DatasetProblem } from './problems.js';
import { writtenDates } from '../element/model.js';
import { checkDataset } from './validate.js';

/**
 * How long a `src` server has to send the whole dataset, in seconds. A dataset is tens of kilobytes: even on a
 * slow mobile connection (400 ms a round trip, 50 KB/s) it comes in a few seconds, and a server that has said
 * nothing for 15 has stopped (browsers themselves wait minutes). Meanwhile visitors see the fallback content.
 * Not an API: an object only so that tests can shorten it.
 */
export const limits = { srcSeconds: 15 };

/** `src` wins over inline JSON: the attribute is the more explicit of the two. */
export async function readCustomDataset(src: string | undefined, inline: string): Promise<DatasetResult> {
  const source = src || 'inline JSON';
  const fail = (message: string, problems: DatasetProblem[] = []): DatasetResult => ({
    error: { message: `Custom dataset (${source}) ${message} The bundled comparison is shown instead.`, source, problems },
  });
  try {
    let text = inline;
    if (src) {
      const seconds = limits.srcSeconds;
      const controller = new AbortController();
      const timer = setTimeout(() => controller.abort(), seconds * 1000);
      let answered = false;
      try {
        // A relative src is relative to the page, as for any other attribute URL. No cookies go with it.
        const response = await fetch(new URL(src, document.baseURI), { credentials: 'omit', signal: controller.signal });
        answered = true;
        if (!response.ok) return fail(`could not be loaded: the server answered HTTP ${response.status}.`);
        text = await response.text();
      } catch (error) {
        if (controller.signal.aborted) {
          return fail(`could not be loaded: the server ${answered ? 'did not send all of it' : 'did not answer'} within ${seconds} seconds.`);
        }
        return fail(`could not be loaded (${String((error as Error)?.message ?? error)}).`);
      } finally {
        clearTimeout(timer);
      }
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      return fail(`is not valid JSON (${(error as Error).message}).`);
    }
    const { list, total } = checkDataset(value);
    if (total) {
      const [first] = list;
      const listed = total > list.length ? `; the first ${list.length} are listed in the console` : ', listed in the console';
      const more = total > 1 ? ` (and ${total - 1} more${listed})` : '';
      return fail(`does not match the schema: ${first.path}: ${first.message}${more}.`, list);
    }
    return { data: { ...(value as Dataset), dates: writtenDates(value as Dataset) } };
  } catch (error) {
    // Nothing above should throw; if something does, the page still gets the usual error and the bundled table.
    return fail(`could not be checked (${String((error as Error)?.message ?? error)}).`);
  }
}
