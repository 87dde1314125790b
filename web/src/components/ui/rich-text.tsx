import { createElement, type ReactNode } from 'react';

/** The markup a translation may use, and the element each tag becomes. */
const ELEMENTS = { p: 'p', ol: 'ol', ul: 'ul', li: 'li', b: 'strong', mail: 'a' } as const;
type Tag = keyof typeof ELEMENTS;

interface Node {
  tag: Tag | null;
  children: (Node | string)[];
}

const isTag = (name: string): name is Tag => Object.hasOwn(ELEMENTS, name);

const textOf = (node: Node): string => node.children.map((child) => (typeof child === 'string' ? child : textOf(child))).join('');

function toReact(children: Node['children']): ReactNode[] {
  return children.map((child, index) => {
    if (typeof child === 'string') return child;
    const tag = child.tag as Tag;
    // <mail>address</mail> links to the address it shows.
    const props = tag === 'mail' ? { key: index, href: `mailto:${textOf(child)}` } : { key: index };
    return createElement(ELEMENTS[tag], props, ...toReact(child.children));
  });
}

/**
 * Turns a translated text with a few tags (<p>, <ol>, <ul>, <li>, <b>, <mail>) into React elements.
 * It never injects HTML: anything else stays plain, escaped text.
 */
export function renderMarkup(text: string): ReactNode[] {
  const root: Node = { tag: null, children: [] };
  const stack = [root];
  for (const part of text.split(/(<\/?[a-z]+>)/)) {
    if (!part) continue;
    const top = stack.at(-1)!;
    const match = /^<(\/?)([a-z]+)>$/.exec(part);
    const name = match?.[2] ?? '';
    if (match && isTag(name) && !match[1]) {
      const node: Node = { tag: name, children: [] };
      top.children.push(node);
      stack.push(node);
    } else if (match && match[1] && top.tag === name) {
      stack.pop();
    } else {
      top.children.push(part);
    }
  }
  return toReact(root.children);
}

export function RichText({ text, className }: { text: string; className?: string }) {
  return <div className={className}>{renderMarkup(text)}</div>;
}
