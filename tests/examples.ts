/**
 * The pages the tests open: every named scenario's demo page (demo/scenarios.mjs), at the widths it is meant
 * for, and the configurator. A new scenario is checked as soon as it is listed there.
 */
import { SCENARIOS } from '../demo/scenarios.mjs';

export const DEMO_PAGES = [
  ...SCENARIOS.map((scenario) => ({ page: `${scenario.id}.html`, about: scenario.about, widths: scenario.widths ?? [1280, 360] })),
  { page: 'configurator.html', about: 'the snippet configurator', widths: [1280, 360] },
];

export const ALL_ROWS = 'route dose-depth can-talk duration support-role scope setting course recovery regulatory side-effects evidence';
