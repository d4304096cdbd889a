/**
 * The pages the tests open: every named scenario's demo page (demo/scenarios.mjs), at the widths it is meant
 * for, and the configurator. A new scenario is checked as soon as it is listed there.
 */
import { SCENARIOS } from '../demo/scenarios.mjs';
import type { Dataset } from '../src/data/types.js';

export const DEMO_PAGES = [
  ...SCENARIOS.map((scenario) => ({ page: `${scenario.id}.html`, about: scenario.about, widths: scenario.widths ?? [1280, 360] })),
  { page: 'configurator.html', about: 'the snippet configurator', widths: [1280, 360] },
];

export const ALL_ROWS = 'route dose-depth can-talk duration support-role scope setting course recovery regulatory side-effects evidence';

/**
 * A small custom dataset in the new shape: each cell a short answer with its points (the details); one point
 * past its `until` in 2027, one source a practice's blog, a side-effects row that starts hidden. Its words are the
 * bundled English ones the element falls back to, except those a test looks for.
 */
export const ANSWERED = {
  lang: 'en',
  title: 'Two ways compared',
  reviewed: '2026-10-01',
  ui: { toggles: 'Show these questions:', crisis: 'Help now', disclaimers: 'Notes', sources: 'Sources', reviewed: 'Reviewed', shown: 'shown', hidden: 'hidden', cta: 'From this practice', details: 'Details' },
  approaches: [
    { id: 'pill', name: 'Pill by mouth', short: 'Pill' },
    { id: 'shot', name: 'Shot in a muscle', short: 'Shot' },
  ],
  rows: [
    { id: 'route', name: 'How is it given?', core: true },
    { id: 'cost', name: 'What does it cost?', core: true },
    { id: 'side-effects', name: 'Side effects', core: false },
  ],
  cells: {
    route: {
      pill: { answer: { text: 'By mouth.', sources: ['label'] }, points: [{ text: 'Taken with water, once a day.', sources: ['label', 'blog-post'] }] },
      shot: { answer: { text: 'In a muscle.', sources: ['blog-post'] } },
    },
    cost: {
      pill: { answer: { text: 'About $20 a month.', sources: ['label'], until: '2027-06-30' }, points: [{ text: 'Covered by most plans.', sources: ['label'], until: '2027-01-31' }] },
      shot: { answer: { text: 'About $90 a visit.', sources: ['label'] }, points: [{ text: 'Some plans pay part.', sources: ['label'] }] },
    },
    'side-effects': {
      pill: { answer: { text: 'Upset stomach.', sources: ['label'] }, points: [{ text: 'Rarely, a rash.', sources: ['label'] }] },
      shot: { answer: { text: 'A sore arm.', sources: ['label'] }, points: [{ text: 'Rarely, dizziness.', sources: ['label'] }] },
    },
  },
  disclaimers: [['For education only.']],
  crisis: [['Call or text ', { text: '988', href: 'tel:988' }, ' (US).']],
  sources: [
    { id: 'label', citation: 'The drug label, 2026.', url: 'https://example.com/label' },
    { id: 'blog-post', citation: 'A practice blog post, 2026.', url: 'https://example.com/blog', blog: true },
  ],
} as unknown as Dataset;

/** The same comparison written as datasets were before short answers: each cell a list of points. */
export const OLD_SHAPE = {
  ...ANSWERED,
  title: 'Two ways compared, points only',
  cells: {
    route: { pill: [{ text: 'By mouth.', sources: ['label'] }, { text: 'Taken with water.', sources: ['label'] }], shot: [{ text: 'In a muscle.', sources: ['blog-post'] }] },
    cost: { pill: [{ text: 'About $20 a month.', sources: ['label'] }], shot: [{ text: 'About $90 a visit.', sources: ['label'] }] },
    'side-effects': { pill: [{ text: 'Upset stomach.', sources: ['label'] }], shot: [{ text: 'A sore arm.', sources: ['label'] }] },
  },
} as unknown as Dataset;
