import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { LANGUAGES, type Language } from '../../contract/i18n';
import { PAGES, type PageName, SHELL_NAMESPACES } from '../../web/src/app/pages';
import { resolveLanguage } from '../../web/src/i18n/language';

/** One chunk of Vite's build manifest (`build.manifest`), by the source it came from. */
interface ManifestChunk {
  file: string;
  imports?: string[];
}
type Manifest = Record<string, ManifestChunk>;

/** Where Vite writes its manifest in the build. */
export const MANIFEST_FILE = path.join('.vite', 'manifest.json');

/** The manifest's key for a page's route module and for a translation file (web/src/...). */
export const routeModuleSource = (module: string) => `src/app/routes/${module}.tsx`;
export const translationSource = (language: Language, namespace: string) => `src/i18n/locales/${language}/${namespace}.json`;

/** The browser's preferred languages, best first (Accept-Language, by weight). */
export function acceptedLanguages(header: string | undefined): string[] {
  return (header ?? '')
    .split(',')
    .map((part, order) => {
      const [tag = '', ...parameters] = part.trim().split(';');
      const weight = parameters.map((parameter) => /^\s*q=([\d.]+)\s*$/.exec(parameter)?.[1]).find(Boolean);
      return { tag: tag.trim(), weight: weight === undefined ? 1 : Number(weight), order };
    })
    .filter(({ tag, weight }) => tag && tag !== '*' && weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order)
    .map(({ tag }) => tag);
}

/**
 * The `<link rel="modulepreload">` tags index.html gets for one page: the chunks of its route
 * module and the translations it and the shell read, minus what index.html already loads. The
 * client would import them only once the entry script has run; named in the HTML they load beside
 * it (ADR 0029). The language is the one the client will pick for a newcomer (the browser's, else
 * the site's default); a member whose account says otherwise loads theirs as before.
 * `undefined` when the build has no manifest (nothing to add).
 */
export function createPagePreloads(webDist: string, siteDefault: Language): ((page: PageName, acceptLanguage: string | undefined) => string) | undefined {
  const manifestPath = path.join(webDist, MANIFEST_FILE);
  if (!existsSync(manifestPath)) return undefined;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Manifest;

  /** The files of these chunks and of everything they import, in the order found. */
  const closure = (keys: readonly string[], skip: ReadonlySet<string> = new Set()): string[] => {
    const seen = new Set<string>();
    const visit = (key: string) => {
      if (seen.has(key) || skip.has(key)) return;
      const chunk = manifest[key];
      if (!chunk) throw new Error(`The web build's manifest has no ${key}: build again (npm run build).`);
      seen.add(key);
      chunk.imports?.forEach(visit);
    };
    keys.forEach(visit);
    return [...seen].map((key) => manifest[key]!.file);
  };
  const entryFiles = new Set(closure(['index.html']));
  const entryKeys = new Set(Object.keys(manifest).filter((key) => entryFiles.has(manifest[key]!.file)));
  const tags = (files: readonly string[]) => files.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`).join('');

  // Every page and language at start-up: a missing chunk fails here, not on a visitor's request.
  const byPage = new Map<string, string>();
  for (const [name, { module, namespaces }] of Object.entries(PAGES) as [PageName, (typeof PAGES)[PageName]][]) {
    for (const language of LANGUAGES) {
      const texts = [...new Set([...SHELL_NAMESPACES, ...namespaces])].map((namespace) => translationSource(language, namespace));
      // The texts first: a few small files the first render waits for, which would otherwise queue
      // behind the page's chunks and then its API calls for one of the browser's six connections.
      byPage.set(`${name} ${language}`, tags(closure([...texts, routeModuleSource(module)], entryKeys)));
    }
  }
  return (page, acceptLanguage) => {
    const language = resolveLanguage({ browser: acceptedLanguages(acceptLanguage), siteDefault });
    return byPage.get(`${page} ${language}`)!;
  };
}
