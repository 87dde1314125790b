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
