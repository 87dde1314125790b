import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { namespaces, resources } from './resources';

/**
 * The translations against the code that shows them: every key is used somewhere, and no
 * component shows literal text a translation should carry.
 */
const WEB_SRC = path.resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const parsed = sourceFiles(WEB_SRC).map((file) =>
  ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS),
);

function walk(node: ts.Node, visit: (node: ts.Node) => void): void {
  visit(node);
  node.forEachChild((child) => walk(child, visit));
}

/** Every string the code writes, and the fixed start of every template (`errors.${code}` → `errors.`). */
const literals = new Set<string>();
const templateHeads = new Set<string>();
for (const file of parsed) {
  walk(file, (node) => {
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) literals.add(node.text);
    // Only a head that ends a key's part (`faq.`): `h${level}` is a heading, not a key.
    else if (ts.isTemplateExpression(node) && /[.:]$/.test(node.head.text)) templateHeads.add(node.head.text);
  });
}

type Tree = { [key: string]: string | Tree };
const keysOf = (tree: Tree, prefix = ''): string[] =>
  Object.entries(tree).flatMap(([key, value]) => (typeof value === 'string' ? [`${prefix}${key}`] : keysOf(value, `${prefix}${key}.`)));

/** The key as the code asks for it: without the plural suffix and the context (`~`). */
const baseKey = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '').replace(/~[^.]*$/, '');

function isUsed(namespace: string, key: string): boolean {
  const base = baseKey(key);
  const spellings = [base, `${namespace}:${base}`];
  if (spellings.some((spelling) => literals.has(spelling))) return true;
  // A whole subtree asked for at once (returnObjects), or a key completed at run time.
  const parents = base.split('.').slice(0, -1).map((_, i, parts) => parts.slice(0, i + 1).join('.'));
  if (parents.some((parent) => literals.has(parent) || literals.has(`${namespace}:${parent}`))) return true;
  return [...templateHeads].some((head) => spellings.some((spelling) => spelling.startsWith(head)));
}

describe('the translations in use', () => {
  it.each(namespaces)('every key of %s is used by the web app', (namespace) => {
    const unused = keysOf(resources.en[namespace] as Tree).filter((key) => !isUsed(namespace, key));
    expect(unused).toEqual([]);
  });

  it('has as many keys in every language', () => {
    const counts = Object.fromEntries(
      Object.entries(resources).map(([language, tree]) => [language, namespaces.reduce((sum, ns) => sum + keysOf(tree[ns] as Tree).length, 0)]),
    );
    expect(new Set(Object.values(counts)).size, JSON.stringify(counts)).toBe(1);
  });

  it('shows no literal text in a component: every word a member reads comes from a translation', () => {
    /** Attributes a member reads or hears. */
    const SPOKEN = new Set(['aria-label', 'title', 'placeholder', 'alt', 'label', 'aria-description']);
    const found: string[] = [];
    for (const file of parsed) {
      walk(file, (node) => {
        const where = () => `${path.relative(WEB_SRC, file.fileName)}:${file.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
        if (ts.isJsxText(node) && /\p{L}{2,}/u.test(node.text)) found.push(`${where()} ${JSON.stringify(node.text.trim())}`);
        if (
          ts.isJsxAttribute(node) &&
          SPOKEN.has(node.name.getText()) &&
          node.initializer &&
          ts.isStringLiteral(node.initializer) &&
          /\p{L}{2,}/u.test(node.initializer.text)
        ) {
          found.push(`${where()} ${node.name.getText()}=${JSON.stringify(node.initializer.text)}`);
        }
      });
    }
    expect(found).toEqual([]);
  });
});
