/**
 * Every bundled dataset, whole, by language: a module the configurator's build writes from the files in
 * src/data (rollup.config.mjs, with `languages()` from scripts/datasets.mjs), so adding a language there adds
 * it to the configurator's language list too.
 */
declare module 'ketamine-compare:datasets' {
  const datasets: Record<string, import('../data/types.js').Dataset>;
  export default datasets;
}
