// A blog that is not UTF-8, as many older sites are, for tests/charset.test.ts. Under /tests/charset/<charset>/:
//   page.html?lang=xx     a page with the script (from this same folder) and one <ketamine-compare lang="xx">, its own
//                         text written in <charset>: `windows-1252` says so in its Content-Type, `iso-8859-1` in a
//                         <meta charset> (browsers read both as windows-1252, as they read a page that names no
//                         charset in Western locales: not testable in a frame, which takes its parent's), and `utf-8` is the usual
//   ketamine-compare*.js  the file from dist/, as a plain server sends it: `Content-Type: text/javascript`, with no
//                         charset (`utf-8` pages get `; charset=utf-8`), so the browser decodes it in the page's
//                         charset unless the file itself says otherwise (a byte order mark) or is plain ASCII
import { readFileSync } from 'node:fs';
import { injectClock } from './clock.mjs';

export function nonUtf8Page(context, next) {
  const match = /^\/tests\/charset\/(utf-8|windows-1252|iso-8859-1)\/([\w.-]+)$/.exec(context.path);
  if (!match) return next();
  const [, charset, file] = match;
  const named = charset === 'iso-8859-1' ? '' : `; charset=${charset}`;
  const meta = charset === 'iso-8859-1' ? `<meta charset="${charset}">` : '';
  if (file === 'page.html') {
    const lang = context.query.lang === 'es' ? 'es' : 'en';
    // The page's own words with a character past ASCII, so its charset shows in its bytes (ó is 0xF3 in windows-1252).
    const html = injectClock(`<!doctype html><html lang="${lang}"><head>${meta}<title>Comparación</title><script src="/tests/pages/record-errors.js"></script></head>
<body><p id="own">Comparación</p><script src="ketamine-compare.js"></script><ketamine-compare lang="${lang}"></ketamine-compare></body></html>`);
    context.set('Content-Type', `text/html${named}`);
    context.body = Buffer.from(html, charset === 'utf-8' ? 'utf8' : 'latin1');
    return;
  }
  context.set('Content-Type', `text/javascript${charset === 'utf-8' ? named : ''}`);
  context.body = readFileSync(`dist/${file}`);
}
