/** The server and the worker, bundled by esbuild into `outdir` (relative to the project; default dist/server). */
export function buildServer(options?: { outdir?: string; quiet?: boolean }): Promise<void>;
/** The web app and the server, as `npm start` runs them. */
export function buildAll(options?: { quiet?: boolean }): Promise<void>;
