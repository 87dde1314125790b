/** The last change to these files and folders under `root` (test files and node_modules aside), or 0 when none exists. */
export function newestChange(root: string, entries: readonly string[]): number;
/** The last build's time (dist/.build-stamp), or 0 when the app was never built. */
export function builtAt(root: string): number;
/** True when a source changed after the last build, or there is none. */
export function needsBuild(root: string): boolean;
