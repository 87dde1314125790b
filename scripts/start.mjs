// `npm start`: build when the sources are newer than the last build, then run the server
// (or, with --worker, only the outbox worker).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { builtAt, needsBuild } from './lib/build-stamp.mjs';

// Node 24 and 22 are supported (package.json engines; CI runs both). Node 20 is past its end of life:
// it still starts today, untested, so say so once instead of refusing.
if (Number(process.versions.node.split('.')[0]) < 22) {
  console.warn(`Node ${process.version} is past its end of life and not supported here: use Node 24 (or 22).`);
}

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (needsBuild(root)) {
  console.log(builtAt(root) ? 'Sources changed since the last build: building…' : 'First start: building the app…');
  // In a child process, so the server does not carry the bundlers' memory for its whole life.
  const build = spawnSync(process.execPath, [path.join(root, 'scripts', 'build.mjs'), '--quiet'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

const entry = process.argv.includes('--worker') ? 'worker.js' : 'server.js';
process.env.NODE_ENV ??= 'development';
await import(pathToFileURL(path.join(root, 'dist', 'server', entry)).href);
