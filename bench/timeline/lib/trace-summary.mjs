// A Chromium trace of a page's main thread, summed per event (script, style, layout, paint, GC…), so a slow
// phase can be split into JavaScript and rendering work.
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'blink.user_timing'];

export async function startTrace(browser, page) {
  await browser.startTracing(page, { categories: CATEGORIES });
  return async () => JSON.parse((await browser.stopTracing()).toString('utf8'));
}

function mainThread(events) {
  const names = events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  let best = null;
  let most = -1;
  for (const meta of names) {
    const count = events.reduce((n, e) => n + (e.pid === meta.pid && e.tid === meta.tid && e.ph === 'X' ? 1 : 0), 0);
    if (count > most) [best, most] = [meta, count];
  }
  return best;
}

/** Self microseconds per event name over `spans` (sorted by start, parents before their children). */
function selfTimes(spans) {
  const self = new Map();
  const stack = [];
  for (const event of spans) {
    while (stack.length > 0 && stack[stack.length - 1].end <= event.ts) stack.pop();
    const parent = stack[stack.length - 1];
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - event.dur);
    self.set(event.name, (self.get(event.name) ?? 0) + event.dur);
    stack.push({ name: event.name, end: event.ts + event.dur });
  }
  return [...self].map(([name, us]) => ({ name, ms: Math.round(us / 100) / 10 })).sort((a, b) => b.ms - a.ms);
}

/**
 * Self milliseconds per trace event name on the renderer's main thread, largest first, the traced span, and
 * the longest top-level tasks (those that can cost a frame), each split the same way.
 */
export function summarizeTrace(trace, { longTaskMs = 12, longTasks = 8 } = {}) {
  const events = trace.traceEvents ?? trace;
  const main = mainThread(events);
  if (!main) return { spanMs: 0, self: [], long: [] };
  const spans = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && typeof e.dur === 'number')
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const tasks = [];
  for (const event of spans) {
    const current = tasks[tasks.length - 1];
    if (current && event.ts < current.end) current.spans.push(event);
    else tasks.push({ end: event.ts + event.dur, ms: event.dur / 1000, spans: [event] });
  }
  const first = spans[0]?.ts ?? 0;
  const last = spans.reduce((max, e) => Math.max(max, e.ts + e.dur), first);
  const long = tasks.filter((task) => task.ms >= longTaskMs);
  return {
    spanMs: Math.round((last - first) / 1000),
    self: selfTimes(spans).filter((e) => e.ms >= 0.5),
    tasks: tasks.length,
    longCount: long.length,
    long: long
      .sort((a, b) => b.ms - a.ms)
      .slice(0, longTasks)
      .map((task) => ({ ms: Math.round(task.ms * 10) / 10, self: selfTimes(task.spans).filter((e) => e.ms >= 0.5) })),
  };
}
