import { expect } from '@open-wc/testing';
import en from '../src/data/en.json' with { type: 'json' };
import { escapeHtml } from '../src/configurator/html.js';
import { jsonPath, validate } from '../src/custom/validate.js';

describe('validate: jsonPath', () => {
  const cases: Array<[string, string]> = [
    ['', '$'],
    ['#', '$'],
    ['#/rows/2/id', '$.rows[2].id'],
    ['#/cells/can-talk/kap/0', '$.cells.can-talk.kap[0]'],
    ['#/cells/a b/x', '$.cells["a b"].x'],
    ['#/a~1b/c~0d', '$["a/b"]["c~d"]'],
  ];
  for (const [pointer, path] of cases) it(`${JSON.stringify(pointer)} is ${path}`, () => expect(jsonPath(pointer)).to.equal(path));
});

describe('validate: problems in plain words', () => {
  const change = (edit: (data: Record<string, unknown>) => void) => {
    const data = JSON.parse(JSON.stringify(en));
    edit(data);
    return validate(data);
  };
  const cases: Array<[string, (data: Record<string, unknown>) => void, { path: string; message: string }]> = [
    ['a missing field', (d) => delete d.crisis, { path: '$.crisis', message: 'missing (required)' }],
    ['an unknown field', (d) => (d.extra = 1), { path: '$.extra', message: 'not allowed: unknown field' }],
    ['a wrong type', (d) => (d.reviewed = 1), { path: '$.reviewed', message: 'type "number" is invalid. Expected "string"' }],
    ['an empty cell', (d) => ((d.cells as Record<string, Record<string, unknown>>)['can-talk'].kap = []), { path: '$.cells.can-talk.kap', message: 'Array has too few items (0 < 1)' }],
  ];
  for (const [name, edit, problem] of cases) it(name, () => expect(change(edit)).to.deep.equal([problem]));
});

describe('html: escapeHtml', () => {
  const cases: Array<[string, string]> = [
    ['plain', 'plain'],
    ['<img src=x onerror="a">', '&#60;img src=x onerror=&#34;a&#34;&#62;'],
    ["Tom & Jerry's", 'Tom &#38; Jerry&#39;s'],
  ];
  for (const [text, escaped] of cases) it(`${JSON.stringify(text)}`, () => expect(escapeHtml(text)).to.equal(escaped));
});
