// Installs the peer libraries into bench/timeline/node_modules (from its own package-lock) when they are missing.
// Only packages from the npm registry; no install scripts run (none of them has one) and no peer dependencies are
// added: React and react-dom come from the repository root, so every page runs the app's own React.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { BENCH_DIR } from './paths.mjs';

const REQUIRED = ['@svar-ui/react-gantt', 'dhtmlx-gantt', '@jridgewell/trace-mapping'];

export function ensurePeerLibraries() {
  const missing = REQUIRED.filter((name) => !existsSync(join(BENCH_DIR, 'node_modules', name, 'package.json')));
  if (missing.length === 0) return;
  console.log(`Installing ${missing.join(', ')} into bench/timeline (npm ci)…`);
  const args = ['ci', '--prefix', BENCH_DIR, '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund'];
  const result = spawnSync('npm', args, { stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed`);
}
