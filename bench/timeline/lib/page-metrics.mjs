// Chromium's own counters for a page (DevTools Performance.getMetrics): how many style recalculations and
// layouts a phase caused and how long they, and script, took; DOM node count at the end.

export async function startPageMetrics(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await read();
  return async () => {
    const after = await read();
    await cdp.detach();
    const delta = (key) => (after[key] ?? 0) - (before[key] ?? 0);
    const ms = (key) => Math.round(delta(key) * 1000);
    return {
      taskMs: ms('TaskDuration'),
      scriptMs: ms('ScriptDuration'),
      styleMs: ms('RecalcStyleDuration'),
      layoutMs: ms('LayoutDuration'),
      styleRecalcs: delta('RecalcStyleCount'),
      layouts: delta('LayoutCount'),
      nodes: after.Nodes,
    };
  };
}
