/**
 * custom-elements.json is the one source of the API (docs/api.md's tables, editors and tools read it): everything
 * it lists must exist in the element. Parts and slots are looked for in the shadow root across the states the
 * element can be put in (loading, rendered with everything shown, the Wix attributes, a custom dataset that fails),
 * so a documented part that no reachable state renders fails here instead of being skipped.
 */
import { expect, html } from '@open-wc/testing';
import { waitUntil } from './wait.js';
import pkg from '../package.json' with { type: 'json' };
import en from '../src/data/en.json' with { type: 'json' };
import * as eventsModule from '../src/element/events.js';
import { $, captureConsole, mount } from './helpers.js';
import { documented, documentedParts } from './manifest.js';

const TAG = documented.tagName;

interface Seen {
  state: string;
  /** part name → the local names of the elements that carry it */
  parts: Map<string, Set<string>>;
  /** slot names ('' for the default slot) */
  slots: string[];
}

function look(state: string, root: ShadowRoot): Seen {
  const parts = new Map<string, Set<string>>();
  for (const node of root.querySelectorAll('[part]')) {
    for (const part of node.getAttribute('part')!.split(/\s+/).filter(Boolean)) {
      if (!parts.has(part)) parts.set(part, new Set());
      parts.get(part)!.add(node.localName);
    }
  }
  return { state, parts, slots: [...root.querySelectorAll('slot')].map((slot) => slot.name) };
}

/** The element's own style sheets: adopted (Lit's usual way) or <style> elements (its fallback). */
const sheetsOf = (root: ShadowRoot) => [...root.adoptedStyleSheets, ...[...root.querySelectorAll('style')].map((style) => style.sheet!)];

function styleRules(rules: CSSRuleList): CSSStyleRule[] {
  return [...rules].flatMap((rule) => [
    ...(rule instanceof CSSStyleRule ? [rule] : []),
    ...('cssRules' in rule ? styleRules((rule as CSSGroupingRule).cssRules) : []),
  ]);
}

/** The custom properties declared on a plain `:host` rule at the top level of the sheets, last one winning. */
function hostDeclarations(sheets: CSSStyleSheet[]) {
  const declared = new Map<string, string>();
  for (const sheet of sheets) {
    for (const rule of sheet.cssRules) {
      if (!(rule instanceof CSSStyleRule) || rule.selectorText !== ':host') continue;
      for (const name of rule.style) if (name.startsWith('--')) declared.set(name, rule.style.getPropertyValue(name));
    }
  }
  return declared;
}

/** Spacing and case differ between how a value is written and how the CSSOM gives it back; the value does not. */
const normalize = (value: string) =>
  value
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/\s*([(),])\s*/g, (_, c: string) => (c === ',' ? ', ' : c));

const CSS_WIDE = new Set(['inherit', 'initial', 'unset', 'revert', 'revert-layer']);

describe('custom-elements.json', () => {
  const seen: Seen[] = [];
  const states = () => seen.map((s) => s.state).join('; ');

  before(async () => {
    // Loading: a custom dataset is still on its way (a fetch cannot finish within the first update), so the
    // element shows its fallback content through the default slot.
    const loading = document.createElement(TAG);
    loading.setAttribute('src', `/demo/data/our-programs.json?loading=${Date.now()}`);
    document.body.append(loading);
    await (loading as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    seen.push(look('loading a custom dataset', loading.shadowRoot!));
    loading.remove();

    const plain = await mount(html`<ketamine-compare></ketamine-compare>`);
    seen.push(look('no attributes', plain.shadowRoot!));

    const approaches = en.approaches.map((a) => a.id).join(' ');
    const rows = en.rows.map((r) => r.id).join(' ');
    const everything = await mount(html`<ketamine-compare approaches=${approaches} rows=${rows}>
      <p slot="scope">I am not a licensed therapist.</p>
      <a slot="cta" href="https://example.com/contact">Book a consultation</a>
    </ketamine-compare>`);
    seen.push(look('every approach and row, with the scope and cta slots', everything.shadowRoot!));

    // Wix's Set Attributes panel: an element with no children (see the contract).
    const wix = await mount(html`<ketamine-compare scope="I am not a licensed therapist." cta-text="Book a consultation" cta-href="https://example.com/contact" accent="#7c3aed"></ketamine-compare>`);
    seen.push(look('the scope, cta-text, cta-href and accent attributes', wix.shadowRoot!));

    let failing!: HTMLElement;
    await captureConsole(async () => {
      failing = await mount(html`<ketamine-compare src="/tests/fixtures/missing.json"></ketamine-compare>`);
      await waitUntil(() => $(failing, '[part~="error"]'), 'the error did not show');
    });
    seen.push(look('a custom dataset that cannot be loaded', failing.shadowRoot!));
  });

  it('is the manifest package.json names, and lists parts, slots, events, attributes and custom properties', () => {
    expect(pkg.customElements).to.equal('custom-elements.json');
    for (const list of ['attributes', 'events', 'slots', 'cssParts', 'cssProperties'] as const) {
      expect(documented[list], list).to.not.be.empty;
    }
  });

  it('every documented part is on an element in the shadow root, in some state the element can be put in', () => {
    const missing = documentedParts.filter((part) => !seen.some((s) => s.parts.has(part)));
    expect(missing, `parts in custom-elements.json that no element carries in any of these states: ${states()}`).to.deep.equal([]);
  });

  it('every part the element renders is documented', () => {
    const rendered = new Set(seen.flatMap((s) => [...s.parts.keys()]));
    const undocumented = [...rendered].filter((part) => !documentedParts.includes(part));
    expect(undocumented, 'parts the element renders that custom-elements.json does not list (add @csspart)').to.deep.equal([]);
  });

  it('every documented slot is a <slot> in the shadow root, and every slot there is documented', () => {
    const names = documented.slots.map((slot) => slot.name);
    const rendered = new Set(seen.flatMap((s) => s.slots));
    expect(names.filter((name) => !rendered.has(name)), `slots in custom-elements.json ('' is the default slot) found in none of: ${states()}`).to.deep.equal([]);
    expect([...rendered].filter((name) => !names.includes(name)), 'slots in the shadow root that custom-elements.json does not list (add @slot)').to.deep.equal([]);
  });

  it("every documented attribute is one the class observes (or, like theme, one its :host styles select on), and every observed one is documented", async () => {
    const ctor = customElements.get(TAG) as unknown as { observedAttributes: string[] };
    const observed = ctor.observedAttributes;
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const selectors = sheetsOf(el.shadowRoot!).flatMap((sheet) => styleRules(sheet.cssRules)).map((rule) => rule.selectorText);
    // An attribute the styles alone act on: `:host([theme='dark'])` restyles live without the class observing it.
    const styled = (name: string) => selectors.some((selector) => new RegExp(String.raw`:host\(\[${name}[\]=~|^$*\s]`).test(selector));
    const names = documented.attributes.map((a) => a.name);
    expect(names.filter((name) => !observed.includes(name) && !styled(name)), `documented attributes the element neither observes (${observed.join(', ')}) nor styles`).to.deep.equal([]);
    expect(observed.filter((name) => !names.includes(name)), 'observed attributes that custom-elements.json does not list (add @attr)').to.deep.equal([]);
  });

  it('every documented event is a name the events module exports, and every event name it exports is documented', () => {
    const exported = (Object.values(eventsModule) as unknown[]).filter((value): value is string => typeof value === 'string');
    const names = documented.events.map((e) => e.name);
    expect(names.filter((name) => !exported.includes(name)), `documented events that src/element/events.ts does not export (it exports ${exported.join(', ')})`).to.deep.equal([]);
    const events = exported.filter((name) => name.startsWith(`${TAG}-`));
    expect(events.filter((name) => !names.includes(name)), 'event names exported by src/element/events.ts that custom-elements.json does not list (add @fires)').to.deep.equal([]);
  });

  it('every documented custom property has its default declared on :host, the same as documented, and no other is declared there', async () => {
    const el = await mount(html`<ketamine-compare></ketamine-compare>`);
    const declared = hostDeclarations(sheetsOf(el.shadowRoot!));
    const computed = getComputedStyle(el);
    const wrong: string[] = [];
    for (const { name, default: documentedDefault } of documented.cssProperties) {
      if (documentedDefault === undefined) {
        wrong.push(`${name}: no default in the docs (write @cssprop [${name}=value])`);
        continue;
      }
      const value = declared.get(name);
      if (value === undefined) wrong.push(`${name}: documented default ${documentedDefault}, but :host does not declare it`);
      else if (normalize(value) !== normalize(documentedDefault)) wrong.push(`${name}: documented default ${documentedDefault}, but :host declares ${value.trim()}`);
      // What a page without its own rules gets (a later rule could override :host's); a CSS-wide keyword such as
      // inherit computes to the parent's value instead, so only the declaration above can be compared for those.
      else if (!CSS_WIDE.has(normalize(documentedDefault)) && normalize(computed.getPropertyValue(name)) !== normalize(documentedDefault)) {
        wrong.push(`${name}: documented default ${documentedDefault}, but an element with no attributes computes ${computed.getPropertyValue(name).trim()}`);
      }
    }
    expect(wrong).to.deep.equal([]);
    const names = documented.cssProperties.map((p) => p.name);
    const undocumented = [...declared.keys()].filter((name) => name.startsWith(`--${TAG}-`) && !names.includes(name));
    expect(undocumented, 'custom properties declared on :host that custom-elements.json does not list (add @cssprop)').to.deep.equal([]);
  });
});
