export type TextPart = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** A web address as people write it in a message: http:// or https:// up to the next space or quote. */
const URL_PATTERN = /https?:\/\/[^\s<>"'`]+/gi;
/** Punctuation that ends a sentence rather than the address it follows. */
const TRAILING = /[.,;:!?)\]}]+$/;

/** The address when it is a well-formed http(s) URL with a host, else null (it then stays text). */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname ? candidate : null;
  } catch {
    return null;
  }
}

/**
 * Splits plain text into text and web addresses, so the addresses can be shown as links. Only
 * http:// and https:// addresses become links (never javascript:, data: or anything else), and the
 * text itself is never read as HTML: the caller renders the parts as React text and <a> elements.
 */
export function linkify(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let last = 0;
  const pushText = (value: string) => {
    if (!value) return;
    const previous = parts.at(-1);
    if (previous?.kind === 'text') previous.text += value;
    else parts.push({ kind: 'text', text: value });
  };
  for (const match of text.matchAll(URL_PATTERN)) {
    const candidate = match[0].replace(TRAILING, '');
    const start = match.index;
    const href = safeHref(candidate);
    pushText(text.slice(last, start));
    if (href) parts.push({ kind: 'link', href });
    else pushText(candidate);
    last = start + candidate.length;
  }
  pushText(text.slice(last));
  return parts;
}
