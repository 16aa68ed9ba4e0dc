// The app's initial JavaScript: the module scripts client/dist/index.html loads and modulepreloads, and every
// module they import statically (not `import()`: lazily loaded chunks such as the GraphQL playground), gzipped.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { CLIENT_DIST } from './paths.mjs';

const ENTRY = /<script\b[^>]*\btype="module"[^>]*\bsrc="([^"]+)"/g;
const PRELOAD = /<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g;
// `import x from "./a.js"`, `import "./a.js"`, `export { x } from "./a.js"` — never `import("./a.js")`.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["'](\.{1,2}\/[^"']+)["']/g;

function fromHtml(url) {
  return join(CLIENT_DIST, url.replace(/^\//, ''));
}

export function initialBundle() {
  const html = join(CLIENT_DIST, 'index.html');
  if (!existsSync(html)) return { gzipKb: null, reason: 'client/dist/index.html is missing: run `npm run build` first', files: [] };
  const text = readFileSync(html, 'utf8');
  const queue = [...text.matchAll(ENTRY), ...text.matchAll(PRELOAD)].map((match) => fromHtml(match[1]));
  const seen = new Set();
  const files = [];
  while (queue.length > 0) {
    const file = resolve(queue.shift());
    if (seen.has(file) || !file.endsWith('.js')) continue;
    seen.add(file);
    const code = readFileSync(file);
    files.push({ file: relative(CLIENT_DIST, file), bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
    for (const match of code.toString('utf8').matchAll(STATIC_IMPORT)) queue.push(join(dirname(file), match[1]));
  }
  const gzipBytes = files.reduce((sum, f) => sum + f.gzipBytes, 0);
  return {
    gzipKb: Math.round((gzipBytes / 1024) * 10) / 10,
    rawKb: Math.round(files.reduce((sum, f) => sum + f.bytes, 0) / 102.4) / 10,
    files,
  };
}
