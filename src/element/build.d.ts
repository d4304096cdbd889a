// What the build writes into the code (rollup.config.mjs; web-test-runner.config.mjs for the tests).

/** Written by the npm ES build: each part's `import()`, by part name (see parts.module.ts). */
declare module 'ketamine-compare:parts' {
  export const parts: Record<string, () => Promise<Record<string, unknown>>>;
}

/**
 * The words that say the comparison could not be loaded, by language, from each dataset's `ui` (see
 * scripts/datasets.mjs). Declared here, not where it is used: the build replaces the name wherever it appears.
 */
declare const __UNAVAILABLE__: Record<string, string>;
