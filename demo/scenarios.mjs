// The named scenarios: the ways the widget is really embedded. One list feeds the demo pages
// (scripts/demos.mjs writes demo/<id>.html from it), the accessibility and layout tests (tests/scenarios.test.ts
// and friends open every page) and the bench (scripts/bench.mjs builds its pages with `pageHtml`). To add a
// demo, add a scenario here and run `npm run demos`; `npm test` fails while a page is out of date.

/**
 * @typedef {object} Scenario
 * @property {string} id             The page's file name without `.html`.
 * @property {string} about          What it shows, in a few words (test names, the demo index).
 * @property {string} title          The page's title and heading.
 * @property {string} [lang]         The page's language (the widget follows it); default `en`.
 * @property {string} [bodyClass]    A class on <body> (blog.css has `dark-site`).
 * @property {string[]} [css]        Extra stylesheets next to blog.css.
 * @property {'article' | 'sidebar' | 'bare'} [layout]  Where the widget sits: in the article (default), in a
 *                                   320px sidebar, or alone on an unstyled page (inside a fixed-height box).
 * @property {string[]} [intro]      Paragraphs before the widget.
 * @property {string[]} [after]      HTML after the widget in the article.
 * @property {Record<string, string>} [attributes]  The element's attributes, as an owner writes them.
 * @property {string} [children]     The element's children: slots and fallback content.
 * @property {number[]} [widths]     Window widths the tests look at it in; default 1280 and 360.
 */

const SCOPE_EN = '<p slot="scope">I am an integration coach, not a licensed therapist or medical provider. I do not prescribe or give ketamine, and I do not offer crisis support.</p>';
const FALLBACK_EN =
  '<p>A comparison of ketamine treatment approaches appears here. <a href="https://988lifeline.org/">In crisis? Call or text 988.</a></p>';

/** @type {Scenario[]} */
export const SCENARIOS = [
  {
    id: 'index',
    about: 'blog post, the snippet as the configurator writes it (four approaches)',
    title: 'KAP, IV infusion or nasal spray? How ketamine treatments differ',
    intro: [
      'People often ask me what the difference is between ketamine-assisted psychotherapy, an infusion clinic, and the nasal spray their psychiatrist mentioned. They use the same family of medicine, but the experience, the people in the room, and what each one is for are quite different.',
      'The comparison below is meant to help you ask better questions, not to pick for you. Switch rows on and off to see what matters to you, and bring it to a licensed clinician.',
    ],
    children: `${SCOPE_EN}\n<a slot="cta" href="#contact">Book a free 15-minute call about integration support</a>\n${FALLBACK_EN}`,
    after: [
      '<h2>What I offer, and what I don\'t</h2>',
      '<p>My work starts after the medicine: I help people make sense of what came up and bring it into everyday life. If you are looking for therapy during a ketamine session, that is KAP, and a licensed therapist provides it.</p>',
    ],
  },
  {
    id: 'phone',
    about: 'phone-first blog post: the widget right after the opening, for a visitor on a 360px phone',
    title: 'Which ketamine treatment is which?',
    intro: ['Short answers first. Tap “Questions” to choose what you want to compare, and the approach names to narrow it down.'],
    children: `<a slot="cta" href="#contact">Text us with a question</a>\n${FALLBACK_EN}`,
    widths: [360, 390],
  },
  {
    id: 'five',
    about: 'all five approaches',
    title: 'Five ways to get ketamine treatment, side by side',
    intro: ['All five approaches at once. Visitors can narrow them down to the two they are choosing between.'],
    attributes: { approaches: 'kap iv-infusion iv-integration esketamine at-home' },
    children: FALLBACK_EN,
  },
  {
    id: 'dark',
    about: 'near-black site, no theme',
    title: 'On a dark site',
    bodyClass: 'dark-site',
    intro: ["A near-black theme that sets only text and background colours. Without a theme attribute, the widget takes the page's text colour on a transparent background."],
    attributes: { approaches: 'kap iv-infusion iv-integration esketamine at-home' },
    children: `${SCOPE_EN}\n<a slot="cta" href="#contact">Book a free call</a>`,
  },
  {
    id: 'es',
    about: 'Spanish page',
    title: 'Tratamientos con ketamina: en qué se diferencian',
    lang: 'es',
    intro: ['Muchas personas me preguntan en qué se diferencian la psicoterapia asistida con ketamina, las infusiones y el aerosol nasal. Esta comparación le ayuda a preparar sus preguntas para un profesional con licencia; no elige por usted.'],
    attributes: { approaches: 'kap iv-infusion esketamine at-home' },
    children:
      '<p slot="scope">Soy coach de integración, no terapeuta con licencia. No receto ni administro ketamina.</p>\n<a slot="cta" href="#contact">Reserve una llamada gratuita</a>\n<p>Aquí aparece una comparación de tratamientos con ketamina. <a href="https://988lifeline.org/es/">¿En crisis? Llame o envíe un mensaje de texto al 988.</a></p>',
  },
  {
    id: 'themed',
    about: 'themed with parts and custom properties',
    title: 'Themed with parts and custom properties',
    css: ['themed.css'],
    intro: ["The owner's own CSS restyles the widget through its custom properties and ::part() names, without touching its insides."],
    attributes: { theme: 'light', approaches: 'kap iv-infusion esketamine' },
    children: '<a slot="cta" href="#contact">Book a consultation</a>',
  },
  {
    id: 'narrow',
    about: 'a 320px sidebar, and a fixed-height box',
    title: 'In a narrow column',
    layout: 'sidebar',
    intro: [
      'The widget responds to the width of the column it sits in, not the window: in this 320px sidebar it stacks every row, and each value carries its approach name, even on a wide screen.',
      "Below, a fixed-height box like Wix's Embed HTML: the widget scrolls inside it and nothing is cut off.",
    ],
    after: ['<iframe src="embed.html" title="Ketamine treatment comparison in a fixed-height box" width="100%" height="420"></iframe>'],
    attributes: { approaches: 'kap iv-infusion iv-integration esketamine at-home' },
  },
  {
    id: 'embed',
    about: 'the page inside the fixed-height box',
    title: 'Ketamine treatments compared',
    layout: 'bare',
    attributes: { theme: 'light' },
  },
  {
    id: 'custom',
    about: "a practice's own dataset (src)",
    title: 'How our two programs compare',
    intro: ["A practice's own comparison, in the same format as the bundled one, loaded from its own site with src."],
    attributes: { src: 'data/our-programs.json' },
    children: '<p>How our group circle and one-to-one integration compare.</p>',
  },
  {
    id: 'wix',
    about: "attributes only, as Wix's Custom Element sets them",
    title: 'Set up with attributes only',
    intro: ["Wix's Custom Element can only set attributes: the scope statement, call to action and accent colour come from them."],
    attributes: {
      approaches: 'kap esketamine',
      scope: 'I am an integration coach, not a licensed therapist or medical provider.',
      'cta-text': 'Book a free call',
      'cta-href': 'https://example.com/contact',
      accent: '#7a3e9d',
    },
  },
];

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/** The snippet for a scenario: the element with its attributes and children (no script). */
export function elementHtml(scenario, twin = '') {
  const attributes = Object.entries(scenario.attributes ?? {})
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  const children = [twin, scenario.children ?? ''].filter(Boolean).join('\n');
  return `<ketamine-compare${attributes}>${children ? `\n${children}\n` : ''}</ketamine-compare>`;
}

/**
 * A whole page for a scenario, as an owner's site would serve it.
 * - `copies`: how many widgets (the bench puts 50 on a page);
 * - `script`: where the script tag goes: `before` the element (what the configurator writes), `after` it, as a
 *   `module`, or `none` (the bench's static twin);
 * - `twin`: markup put first inside every element (the bench's declarative shadow root);
 * - `head`: more HTML for <head> (the bench's probe);
 * - `base`: the path from the page to demo/ (the bench's pages are elsewhere); dist/ is beside demo/.
 */
export function pageHtml(scenario, { copies = 1, script = 'before', twin = '', head = '', base = '' } = {}) {
  const src = `${base}../dist/ketamine-compare.js`;
  const tag = script === 'module' ? `<script type="module" src="${src}"></script>` : script === 'none' ? '' : `<script src="${src}"></script>`;
  const lang = scenario.lang ?? 'en';
  // A hand-written page in a language the script does not carry (all but English), without the configurator's plain
  // copy, loads that language's first view with a tag of its own before the script: drawn before the page is first
  // shown, where the one-line fallback would otherwise be replaced after it (docs/bundlers.md).
  const firstView = script === 'before' && lang !== 'en' && `<script src="${base}../dist/ketamine-compare.${lang}.js"></script>`;
  const widgets = Array.from({ length: copies }, () => elementHtml(scenario, twin)).join('\n');
  const widget = [firstView, script === 'before' && tag, widgets, script !== 'before' && tag].filter(Boolean).join('\n');
  const css = ['blog.css', ...(scenario.css ?? [])].map((file) => `<link rel="stylesheet" href="${base}${file}" />`).join('\n    ');
  const head_ = `<meta charset="utf-8" />\n    <meta name="viewport" content="width=device-width, initial-scale=1" />\n    <title>${scenario.title}</title>\n    ${css}${head ? `\n    ${head}` : ''}`;
  if (scenario.layout === 'bare') return `<!doctype html>\n<html lang="${lang}">\n  <head>\n    ${head_}\n    <style>body { margin: 0; background: #fff; }</style>\n  </head>\n  <body>\n${widget}\n  </body>\n</html>\n`;
  const article = [`<h1>${scenario.title}</h1>`, ...(scenario.intro ?? []).map((text) => `<p>${text}</p>`), scenario.layout === 'sidebar' ? '' : widget, ...(scenario.after ?? [])].filter(Boolean).join('\n');
  const main = scenario.layout === 'sidebar' ? `<main class="with-sidebar">\n<article>\n${article}\n</article>\n<aside>\n${widget}\n</aside>\n</main>` : `<main>\n<article>\n${article}\n</article>\n</main>`;
  return `<!doctype html>
<html lang="${lang}">
  <head>
    ${head_}
  </head>
  <body${scenario.bodyClass ? ` class="${scenario.bodyClass}"` : ''}>
<header class="site-header">
<a class="brand" href="#">Riverbend Integration</a>
<nav><a href="${base}configurator.html">Make your own snippet</a> <a href="${base}index.html">Demos</a> <a href="#contact">Contact</a></nav>
</header>
${main}
<footer class="site-footer" id="contact">
<p>Demo pages: ${SCENARIOS.filter((s) => s.layout !== 'bare').map((s) => `<a href="${base}${s.id}.html">${s.about}</a>`).join(' · ')} · <a href="${base}configurator.html">the snippet configurator</a></p>
</footer>
  </body>
</html>
`;
}
