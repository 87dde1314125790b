// `npm run dev`: the API server with reload on :3000 and Vite's dev server (hot reload) on :5173,
// which forwards /api to the API server. Ctrl-C stops both.
import { spawn } from 'node:child_process';

const children = [
  spawn(process.execPath, ['--import', 'tsx', '--watch', '--watch-preserve-output', 'server/server.ts'], {
    stdio: 'inherit',
    // The browser is on Vite's port: that is the site's origin (origin checks, links in mail).
    env: { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development', PUBLIC_URL: process.env.PUBLIC_URL ?? 'http://localhost:5173' },
  }),
  spawn(process.execPath, ['node_modules/vite/bin/vite.js', '--config', 'vite.config.ts'], { stdio: 'inherit' }),
];

console.log('Open http://localhost:5173 (the API itself is on http://localhost:3000).');

let stopping = false;
const stop = (code: number) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));
