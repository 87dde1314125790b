import { describe, expect, it } from 'vitest';
import { linkify } from './linkify';

describe('linkify', () => {
  it('finds web addresses in text and leaves the rest as text', () => {
    expect(linkify('Confirm: https://mentors.example/confirm?token=a1&x=2 within a day.')).toEqual([
      { kind: 'text', text: 'Confirm: ' },
      { kind: 'link', href: 'https://mentors.example/confirm?token=a1&x=2' },
      { kind: 'text', text: ' within a day.' },
    ]);
  });

  it('keeps the full stop after an address out of the link', () => {
    expect(linkify('Go to http://localhost:3000/reset.')).toEqual([
      { kind: 'text', text: 'Go to ' },
      { kind: 'link', href: 'http://localhost:3000/reset' },
      { kind: 'text', text: '.' },
    ]);
  });

  it('returns text without addresses as one part', () => {
    expect(linkify('Hello\nthere')).toEqual([{ kind: 'text', text: 'Hello\nthere' }]);
  });
});

describe('linkify, for what members write', () => {
  it('makes only http and https addresses links', () => {
    const parts = linkify('javascript:alert(1) data:text/html,<b>x</b> ftp://files.example mailto:a@b.example');
    expect(parts.filter((part) => part.kind === 'link')).toEqual([]);
  });

  it('leaves markup as text, never as HTML', () => {
    expect(linkify('<img src=x onerror=alert(1)> see https://example.org/a?b=<c>')).toEqual([
      { kind: 'text', text: '<img src=x onerror=alert(1)> see ' },
      { kind: 'link', href: 'https://example.org/a?b=' },
      { kind: 'text', text: '<c>' },
    ]);
  });

  it('stops an address at a quote, so it cannot carry an attribute', () => {
    expect(linkify('https://example.org/"onmouseover="x')).toEqual([
      { kind: 'link', href: 'https://example.org/' },
      { kind: 'text', text: '"onmouseover="x' },
    ]);
  });

  it('keeps an address without a host as text', () => {
    expect(linkify('http:// and https://')).toEqual([{ kind: 'text', text: 'http:// and https://' }]);
  });

  it('finds HTTPS written in capitals', () => {
    expect(linkify('HTTPS://Example.org')).toEqual([{ kind: 'link', href: 'HTTPS://Example.org' }]);
  });
});
