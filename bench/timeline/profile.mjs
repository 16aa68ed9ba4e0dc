// Where the time goes in one library's page, phase by phase: `node bench/timeline/profile.mjs [ours|svar|dhtmlx] [10000]`.
// For each phase (first render, zoom, scroll, drag) it prints the main thread's work by kind (script, style,
// layout, paint… from a Chromium trace) and the functions that cost the most (a V8 CPU profile mapped back to
// client/src/… through the harness's source maps). Profiling slows the page: read the shares, not the totals.
import { launchBrowser, VIEWPORT } from './lib/browser.mjs';
import { buildHarness } from './lib/build-harness.mjs';
import { startCpuProfile, summarizeProfile } from './lib/cpu-profile.mjs';
import { startPageMetrics } from './lib/page-metrics.mjs';
import { ensurePeerLibraries } from './lib/ensure-deps.mjs';
import { dragOnce, SCRIPT } from './lib/measure-run.mjs';
import { serveStatic } from './lib/serve.mjs';
import { startTrace, summarizeTrace } from './lib/trace-summary.mjs';

const [lib = 'ours', size = '10000'] = process.argv.slice(2);
const TOP = Number(process.env.PROFILE_TOP ?? 14);

function print(title, trace, cpu, metrics) {
  console.log(`\n=== ${title}: ${trace.spanMs} ms traced, ${cpu.busyMs} ms of JavaScript sampled`);
  const m = metrics;
  console.log(
    `  Chromium counters: tasks ${m.taskMs} ms, script ${m.scriptMs} ms, style ${m.styleMs} ms (${m.styleRecalcs}×), layout ${m.layoutMs} ms (${m.layouts}×); ${m.nodes} DOM nodes`,
  );
  console.log('  main thread, self time by kind:');
  for (const { name, ms } of trace.self.slice(0, 10)) console.log(`    ${String(ms).padStart(8)} ms  ${name}`);
  console.log(`  top-level tasks ≥ 12 ms (each can cost a frame): ${trace.longCount} of ${trace.tasks}; the longest:`);
  for (const task of trace.long)
    console.log(
      `    ${String(task.ms).padStart(8)} ms  ${task.self
        .slice(0, 7)
        .map((e) => `${e.name} ${e.ms}`)
        .join(', ')}`,
    );
  console.log('  functions, self time:');
  for (const { key, ms } of cpu.self.slice(0, TOP)) console.log(`    ${String(ms).padStart(8)} ms  ${key}`);
  console.log('  our code (client/src), total time including callees:');
  for (const { key, ms } of cpu.total.filter((e) => e.key.startsWith('client/src')).slice(0, TOP))
    console.log(`    ${String(ms).padStart(8)} ms  ${key}`);
}

async function phase(browser, page, title, action) {
  const stopMetrics = await startPageMetrics(page);
  const stopTrace = await startTrace(browser, page);
  const stopCpu = await startCpuProfile(page);
  const result = await action();
  const profile = await stopCpu();
  const trace = await stopTrace();
  const metrics = await stopMetrics();
  print(title, summarizeTrace(trace), summarizeProfile(profile), metrics);
  await page.evaluate(() => window.__bench.settle());
  return result;
}

ensurePeerLibraries();
await buildHarness();
const server = await serveStatic();
const browser = await launchBrowser();
try {
  const page = await browser.newPage({ viewport: VIEWPORT });
  // A same-origin page first, so that the profiler attached to it follows the navigation to the harness.
  await page.goto(`${server.url}/blank`);
  const first = await phase(browser, page, `${lib}, ${size} tasks — first render (from navigation)`, async () => {
    await page.goto(`${server.url}/${lib}.html?n=${size}`, { waitUntil: 'domcontentloaded' });
    return page.evaluate(() => window.__bench.ready);
  });
  console.log(`  (first render ${Math.round(first.firstRenderMs)} ms, data ${Math.round(first.dataMs)} ms, while profiled)`);
  await phase(browser, page, 'zoom year → month', () => page.evaluate(() => window.__bench.zoom('YEAR', 'MONTH', 60_000)));
  for (const script of SCRIPT.scroll) {
    await phase(browser, page, `scroll ${script.axis === 'y' ? 'down the rows' : 'along time'}, ${script.pxPerSecond} px/s`, () =>
      page.evaluate((s) => window.__bench.scroll(s), script),
    );
  }
  const target = await page.evaluate((dx) => window.__bench.pickBar(dx, []), SCRIPT.dragDx);
  if (target) {
    await phase(browser, page, 'drag a bar (press, move, release, commit)', () => dragOnce(page, target));
  }
} finally {
  await browser.close();
  await server.close();
}
