import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project's root folder, whether the code runs from source (tsx) or from the dist bundle. */
export const projectRoot: string = (() => {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above the server code');
    dir = parent;
  }
  return dir;
})();

export const migrationsFolder = path.join(projectRoot, 'server', 'db', 'migrations');
export const webDistFolder = path.join(projectRoot, 'dist', 'web');
