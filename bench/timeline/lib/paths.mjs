// Where the timeline bench keeps things. Results go under bench/.work/timeline (git-ignored).
import { fileURLToPath } from 'node:url';

const at = (path) => fileURLToPath(new URL(path, import.meta.url));

export const BENCH_DIR = at('..');
export const REPO_DIR = at('../../..');
export const HARNESS_DIST = at('../dist');
export const WORK_DIR = at('../../.work/timeline');
export const CLIENT_DIST = at('../../../client/dist');
