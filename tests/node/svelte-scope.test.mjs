// Svelte 5's compiler and the `scope` attribute (docs/hosts.md): it warns on the attribute, and the three
// documented forms compile without a warning. If a Svelte release stops warning, the docs can say so.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { compile } from 'svelte/compiler';

const codes = (source) => compile(source, { generate: 'client' }).warnings.map((warning) => warning.code);

test('Svelte warns on a scope attribute of <ketamine-compare>', () => {
  assert.deepEqual(codes('<ketamine-compare scope="I am a coach."></ketamine-compare>'), ['a11y_misplaced_scope']);
});

test('the documented forms compile without warnings', () => {
  for (const source of [
    '<ketamine-compare><p slot="scope">I am a coach.</p></ketamine-compare>',
    `<ketamine-compare {...{ scope: 'I am a coach.' }}></ketamine-compare>`,
    '<!-- svelte-ignore a11y_misplaced_scope -->\n<ketamine-compare scope="I am a coach."></ketamine-compare>',
  ]) {
    assert.deepEqual(codes(source), [], source);
  }
});
