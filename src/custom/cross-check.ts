/**
 * What JSON Schema cannot say about a dataset, for the custom-dataset checker. Pure: no DOM.
 */
import type { Dataset } from '../data/types.js';

export interface DatasetProblem {
  /** Where, as a JSON path such as `$.cells.route.kap[0].sources[1]`. */
  path: string;
  message: string;
}

/**
 * What JSON Schema cannot say about a dataset: ids are unique, every row has a cell for every approach,
 * no cell belongs to an unknown row or approach, and every cited source exists.
 * Call it only on a value that already has the dataset's shape (see validate.ts).
 */
export function crossCheck(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const unique = (list: { id: string }[], key: string) => {
    const seen = new Set<string>();
    list.forEach(({ id }, i) => {
      if (seen.has(id)) problems.push({ path: `$.${key}[${i}].id`, message: `duplicate id "${id}"` });
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
      if (!(Object.hasOwn(data.cells, row) && Object.hasOwn(data.cells[row], approach))) problems.push({ path: `$.cells`, message: `no cell for row "${row}" and approach "${approach}"` });
    }
  }
  for (const [row, byApproach] of Object.entries(data.cells)) {
    if (!rows.has(row)) problems.push({ path: `$.cells.${row}`, message: `cells for unknown row "${row}"` });
    for (const [approach, points] of Object.entries(byApproach)) {
      if (!approaches.has(approach)) problems.push({ path: `$.cells.${row}.${approach}`, message: `cell for unknown approach "${approach}"` });
      points.forEach((point, i) =>
        point.sources.forEach((id, j) => {
          if (!sources.has(id)) problems.push({ path: `$.cells.${row}.${approach}[${i}].sources[${j}]`, message: `unknown source "${id}"` });
        }),
      );
    }
  }
  return problems;
}
