import type { PageName } from '../../web/src/app/pages';
import { paths } from '../../web/src/lib/paths';

/**
 * The pages of the web app, taken from its own list of URLs (web/src/lib/paths.ts), so the
 * server knows which paths are pages without a second list to keep in step. A `:param` matches
 * one path segment; like the client router, matching ignores case and one trailing slash.
 */
const PAGE_PATTERNS = (Object.entries(paths) as [PageName, string][]).map(([name, pattern]) => {
  const source = pattern
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return { name, pattern: new RegExp(`^${source}$`, 'i') };
});

/** Which of the web app's pages `url` (path and query) is, if any. */
export function appPageOf(url: string): PageName | undefined {
  const pathname = url.split('?')[0]!;
  const trimmed = pathname.length > 1 && pathname.endsWith('/') ? pathname.slice(0, -1) : pathname;
  return PAGE_PATTERNS.find(({ pattern }) => pattern.test(trimmed))?.name;
}
