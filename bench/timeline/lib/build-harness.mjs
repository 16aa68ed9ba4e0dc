// Builds the harness pages with Vite (production mode, minified like the app) into bench/timeline/dist.
import { join } from 'node:path';
import { build } from 'vite';
import { BENCH_DIR } from './paths.mjs';

export async function buildHarness() {
  await build({ configFile: join(BENCH_DIR, 'vite.config.mjs'), mode: 'production' });
}
