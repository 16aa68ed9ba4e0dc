// The printed table (figures side by side, with the budgets and whether ours meets them) and the closing JSON.
export const BUDGETS = {
  firstRenderVsPeers10k: 'ours ≤ the faster peer at 10,000',
  firstRenderMs100k: 2000,
  scrollP95Ms10k: 16.7,
  dragCommitMs10k: 50,
  bundleGzipKb: 250,
};
/** rAF timestamps are coarsened to 0.1 ms, so one 60 Hz frame reads 16.6–16.8 ms: "≤ 16.7" is checked as < 17. */
const FRAME_SLACK_MS = 0.3;

function printGrid(title, rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => String(row[i] ?? '').length)));
  const line = (row) =>
    row.map((cell, i) => (i === 0 ? String(cell ?? '').padEnd(widths[i]) : String(cell ?? '').padStart(widths[i]))).join('   ');
  console.log(`\n${title}\n${'-'.repeat(widths.reduce((a, b) => a + b + 3, -3))}`);
  rows.forEach((row, index) => {
    console.log(line(row));
    if (index === 0) console.log('-'.repeat(widths.reduce((a, b) => a + b + 3, -3)));
  });
}

const show = (value) => (value === null || value === undefined ? '—' : value);
const verdict = (pass) => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISS');

/** Budget checks for ours: [label, figure, limit, pass]. */
export function checks(results, bundle) {
  const at10 = results['10000'] ?? {};
  const at100 = results['100000'] ?? {};
  const ours10 = at10.ours ?? {};
  const peers = [at10.svar?.firstRenderMs, at10.dhtmlx?.firstRenderMs].filter((v) => v !== null && v !== undefined);
  const faster = peers.length > 0 ? Math.min(...peers) : null;
  const test = (value, limit, slack = 0) => (value === null || value === undefined || limit === null ? null : value <= limit + slack);
  return [
    [
      'first render, 10,000 (ms)',
      ours10.firstRenderMs,
      faster === null ? 'faster peer: —' : `≤ ${faster} (faster peer)`,
      test(ours10.firstRenderMs, faster),
    ],
    [
      'first render, 100,000 (ms)',
      at100.ours?.firstRenderMs,
      `< ${BUDGETS.firstRenderMs100k}`,
      test(at100.ours?.firstRenderMs, BUDGETS.firstRenderMs100k),
    ],
    [
      'scroll p95 frame, 10,000 (ms)',
      ours10.scrollP95Ms,
      `≤ ${BUDGETS.scrollP95Ms10k}`,
      test(ours10.scrollP95Ms, BUDGETS.scrollP95Ms10k, FRAME_SLACK_MS),
    ],
    ['drag commit, 10,000 (ms)', ours10.dragCommitMs, `≤ ${BUDGETS.dragCommitMs10k}`, test(ours10.dragCommitMs, BUDGETS.dragCommitMs10k)],
    ['initial JS (KB gzip)', bundle.gzipKb, `≤ ${BUDGETS.bundleGzipKb}`, test(bundle.gzipKb, BUDGETS.bundleGzipKb)],
  ];
}

export function printReport({ results, bundle, libs, sizes }) {
  const metrics = [
    ['firstRenderMs', 'first render (ms)'],
    ['dataMs', '  of which data (ms)'],
    ['scrollP95Ms', 'scroll p95 frame (ms)'],
    ['scrollP50Ms', 'scroll p50 frame (ms)'],
    ['scrollMaxMs', 'scroll worst frame (ms)'],
    ['zoomMs', 'zoom year→month (ms)'],
    ['zoomOutMs', 'zoom month→year (ms)'],
    ['dragCommitMs', 'drag commit (ms)'],
    ['runs', 'page loads'],
  ];
  for (const size of sizes) {
    const rows = [['', ...libs]];
    for (const [key, label] of metrics) rows.push([label, ...libs.map((lib) => show(results[size]?.[lib]?.[key]))]);
    printGrid(`Timeline, ${Number(size).toLocaleString('en')} tasks — medians (headless Chromium)`, rows);
    for (const lib of libs) for (const note of results[size]?.[lib]?.notes ?? []) console.log(`  ${lib}: ${note}`);
  }
  console.log(`\nInitial JavaScript of the app: ${show(bundle.gzipKb)} KB gzip (${show(bundle.rawKb)} KB raw) ${bundle.reason ?? ''}`);
  for (const file of bundle.files) console.log(`  ${file.file}  ${Math.round(file.gzipBytes / 102.4) / 10} KB gzip`);
  const rows = [['budget (ours)', 'figure', 'limit', 'verdict']];
  for (const [label, value, limit, pass] of checks(results, bundle)) rows.push([label, show(value), limit, verdict(pass)]);
  printGrid('Budgets', rows);
}
