// V8 CPU profiles of a harness page (through the DevTools protocol), summed per function and mapped back to the
// original sources (client/src/…) with the harness build's source maps.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { HARNESS_DIST } from './paths.mjs';

export async function startCpuProfile(page, { intervalUs = 200 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: intervalUs });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    return profile;
  };
}

const maps = new Map();
function mapFor(url) {
  const file = join(HARNESS_DIST, new URL(url).pathname);
  if (!maps.has(file)) maps.set(file, existsSync(`${file}.map`) ? new TraceMap(readFileSync(`${file}.map`, 'utf8')) : null);
  return maps.get(file);
}

/** "client/src/features/timeline/model/layout.ts:104 layoutRows" for a profile node's call frame. */
function describe(frame) {
  const name = frame.functionName || '(anonymous)';
  if (!frame.url.startsWith('http')) return name;
  const map = mapFor(frame.url);
  if (!map) return `${name} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  const at = originalPositionFor(map, { line: frame.lineNumber + 1, column: frame.columnNumber });
  if (!at.source) return `${name} ${frame.url.split('/').pop()}:${frame.lineNumber + 1}`;
  const source = at.source.replace(/^(\.\.\/)+/, '').replace(/^.*node_modules\//, 'node_modules/');
  return `${source}:${at.line} ${at.name ?? name}`;
}

/**
 * Self and total (inclusive) milliseconds per function, largest first. `total` counts a sample once per function
 * however deep the recursion. Idle time is left out of the total.
 */
export function summarizeProfile(profile) {
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const keys = new Map(profile.nodes.map((node) => [node.id, describe(node.callFrame)]));
  const self = new Map();
  const total = new Map();
  let busyMs = 0;
  profile.samples.forEach((id, index) => {
    const ms = (profile.timeDeltas[index + 1] ?? 0) / 1000;
    const key = keys.get(id);
    if (key === '(idle)') return;
    busyMs += ms;
    self.set(key, (self.get(key) ?? 0) + ms);
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const k = keys.get(at);
      if (!seen.has(k)) total.set(k, (total.get(k) ?? 0) + ms);
      seen.add(k);
    }
  });
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]).map(([key, ms]) => ({ key, ms: Math.round(ms * 10) / 10 }));
  return { busyMs: Math.round(busyMs), self: sorted(self), total: sorted(total) };
}
