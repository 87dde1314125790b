import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { newestChange } from '../../scripts/lib/build-stamp.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Everything the built web app is made from. */
const sources = ['web', 'contract', 'vite.config.ts', 'package-lock.json'];
const builtIndex = path.join(root, 'dist', 'web', 'index.html');

/** Builds the web app once per run, and only when dist/web is missing or older than its sources. */
export default async function setup() {
  const builtAt = existsSync(builtIndex) ? statSync(builtIndex).mtimeMs : 0;
  const changedAt = newestChange(root, sources);
  if (changedAt <= builtAt) return;
  // Vitest runs with NODE_ENV=test, which would give React's development build: the browser tests
  // use the production build a member gets (and leave it in dist/web for `npm start`).
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ configFile: path.join(root, 'vite.config.ts'), logLevel: 'warn', mode: 'production' });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
