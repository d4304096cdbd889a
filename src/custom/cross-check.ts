/**
 * What JSON Schema cannot say about a dataset, for the custom-dataset checker. Pure: no DOM.
 */
import type { Dataset, Point } from '../data/types.js';
import { answerOf, pointsOf } from '../element/model.js';
import { Problems, type DatasetProblem } from './problems.js';

export type { DatasetProblem };

/**
 * What JSON Schema cannot say about a dataset: ids are unique, every row has a cell for every approach,
 * no cell belongs to an unknown row or approach, every cited source exists, and the crisis lines give 988. Adds to `problems` (which
 * stops describing them at its limit) and returns its list.
 * Call it only on a value that already has the dataset's shape (see validate.ts).
 */
export function crossCheck(data: Dataset, problems = new Problems()): DatasetProblem[] {
  const unique = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach(({ id }, i) => {
      if (seen.has(id)) problems.add(() => `$.${key}[${i}].id`, () => `duplicate id "${id}"`);
      seen.add(id);
    });
    return seen;
  };
  const approaches = unique(data.approaches, 'approaches');
  const rows = unique(data.rows, 'rows');
  const sources = unique(data.sources, 'sources');
  for (const row of rows) {
    for (const approach of approaches) {
      // Own properties only: an id such as "constructor" must not find something on Object.prototype.
      if (!(Object.hasOwn(data.cells, row) && Object.hasOwn(data.cells[row], approach))) problems.add('$.cells', () => `no cell for row "${row}" and approach "${approach}"`);
    }
  }
  for (const [row, byApproach] of Object.entries(data.cells)) {
    if (!rows.has(row)) problems.add(() => `$.cells.${row}`, () => `cells for unknown row "${row}"`);
    for (const [approach, cell] of Object.entries(byApproach)) {
      if (!approaches.has(approach)) problems.add(() => `$.cells.${row}.${approach}`, () => `cell for unknown approach "${approach}"`);
      const cited = (point: Point, at: string) =>
        point.sources.forEach((id, j) => {
          if (!sources.has(id)) problems.add(() => `$.cells.${row}.${approach}${at}.sources[${j}]`, () => `unknown source "${id}"`);
        });
      const answer = answerOf(cell);
      if (answer) cited(answer, '.answer');
      pointsOf(cell).forEach((point, i) => cited(point, `${Array.isArray(cell) ? '' : '.points'}[${i}]`));
    }
  }
  // The crisis line is what the widget must always show (the contract): a dataset whose crisis lines leave out the
  // 988 Lifeline is not used, and the bundled comparison, with its crisis lines, shows instead.
  const crisis = data.crisis.flat().map((part) => (typeof part === 'string' ? part : `${part.text} ${part.href}`)).join(' ');
  if (!crisis.includes('988')) problems.add('$.crisis', 'no crisis line gives the 988 Suicide & Crisis Lifeline (call or text 988)');
  return problems.list;
}
