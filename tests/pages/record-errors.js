// Loaded first by every test page: records what would show in the console, so tests can assert there is none.
window.pageErrors = [];
addEventListener('error', (event) => window.pageErrors.push(String(event.message)));
addEventListener('unhandledrejection', (event) => window.pageErrors.push(String(event.reason)));
const consoleError = console.error;
console.error = (...args) => {
  window.pageErrors.push(args.map(String).join(' '));
  consoleError(...args);
};
document.addEventListener('securitypolicyviolation', (event) =>
  window.pageErrors.push(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`),
);
