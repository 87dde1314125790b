import react from '@vitejs/plugin-react';
import { defineConfig, type Rolldown } from 'vite';

type ChunkingContext = Rolldown.ChunkingContext;

const ZOD = /node_modules[\\/]zod[\\/]/;

/** Whether a module needs zod, directly or through what it imports. */
function needsZod(id: string, ctx: ChunkingContext, seen = new Map<string, boolean>()): boolean {
  if (ZOD.test(id)) return true;
  const known = seen.get(id);
  if (known !== undefined) return known;
  seen.set(id, false);
  const needs = (ctx.getModuleInfo(id)?.importedIds ?? []).some((imported) => needsZod(imported, ctx, seen));
  seen.set(id, needs);
  return needs;
}

/**
 * The app's small modules that several pages share go into two chunks instead of one file each
 * (many under 1 KB): those that need zod and those that do not, so a page without forms (home)
 * still loads no zod (ADR 0029).
 */
function sharedChunkName(id: string, ctx: ChunkingContext): string {
  return needsZod(id, ctx) ? 'shared-forms' : 'shared';
}

// The SPA lives in web/ and is built to dist/web, which the Fastify server serves.
export default defineConfig({
  root: 'web',
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    sourcemap: true,
    manifest: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than our code: in chunks of their own they stay cached across releases.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
            // Schemas validate forms and URLs on the pages that have them: not in the first page's bundle (ADR 0029).
            { name: 'zod', test: /node_modules[\\/]zod[\\/]/ },
            // Not the charting library: it comes with the Statistics page's chart, loaded when drawn (React.lazy).
            { name: 'vendor', test: /node_modules[\\/](?!uplot[\\/]|zod[\\/])/ },
            // The shell (what the entry imports) in one chunk, and the pages' small shared modules in
            // two: a page needs ~14 files instead of ~27 before its first render (ADR 0029). Route
            // modules stay chunks of their own, named in the manifest (server/plugins/page-preloads.ts).
            { name: 'shell', test: /web[\\/]src[\\/]/, tags: ['$initial'] },
            {
              name: sharedChunkName,
              test: /web[\\/]src[\\/](?!app[\\/]routes[\\/])/,
              maxModuleSize: 2000,
              minShareCount: 2,
            },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': 'http://localhost:3000', '/healthz': 'http://localhost:3000', '/readyz': 'http://localhost:3000' },
  },
});
