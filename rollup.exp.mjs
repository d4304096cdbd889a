import config from './rollup.config.mjs';
const main = config[0];
export default { ...main, input: process.env.IN, output: { file: 'dist/exp/out.js', format: 'iife' }, plugins: main.plugins.filter(p => p && p.name !== 'lazy-languages') };
