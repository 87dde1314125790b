import { linkify } from '../../lib/linkify';

/**
 * Plain text that a member wrote, with its http(s) addresses as links. The text is rendered as
 * React text (never as HTML); a link gives the site it opens neither this page nor the address
 * it came from, and vouches for it to no search engine.
 */
export function LinkedText({ text, className }: { text: string; className?: string }) {
  return (
    <p className={className}>
      {linkify(text).map((part, index) =>
        part.kind === 'link' ? (
          <a key={index} href={part.href} rel="noopener noreferrer nofollow">
            {part.href}
          </a>
        ) : (
          part.text
        ),
      )}
    </p>
  );
}
