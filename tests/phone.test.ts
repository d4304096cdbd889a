/**
 * The visitor on a phone: at 360 x 740, with the snippet as the configurator writes it, the comparison and the
 * crisis line are in the first screen, the rows and approaches are one tap away, and a tap shows its effect
 * where the visitor is looking.
 */
import { expect } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import { sendKeys } from '@web/test-runner-commands';
import en from '../src/data/en.json' with { type: 'json' };
import es from '../src/data/es.json' with { type: 'json' };
import type { ApproachToggleDetail } from '../src/element/events.js';
import { afterFrame, openPage, text } from './helpers.js';
import { ALL_ROWS } from './examples.js';

async function phone(page: string, lang?: string) {
  const opened = await openPage(`/demo/${page}`, 360, 740);
  const el = opened.elements[0] as HTMLElement & { updateComplete: Promise<unknown> };
  if (lang) {
    el.setAttribute('lang', lang);
    await waitUntil(() => el.shadowRoot!.querySelector('.stack')?.getAttribute('lang') === lang, 'language not loaded');
    await afterFrame(opened.win);
  }
  const root = el.shadowRoot!;
  const top = (node: Element) => node.getBoundingClientRect().top - el.getBoundingClientRect().top;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => root.querySelector<T>(selector)!;
  const qq = (selector: string) => [...root.querySelectorAll<HTMLElement>(selector)];
  return { ...opened, el, root, top, q, qq };
}

for (const [page, lang, data] of [
  ['index.html', undefined, en],
  ['phone.html', undefined, en],
  ['index.html', 'es', es],
] as const) {
  describe(`phone, 360 x 740: ${page}${lang ? ` in ${lang}` : ''}`, () => {
    it('the first comparison cell starts within 440 px of the widget top; the 988 line within 700', async () => {
      const { top, q, close } = await phone(page, lang);
      // 440: every approach has a toggle now (a third line of them), and the 988 line has its text link (a fourth
      // line in Spanish); the first answer is still well inside the first screen.
      expect(top(q('tbody tr:not([hidden]) td'))).to.be.at.most(440);
      const call = q<HTMLAnchorElement>('.line a[href="tel:988"]');
      expect(top(call)).to.be.at.most(700);
      expect(call.getClientRects().length).to.be.greaterThan(0);
      expect(text(q('.line'))).to.contain('988');
      close();
    });

    it('the row toggles are one tap away, behind a button that says how many rows are shown', async () => {
      const { el, q, close } = await phone(page, lang);
      const button = q<HTMLButtonElement>('.more');
      const toggles = q('[part="toggles"]');
      expect(button.getClientRects().length).to.be.greaterThan(0);
      expect(toggles.getClientRects().length, 'folded at first').to.equal(0);
      expect(button.getAttribute('aria-controls')).to.equal(toggles.id);
      expect(text(button)).to.equal(data.ui.rowsButton.replace('{shown}', '7').replace('{total}', '12'));
      button.click();
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(toggles.getClientRects().length, 'open after the tap').to.be.greaterThan(0);
      (toggles.querySelector('[data-row="setting"]') as HTMLElement).click();
      await el.updateComplete;
      expect(text(button)).to.equal(data.ui.rowsButton.replace('{shown}', '8').replace('{total}', '12'));
      close();
    });

    it('a row switched on is on screen right after the tap, without losing the visitor; a row switched off simply goes', async () => {
      const { el, win, q, close } = await phone(page, lang);
      q('.more').click();
      await el.updateComplete;
      for (const id of ['evidence', 'regulatory', 'recovery']) {
        const toggle = q(`[part="toggle"][data-row="${id}"]`);
        toggle.scrollIntoView({ block: 'center' }); // where the visitor's thumb is
        const before = win.scrollY;
        toggle.click();
        await el.updateComplete;
        const cell = q(`tbody tr[data-id="${id}"] > td`);
        const { top, bottom } = cell.getBoundingClientRect();
        expect(top, `${id}: first cell on screen`).to.be.at.least(0);
        expect(top, `${id}: first cell on screen`).to.be.below(win.innerHeight);
        expect(Math.abs(win.scrollY - before), `${id}: moved less than a screen`).to.be.below(win.innerHeight);
        expect(bottom).to.be.greaterThan(top);
      }
      const off = q('[part="toggle"][data-row="route"]');
      off.scrollIntoView({ block: 'center' });
      const before = win.scrollY;
      off.click();
      await el.updateComplete;
      expect(q('tbody tr[data-id="route"]').hidden).to.be.true;
      expect(win.scrollY).to.equal(before);
      close();
    });
  });
}

describe('phone, 360 x 740: row headers', () => {
  for (const approaches of ['kap esketamine', 'kap iv-infusion iv-integration', 'kap iv-infusion esketamine at-home', 'kap iv-infusion iv-integration esketamine at-home']) {
    const count = approaches.split(' ').length;
    it(`with ${count} approaches: every question is a full-width band, on at most two lines`, async () => {
      const { el, qq, q, win, close } = await phone('index.html');
      el.setAttribute('approaches', approaches);
      el.setAttribute('rows', ALL_ROWS);
      await el.updateComplete;
      await afterFrame(win);
      const table = q('table').getBoundingClientRect();
      for (const th of qq('tbody tr:not([hidden]) th[scope="row"]')) {
        const box = th.getBoundingClientRect();
        const style = win.getComputedStyle(th);
        expect(box.width / table.width, `${text(th)}: full width`).to.be.at.least(0.97);
        const lines = (box.height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)) / parseFloat(style.lineHeight);
        expect(lines, `${text(th)}: lines`).to.be.at.most(2.05);
      }
      close();
    });
  }
});

describe('phone, 360 x 740: the approach toggles', () => {
  it('switch approaches off and on, announce it, fire the event, and keep one on', async () => {
    const { el, root, q, qq, win, close } = await phone('phone.html');
    const heard: ApproachToggleDetail[] = [];
    win.document.addEventListener('ketamine-compare-approach-toggle', (event) => heard.push((event as CustomEvent<ApproachToggleDetail>).detail));
    const group = q('[part="approach-toggles"]');
    expect(group.getAttribute('role')).to.equal('group');
    expect(text(root.getElementById(group.getAttribute('aria-labelledby')!))).to.equal(en.ui.approaches);
    const chip = (id: string) => q(`[part="approach-toggle"][data-approach="${id}"]`);
    const headers = () => qq('thead th').map(text);
    expect(headers()).to.have.length(4);
    chip('iv-infusion').click();
    await el.updateComplete;
    expect(chip('iv-infusion').getAttribute('aria-pressed')).to.equal('false');
    expect(headers()).to.deep.equal(['kap', 'iv-integration', 'esketamine'].map((id) => en.approaches.find((a) => a.id === id)!.name));
    expect(text(q('[role="status"]'))).to.equal(`${en.approaches.find((a) => a.id === 'iv-infusion')!.name}: ${en.ui.hidden}`);
    chip('esketamine').click();
    await el.updateComplete;
    // With two left on a phone, they sit side by side under each question.
    await afterFrame(win);
    const [a, b] = q('tbody tr:not([hidden])').querySelectorAll('td');
    expect(a.getBoundingClientRect().top).to.equal(b.getBoundingClientRect().top);
    expect(b.getBoundingClientRect().left).to.be.greaterThan(a.getBoundingClientRect().right - 1);
    chip('iv-integration').click();
    await el.updateComplete;
    expect(chip('kap').getAttribute('aria-disabled')).to.equal('true');
    chip('kap').click(); // the last one stays, and the visitor is told why nothing changed
    await el.updateComplete;
    expect(chip('kap').getAttribute('aria-pressed')).to.equal('true');
    expect(text(q('[role="status"]'))).to.equal(en.ui.keepOne);
    expect(headers()).to.have.length(1);
    // From the keyboard too.
    chip('iv-infusion').focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(chip('iv-infusion').getAttribute('aria-pressed')).to.equal('true');
    expect(chip('kap').hasAttribute('aria-disabled')).to.be.false;
    expect(heard).to.deep.equal([
      { approach: 'iv-infusion', visible: false },
      { approach: 'esketamine', visible: false },
      { approach: 'iv-integration', visible: false },
      { approach: 'iv-infusion', visible: true },
    ]);
    // The owner's attribute changes are not a visitor's action.
    el.setAttribute('approaches', 'esketamine at-home');
    await el.updateComplete;
    expect(heard).to.have.length(4);
    // The columns the owner listed first, then every other approach as a toggle.
    expect(qq('[part="approach-toggle"]').map((b) => b.dataset.approach)).to.deep.equal(['esketamine', 'at-home', 'kap', 'iv-infusion', 'iv-integration']);
    close();
  });

  it('changing the columns redraws the headers and every shown row, and keeps the rows the visitor chose', async () => {
    const { el, q, qq, close } = await phone('five.html');
    q('.more').click();
    await el.updateComplete;
    q('[part="toggle"][data-row="evidence"]').click();
    await el.updateComplete;
    q('[part="approach-toggle"][data-approach="iv-integration"]').click();
    await el.updateComplete;
    q('[part="approach-toggle"][data-approach="at-home"]').click();
    await el.updateComplete;
    const names = ['kap', 'iv-infusion', 'esketamine'].map((id) => en.approaches.find((a) => a.id === id)!.name);
    expect(qq('thead th').map(text)).to.deep.equal(names);
    for (const tr of qq('tbody tr:not([hidden])')) {
      const labels = [...tr.querySelectorAll('td .label')].map((label) => text(label).replace(/:$/, ''));
      // The evidence row may still be loading its text; every drawn row has exactly the shown columns, in order (each
      // labelled with the approach's full name in the first row, its short name after; identical short answers side
      // by side share one cell, their names joined).
      const shorts = ['kap', 'iv-infusion', 'esketamine'].map((id) => en.approaches.find((a) => a.id === id)!.short);
      if (labels.length) expect(labels.join(', '), tr.dataset.id).to.equal((tr === qq('tbody tr:not([hidden])')[0] ? names : shorts).join(', '));
    }
    expect(q('tbody tr[data-id="evidence"]').hidden).to.be.false;
    close();
  });
});
