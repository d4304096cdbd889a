// `npm start` (scripts/start.mjs): serves the project root so demo/ pages load ../dist/ketamine-compare.js as a
// site would, and opens the configurator, where a site owner starts.
export default {
  rootDir: '.',
  hostname: '127.0.0.1',
  port: Number(process.env.PORT ?? 8000),
  open: process.env.CI ? false : '/demo/configurator.html',
};
