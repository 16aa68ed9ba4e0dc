// Which code was measured: the commit, and a fingerprint of the timeline feature's sources (which may carry
// uncommitted changes while the feature is being worked on).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { REPO_DIR } from './paths.mjs';

const FEATURE = join(REPO_DIR, 'client/src/features/timeline');

function filesUnder(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesUnder(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}

function git(...args) {
  try {
    return execFileSync('git', args, { cwd: REPO_DIR, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

export function sourceInfo() {
  const hash = createHash('sha1');
  for (const file of filesUnder(FEATURE).sort()) hash.update(relative(REPO_DIR, file)).update(readFileSync(file));
  const changed = git('status', '--porcelain', '--', 'client/src/features/timeline');
  return {
    commit: git('rev-parse', '--short', 'HEAD'),
    timelineSourcesSha1: hash.digest('hex').slice(0, 12),
    timelineUncommitted: changed === null ? null : changed.length > 0,
  };
}
