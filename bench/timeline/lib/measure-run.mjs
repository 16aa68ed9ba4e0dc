// One page load of one library at one size, driven through the page's `window.__bench` probe
// (harness/src/probe): first render, zoom changes, a scripted scroll, scripted drags. Returns the raw samples.
import { VIEWPORT } from './browser.mjs';

export const SCRIPT = {
  /** Zoom changes after the first one (MONTH→YEAR, YEAR→MONTH, …), while the run's time allows. */
  moreZooms: 6,
  /** Rows, then time, at the MONTH level (5 px a day). */
  scroll: [
    { axis: 'y', pxPerSecond: 2400, durationMs: 2000 },
    { axis: 'x', pxPerSecond: 2400, durationMs: 2000 },
  ],
  drags: 3,
  /** Three weeks at the MONTH level: whole cells for the peers, which snap to them. */
  dragDx: 105,
  dragWatchMs: 800,
};

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${Math.round(ms / 1000)} s`)), ms);
  });
  promise.catch(() => {}); // it may still fail after the timeout, when the page is closed: that is expected
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function settle(page) {
  await page.evaluate(() => window.__bench.settle());
  await page.waitForTimeout(300);
}

async function zoom(page, run, step, from, to, zoomTimeoutMs) {
  const ms = await step(
    page.evaluate(([f, t, limit]) => window.__bench.zoom(f, t, limit), [from, to, zoomTimeoutMs]),
    zoomTimeoutMs + 10_000,
    'zoom',
  );
  if (ms === null) throw new Error(`zoom ${from}→${to} not drawn within ${zoomTimeoutMs / 1000} s`);
  (to === 'MONTH' ? run.zoomInMs : run.zoomOutMs).push(ms);
  await step(settle(page), 60_000, 'zoom');
  return ms;
}

/** More zoom samples, alternating, while the run has time left for another one (and a margin). */
async function measureMoreZooms(page, run, step, zoomTimeoutMs, deadline) {
  let level = 'MONTH';
  let last = run.zoomInMs[0] ?? 0;
  for (let i = 0; i < SCRIPT.moreZooms && Date.now() + 2 * last + 2000 < deadline; i += 1) {
    const to = level === 'YEAR' ? 'MONTH' : 'YEAR';
    last = await zoom(page, run, step, level, to, zoomTimeoutMs);
    level = to;
  }
  if (run.zoomInMs.length + run.zoomOutMs.length < SCRIPT.moreZooms + 1) run.notes.push('fewer zoom samples: the run time limit');
}

async function measureScroll(page, run, step) {
  for (const script of SCRIPT.scroll) {
    const deltas = await step(
      page.evaluate((s) => window.__bench.scroll(s), script),
      script.durationMs + 30_000,
      'scroll',
    );
    run.frameMs[script.axis] = deltas;
    await step(settle(page), 60_000, 'scroll');
  }
}

/** Presses the bar, moves it `dragDx` px right in ten steps, releases it; the page times the commit. */
export async function dragOnce(page, target) {
  await page.evaluate(([id, ms]) => window.__bench.armDrag(id, ms), [target.id, SCRIPT.dragWatchMs]);
  await page.mouse.move(target.x, target.y);
  await page.mouse.down();
  await page.mouse.move(target.x + SCRIPT.dragDx, target.y, { steps: 10 });
  await page.mouse.up();
  return page.evaluate(() => window.__bench.dragResult());
}

async function measureDrags(page, run, step) {
  const used = [];
  for (let i = 0; i < SCRIPT.drags; i += 1) {
    const target = await step(
      page.evaluate(([dx, skip]) => window.__bench.pickBar(dx, skip), [SCRIPT.dragDx, used]),
      20_000,
      'drag',
    );
    if (!target) {
      run.notes.push('drag: no draggable bar in view');
      return;
    }
    used.push(target.id);
    const outcome = await step(dragOnce(page, target), 30_000, 'drag');
    if (outcome.ms === null) run.notes.push(`drag: ${outcome.reason}`);
    else run.dragMs.push(outcome.ms);
    // A library may draw the bar at once and then stay busy with the change: note how long the page froze.
    const before = Date.now();
    await step(settle(page), 60_000, 'drag');
    const busy = Date.now() - before;
    if (busy > 1500) run.notes.push(`drag: the page stayed busy ${Math.round(busy / 1000)} s after the drop`);
  }
}

/** `limits`: { firstRenderMs, zoomMs, runMs } — a step past its limit ends the run (the page is closed). */
export async function measureRun({ browser, baseUrl, lib, size, limits }) {
  const run = { lib, size, dataMs: null, firstRenderMs: null, zoomInMs: [], zoomOutMs: [], frameMs: {}, dragMs: [], notes: [], errors: [] };
  const deadline = Date.now() + limits.runMs;
  const step = (promise, ms, what) => {
    const left = deadline - Date.now();
    if (left <= 0) return Promise.reject(new Error(`run time limit (${limits.runMs / 1000} s) reached before ${what}`));
    return withTimeout(promise, Math.min(ms, left), left < ms ? `${what} (cut by the run's ${limits.runMs / 1000} s limit)` : what);
  };
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  // Nothing should leave the machine (vite.config.mjs strips the peers' web fonts); say so if something tries.
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl) && !request.url().startsWith('data:')) run.notes.push(`outside request: ${request.url()}`);
  });
  page.on('pageerror', (error) => run.errors.push(error.message));
  try {
    await page.goto(`${baseUrl}/${lib}.html?n=${size}&timeout=${limits.firstRenderMs}`, {
      waitUntil: 'domcontentloaded',
      timeout: limits.firstRenderMs,
    });
    const first = await step(
      page.evaluate(() => window.__bench.ready),
      limits.firstRenderMs + 10_000,
      'first render',
    );
    Object.assign(run, { dataMs: first.dataMs, firstRenderMs: first.firstRenderMs, rendered: first.rendered });
    if (first.firstRenderMs === null) throw new Error(`first render not complete within ${limits.firstRenderMs / 1000} s`);
    await step(settle(page), 60_000, 'first render');
    // One zoom to MONTH first: scrolling and dragging happen there; more zoom samples come last, as time allows.
    await zoom(page, run, step, 'YEAR', 'MONTH', limits.zoomMs);
    await measureScroll(page, run, step);
    await measureDrags(page, run, step);
    await measureMoreZooms(page, run, step, limits.zoomMs, deadline);
  } catch (error) {
    run.error = error.message.split('\n')[0];
  } finally {
    await context.close().catch(() => {});
  }
  return run;
}
