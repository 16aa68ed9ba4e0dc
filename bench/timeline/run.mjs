// `npm run bench:timeline`: the timeline (ours: the app's TimelineView) against SVAR React Gantt and DHTMLX Gantt,
// with 10,000 and 100,000 generated tasks, in headless Chromium. See README.md beside this file.
// Environment (all optional): BENCH_RUNS (page loads per library and size; default 5 at 10,000 and 3 at 100,000),
// BENCH_SIZES (e.g. "10000"), BENCH_LIBS (e.g. "ours", while working; the budgets need all three).
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { launchBrowser } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { initialBundle } from './lib/bundle-size.mjs';
import { describeDatasets } from './lib/dataset.mjs';
import { ensurePeerLibraries } from './lib/ensure-deps.mjs';
import { measureRun } from './lib/measure-run.mjs';
import { WORK_DIR } from './lib/paths.mjs';
import { BUDGETS, checks, printReport } from './lib/report.mjs';
import { serveStatic } from './lib/serve.mjs';
import { sourceInfo } from './lib/source-info.mjs';
import { summarize } from './lib/summarize.mjs';

const LIBS = (process.env.BENCH_LIBS ?? 'ours,svar,dhtmlx').split(',');
const SIZES = (process.env.BENCH_SIZES ?? '10000,100000').split(',').map(Number);
const runsFor = (size) => Number(process.env.BENCH_RUNS ?? (size >= 100000 ? 3 : 5));
/** Per page load; a library that needs more is cut off there and reported with the reason. */
const LIMITS = {
  10000: { firstRenderMs: 30_000, zoomMs: 20_000, runMs: 60_000 },
  100000: { firstRenderMs: 60_000, zoomMs: 30_000, runMs: 90_000 },
};
const limitsFor = (size) => LIMITS[size] ?? LIMITS[100000];

const started = Date.now();
const loadBefore = loadavg()[0];
ensurePeerLibraries();
const dataset = describeDatasets({ sizes: SIZES });
console.log('Datasets (generated in each page, the same for every library):');
for (const [size, d] of Object.entries(dataset)) {
  console.log(
    `  ${size}: ${d.units} lead units, ${d.dependencies} dependencies, ${d.milestones} milestones, ${d.unknownDates} with an unknown date, ${d.derivedDates} derived due dates (${d.jsonMb} MB as JSON)`,
  );
}
console.log('Building the harness pages (Vite)…');
await buildHarness();

const server = await serveStatic();
const browser = await launchBrowser();
const chromium = browser.version();
const raw = Object.fromEntries(SIZES.map((size) => [size, Object.fromEntries(LIBS.map((lib) => [lib, []]))]));
const ms = (value) => (value === null || value === undefined ? '—' : `${Math.round(value)} ms`);
try {
  for (let round = 1; round <= Math.max(...SIZES.map(runsFor)); round += 1) {
    for (const size of SIZES) {
      if (round > runsFor(size)) continue;
      for (const lib of LIBS) {
        const runs = raw[size][lib];
        // A library that hit a limit (or came close) once is not loaded again at that size: the bench stays bounded.
        if (runs.some((run) => run.error || run.elapsedMs > 0.75 * limitsFor(size).runMs)) continue;
        const t0 = Date.now();
        const run = await measureRun({ browser, baseUrl: server.url, lib, size, limits: limitsFor(size) });
        run.elapsedMs = Date.now() - t0;
        runs.push(run);
        const p95 = summarize([run]).scrollP95Ms;
        console.log(
          `  ${lib.padEnd(6)} ${String(size).padStart(6)}  #${round}  first render ${ms(run.firstRenderMs)} · zoom ${ms(run.zoomInMs[0])} · ` +
            `scroll p95 ${ms(p95)} · drag ${ms(run.dragMs[0])}  (${Math.round(run.elapsedMs / 1000)} s)${run.error ? `  ✗ ${run.error}` : ''}`,
        );
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
}

const results = {};
for (const size of SIZES) results[size] = Object.fromEntries(LIBS.map((lib) => [lib, summarize(raw[size][lib])]));
const bundle = initialBundle();
printReport({ results, bundle, libs: LIBS, sizes: SIZES });

const machine = {
  cpus: cpus().length,
  loadAvg1mBefore: Math.round(loadBefore * 100) / 100,
  loadAvg1mAfter: Math.round(loadavg()[0] * 100) / 100,
  chromium,
};
const budgets = Object.fromEntries(
  checks(results, bundle).map(([label, value, limit, pass]) => [label, { value: value ?? null, limit, pass }]),
);
const summary = {
  ...results,
  bundleGzipKb: bundle.gzipKb,
  budgets,
  dataset,
  machine,
  source: sourceInfo(),
  elapsedS: Math.round((Date.now() - started) / 1000),
};
mkdirSync(WORK_DIR, { recursive: true });
writeFileSync(join(WORK_DIR, 'results.json'), JSON.stringify({ summary, raw, bundle, BUDGETS }, null, 2));
console.log(
  `\nLoad average (1 min) ${machine.loadAvg1mBefore} before, ${machine.loadAvg1mAfter} after, on ${machine.cpus} cores; ${summary.elapsedS} s in all. Raw samples: bench/.work/timeline/results.json`,
);
console.log(JSON.stringify(summary));
