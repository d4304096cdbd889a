// What a site owner and their visitor do, in a real browser (Debian's Chromium through puppeteer-core): open the
// hosted configurator, read what its online check says, press Copy snippet, paste the snippet into a blog post,
// and open the post. Each function does one of those and answers what it saw; scripts/rehearse.mjs judges it.
const WAIT = { timeout: 30_000 }; // a busy machine: a condition, not a delay

/** Opens the configurator and waits for its snippet and for its online check's verdict. */
export async function openConfigurator(context, url) {
  const page = await context.newPage();
  await context.overridePermissions(new URL(url).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  await page.goto(url);
  await page.waitForFunction(() => document.getElementById('snippet')?.value, WAIT);
  return { page, online: await onlineCheck(page) };
}

/** What the configurator's online check says once it has an answer: its words and its kind (ok, warn, refused). */
export async function onlineCheck(page) {
  const verdict = () => {
    const status = document.getElementById('online-status');
    const words = status?.textContent.replace(/\s+/g, ' ').trim() ?? '';
    return words && !words.startsWith('Checking') && { words, kind: status.dataset.kind };
  };
  return (await page.waitForFunction(verdict, WAIT)).jsonValue();
}

/**
 * Presses "Copy snippet" and reads what was copied. Where the browser refuses the clipboard, the configurator
 * selects the snippet for copying by hand, and the selection is what an owner would copy.
 */
export async function copySnippet(page) {
  await page.click('#copy');
  await page.waitForFunction(() => document.getElementById('copy-status')?.textContent, WAIT);
  const copied = await page.evaluate(() => navigator.clipboard.readText()).catch(() => '');
  if (copied) return { snippet: copied, how: 'the Copy button (read back from the clipboard)' };
  const selected = await page.$eval('#snippet', (box) => box.value.slice(box.selectionStart, box.selectionEnd));
  return { snippet: selected, how: 'the snippet box (selected by the Copy button for copying by hand)' };
}

/** A blog post as an owner's site would serve it, with the snippet pasted between two paragraphs. */
export const blogPost = (snippet) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>What to ask before ketamine therapy</title>
<link rel="icon" href="data:,">
<style>body { font: 18px/1.6 Georgia, serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; }</style>
</head>
<body>
<article>
<h1>What to ask before ketamine therapy</h1>
<p>People ask me how the ways of getting ketamine treatment differ. Here they are side by side.</p>
${snippet}
<p>Questions? Write to me.</p>
</article>
</body>
</html>
`;

/**
 * Opens the blog post and waits until the page has loaded (the snippet's script, a classic script, has then run
 * or been refused). Records the console's errors and what the page asked of other origins.
 */
export async function openPost(context, url) {
  const page = await context.newPage();
  const errors = [];
  const asked = [];
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  page.on('pageerror', (error) => errors.push(String(error.message ?? error)));
  page.on('response', (response) => asked.push({ url: response.url(), status: response.status() }));
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors, asked };
}

/**
 * Whether the widget upgraded, and what it shows. Once the page has loaded, an element that is not defined never
 * will be (its script was refused); a defined one is given a moment to draw its table.
 */
export async function widgetState(page) {
  const defined = await page.evaluate(() => !!customElements.get('ketamine-compare'));
  if (defined) {
    await page.waitForFunction(() => document.querySelector('ketamine-compare')?.shadowRoot?.querySelector('tbody tr:not([hidden]) td'), WAIT).catch(() => undefined);
  }
  return page.evaluate(() => {
    const el = document.querySelector('ketamine-compare');
    const root = el?.shadowRoot;
    return {
      defined: !!customElements.get('ketamine-compare'),
      columns: root?.querySelectorAll('thead th[scope="col"]').length ?? 0,
      rows: root?.querySelectorAll('tbody tr:not([hidden])').length ?? 0,
      crisisLine: !!root?.querySelector('a[href="tel:988"]'),
      plainCopyShown: (el?.querySelector('.ketamine-compare-fallback')?.getClientRects().length ?? 0) > 0,
    };
  });
}

/**
 * Switches on, in the pasted widget, something whose words are in a file the script loads later from beside
 * itself, and waits until those words are shown. Today: the first row that starts hidden; its cells are in
 * ketamine-compare.<lang>.later.js. (What loads later is changing, next the cells' details: change this step
 * then.) `data` is the published dataset of the widget's language. Answers the file and the words expected and
 * shown.
 */
export async function showSomethingLoadedLater(page, data) {
  const toggle = await page.evaluateHandle(() => document.querySelector('ketamine-compare').shadowRoot.querySelector('[part="toggle"][aria-pressed="false"]'));
  const row = await toggle.evaluate((button) => button?.dataset.row);
  if (!row) return { file: '', what: 'no row that starts hidden', expected: '', shown: '' };
  const first = await page.evaluate(() => document.querySelector('ketamine-compare').getAttribute('approaches').split(' ')[0]);
  // A cell is a list of points, or a short answer with its points (src/data/types.ts): the first thing it says.
  const cell = data.cells[row][first];
  const expected = (Array.isArray(cell) ? cell[0] : cell.answer).text.replace(/\s+/g, ' ').trim();
  // The Questions button stands in for the row toggles (at every width): open it first.
  if (!(await toggle.evaluate((button) => button.checkVisibility()))) {
    await (await page.evaluateHandle(() => document.querySelector('ketamine-compare').shadowRoot.querySelector('button.more'))).click();
  }
  await toggle.click();
  const shown = await page
    .waitForFunction(
      (id, words) => {
        const cell = document.querySelector('ketamine-compare').shadowRoot.querySelector(`tbody tr[data-id="${id}"] td[part="cell"]`);
        const text = cell?.textContent.replace(/\s+/g, ' ').trim() ?? '';
        return text.includes(words) && text;
      },
      WAIT,
      row,
      expected,
    )
    .then((handle) => handle.jsonValue(), () => '');
  const name = data.rows.find((r) => r.id === row).name;
  return { file: `ketamine-compare.${data.lang}.later.js`, what: `the row "${name}" (${row}), column ${first}`, expected, shown };
}
