export function median(values) {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export function printTable(title, rows) {
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => String(row[i]).length)));
  console.log(`\n${title}\n${'-'.repeat(widths[0] + widths[1] + widths[2] + 6)}`);
  for (const row of rows) console.log(row.map((cell, i) => String(cell).padEnd(widths[i])).join('   '));
  console.log('');
}
