import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

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
