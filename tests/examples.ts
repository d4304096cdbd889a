/**
 * The demo pages, named once: the a11y and layout tests open every one of them, so a new demo page is
 * checked as soon as it is listed here.
 */
export const DEMO_PAGES = [
  { page: 'index.html', about: 'light blog page' },
  { page: 'dark.html', about: 'near-black site, no theme' },
  { page: 'es.html', about: 'Spanish page' },
  { page: 'themed.html', about: 'themed with parts and custom properties' },
  { page: 'narrow.html', about: 'narrow sidebar column and a fixed-height box' },
  { page: 'embed.html', about: 'the page inside the fixed-height box' },
  { page: 'configurator.html', about: 'the snippet configurator' },
];

export const ALL_ROWS = 'route dose-depth can-talk duration support-role scope setting course recovery regulatory side-effects evidence';
