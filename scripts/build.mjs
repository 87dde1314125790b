// Builds what `npm start` runs: the web app (Vite → dist/web) and the server (esbuild → dist/server).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { build as viteBuild } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** The server and the worker (esbuild → `outdir`, relative to the project; dist/server for `npm start`). */
export async function buildServer({ outdir = 'dist/server', quiet = false } = {}) {
  await esbuild({
    absWorkingDir: root,
    entryPoints: ['server/server.ts', 'server/worker.ts'],
    outdir,
    bundle: true,
    platform: 'node',
    // The oldest Node we support (engines): Node 24 is what CI runs everything on, 22 still works.
    target: 'node22',
    format: 'esm',
    // The server's dynamic imports become chunks of their own: it listens before the app's modules
    // load (ADR 0030). Chunks shared by the server and the worker are written once.
    splitting: true,
    // The dependencies are bundled too: loading them file by file from node_modules (some 1,200
    // files, each resolved against its package.json) held the event loop for about a second after
    // the server listened (ADR 0030). These stay external: they load files of their own next to
    // their code (PGlite's WebAssembly and extensions, the API docs UI's assets, pino's worker
    // thread) or are native (sharp), and nodemailer and sharp load only when first used anyway.
    external: ['@electric-sql/pglite', '@fastify/swagger-ui', 'pino', 'sharp', 'nodemailer', 'pg-native'],
    // Bundled CommonJS (Fastify and its plugins) calls require(), which an ES module lacks.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: true,
    logLevel: quiet ? 'warning' : 'info',
  });
}

export async function buildAll({ quiet = false } = {}) {
  const started = Date.now();
  await viteBuild({ configFile: path.join(root, 'vite.config.ts'), logLevel: quiet ? 'warn' : 'info' });
  await buildServer({ quiet });
  writeFileSync(path.join(root, 'dist', '.build-stamp'), String(Date.now()));
  if (!quiet) console.log(`Built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  buildAll({ quiet: process.argv.includes('--quiet') }).catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
