/**
 * Pages that enforce Trusted Types (`require-trusted-types-for 'script'`) and list the policies they allow must
 * allow two: `ketamine-compare` (the files the script loads beside itself, assets.ts) and `lit-html` (Lit's, for
 * its templates). Lit creates its policy as it loads; where the page's list leaves it out, the browser refuses it,
 * Lit cannot load, and the owner's fallback content stays. This says so in the owner's words. It must run before
 * Lit, so it is the entry's first import.
 */
import { PREFIX } from './model.js';

document.addEventListener('securitypolicyviolation', (event) => {
  if (event.violatedDirective === 'trusted-types' && /^(lit-html|ketamine-compare)\b/.test(event.sample)) {
    console.error(
      `${PREFIX} this page's Content-Security-Policy blocks the Trusted Types policy "${event.sample.split(' ')[0]}": add "ketamine-compare lit-html" to its trusted-types list. Until then, visitors see the plain copy.`,
    );
  }
});
