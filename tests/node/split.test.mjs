// How the build splits a bundled dataset (scripts/datasets.mjs `split`): the script carries the short answers of the
// core rows in the columns shown at first and a skeleton of the sources; the later file every point, the other rows and the sources in full. A
// core cell written as a list of points (no short answer) stays whole in the script. Run by `npm test` (node --test).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { split } from '../../scripts/datasets.mjs';

const dataset = {
  $schema: './schema.json',
  lang: 'en',
  title: 'T',
  reviewed: '2026-01-01',
  ui: {},
  approaches: [{ id: 'kap', name: 'KAP' }, { id: 'at-home', name: 'At home' }],
  rows: [
    { id: 'answered', name: 'Q1', core: true },
    { id: 'listed', name: 'Q2', core: true },
    { id: 'later', name: 'Q3', core: false },
  ],
  cells: {
    answered: {
      kap: { answer: { text: 'Short.', sources: ['label', 'blog'], until: '2027-01-01' }, points: [{ text: 'Long.', sources: ['blog'] }] },
      'at-home': { answer: { text: 'Home short.', sources: ['label'] }, points: [{ text: 'Home long.', sources: ['label'] }] },
    },
    listed: { kap: [{ text: 'Only point.', sources: ['label'] }] },
    later: { kap: { answer: { text: 'Later short.', sources: ['label'] }, points: [{ text: 'Later long.', sources: ['label'] }] } },
  },
  disclaimers: [['D']],
  crisis: [['C']],
  sources: [
    { id: 'label', citation: 'The label.', url: 'https://example.com' },
    { id: 'blog', citation: 'A blog.', blog: true },
  ],
};

test('the script carries the core rows\' short answers, old-shape core cells whole, and a skeleton of the sources', () => {
  const { core } = split(dataset);
  assert.equal(core.$schema, undefined);
  assert.deepEqual(core.cells, {
    answered: { kap: { answer: { text: 'Short.', sources: ['1', '2'], until: '2027-01-01' } } },
    listed: { kap: [{ text: 'Only point.', sources: ['1'] }] },
  });
  assert.deepEqual(core.sources, [{}, { blog: true }]);
  assert.deepEqual(core.rows, dataset.rows);
  assert.deepEqual([core.ui, core.disclaimers, core.crisis, core.approaches], [dataset.ui, dataset.disclaimers, dataset.crisis, dataset.approaches]);
});

test('the later file carries every point, the other rows whole and the sources in full', () => {
  const { later } = split(dataset);
  assert.deepEqual(later.cells, {
    // a column not shown at first (src/element/default-approaches.json) comes whole with the rest, as a row does
    answered: { kap: { points: [{ text: 'Long.', sources: ['2'] }] }, 'at-home': { answer: { text: 'Home short.', sources: ['1'] }, points: [{ text: 'Home long.', sources: ['1'] }] } },
    later: { kap: { answer: { text: 'Later short.', sources: ['1'] }, points: [{ text: 'Later long.', sources: ['1'] }] } },
  });
  assert.deepEqual(later.sources, [
    { id: '1', citation: 'The label.', url: 'https://example.com' },
    { id: '2', citation: 'A blog.', blog: true },
  ]);
});

test('nothing is lost: every cell is in one file or the other, and each of its parts in exactly one', () => {
  const { core, later } = split(dataset);
  for (const row of dataset.rows) {
    const [now, then] = [core.cells[row.id]?.kap, later.cells[row.id]?.kap];
    assert.ok(now || then, row.id);
    if (now && then) assert.deepEqual(Object.keys({ ...now, ...then }).sort(), Object.keys(dataset.cells[row.id].kap).sort(), row.id);
  }
});
