// When `npm start` builds first: the sources, or what goes into the bundles, changed since the last
// build (dist/.build-stamp, written by scripts/build.mjs).
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

// package-lock.json: the server's dependencies are bundled too (ADR 0030), so installing others is a change.
const SOURCES = ['server', 'contract', 'web', 'package.json', 'package-lock.json', 'vite.config.ts'];

function newestChangeIn(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestChangeIn(path.join(entry, child)));
  }
  return newest;
}

/** The last change to these files and folders under `root` (test files and node_modules aside), or 0 when none exists. */
export function newestChange(root, entries) {
  return Math.max(0, ...entries.map((entry) => path.join(root, entry)).filter(existsSync).map(newestChangeIn));
}

/** The stamp's time, or 0 when the app was never built. */
export function builtAt(root) {
  const stamp = path.join(root, 'dist', '.build-stamp');
  return existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
}

/** True when a source changed after the last build, or there is none. */
export function needsBuild(root) {
  return newestChange(root, SOURCES) > builtAt(root);
}
