// `npm start`: build when the sources are newer than the last build, then run the server
// (or, with --worker, only the outbox worker).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Node 24 and 22 are supported (package.json engines; CI runs both). Node 20 is past its end of life:
// it still starts today, untested, so say so once instead of refusing.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.warn(`Node ${process.version} is past its end of life and not supported here: use Node 24 (or 22).`);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const stamp = path.join(root, 'dist', '.build-stamp');
const sources = ['server', 'contract', 'web', 'package.json', 'vite.config.ts'];

function newestChange(entry) {
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (child === 'node_modules' || child.endsWith('.test.ts')) continue;
    newest = Math.max(newest, newestChange(path.join(entry, child)));
  }
  return newest;
}

const builtAt = existsSync(stamp) ? statSync(stamp).mtimeMs : 0;
const changedAt = Math.max(...sources.map((entry) => path.join(root, entry)).filter(existsSync).map(newestChange));
if (changedAt > builtAt) {
  console.log(builtAt ? 'Sources changed since the last build: building…' : 'First start: building the app…');
  // In a child process, so the server does not carry the bundlers' memory for its whole life.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const entry = process.argv.includes('--worker') ? 'worker.js' : 'server.js';
process.env.NODE_ENV ??= 'development';
await import(pathToFileURL(path.join(root, 'dist', 'server', entry)).href);
