// Used by the Dockerfile after `npm ci --omit=dev`: removes the packages that are dev dependencies
// of ours and only *optional* peers of a runtime dependency (better-auth lists vitest and
// drizzle-kit, i18next lists typescript). npm marks them devOptional in the lockfile and installs
// them even with --omit=dev; nothing at run time needs them.
import { rmSync } from 'node:fs';
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let removed = 0;
for (const [location, entry] of Object.entries(lock.packages)) {
  if (!entry.devOptional || !location.startsWith('node_modules/')) continue;
  rmSync(location, { recursive: true, force: true });
  removed++;
}
console.log(`removed ${removed} packages only dev dependencies need`);
