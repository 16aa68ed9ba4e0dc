// Prints one plain line, `N passed, N failed`, from vitest's JSON report; a file that fails to
// import (no test ran) counts as one failure. Exits 1 when anything failed or the report is missing.
import { existsSync, readFileSync } from 'node:fs';

const reportPath = new URL('../test-results/vitest.json', import.meta.url);
if (!existsSync(reportPath)) {
  console.log('0 passed, 1 failed');
  process.exit(1);
}
const report = JSON.parse(readFileSync(reportPath, 'utf8'));
let passed = 0;
let failed = 0;
for (const file of report.testResults ?? []) {
  const results = file.assertionResults ?? [];
  passed += results.filter((r) => r.status === 'passed').length;
  failed += results.filter((r) => r.status === 'failed').length;
  if (file.status === 'failed' && !results.some((r) => r.status === 'failed')) failed += 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
