// A static file server on loopback for the built harness pages (and an empty page at /blank). No app server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { HARNESS_DIST } from './paths.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

function fileFor(urlPath) {
  return join(HARNESS_DIST, normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, ''));
}

/** Files are read once and answered from memory, so the disk is out of the timings. */
const cache = new Map();
function readCached(file) {
  const mtime = statSync(file).mtimeMs;
  const hit = cache.get(file);
  if (hit && hit.mtime === mtime) return hit.body;
  const body = readFileSync(file);
  cache.set(file, { mtime, body });
  return body;
}

export function serveStatic() {
  const server = createServer((request, response) => {
    if (request.url === '/blank') {
      response.writeHead(200, { 'content-type': TYPES['.html'] }).end('<!doctype html><title>blank</title>');
      return;
    }
    const file = fileFor(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (!existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404).end();
      return;
    }
    const body = readCached(file);
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({ url: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) });
    });
  });
}
