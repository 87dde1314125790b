import { createElement, Fragment } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { renderMarkup } from './rich-text';

const html = (text: string) => renderToStaticMarkup(createElement(Fragment, null, ...renderMarkup(text)));

describe('renderMarkup', () => {
  it('turns the allowed tags into elements', () => {
    expect(html('<p>Open <b>Search</b>.</p><ol><li>One</li><li>Two</li></ol>')).toBe(
      '<p>Open <strong>Search</strong>.</p><ol><li>One</li><li>Two</li></ol>',
    );
  });

  it('links an email address to itself', () => {
    expect(html('Write to <mail>help@example.org</mail>.')).toBe('Write to <a href="mailto:help@example.org">help@example.org</a>.');
  });

  it('leaves other markup as escaped text', () => {
    expect(html('<script>alert(1)</script><b>ok</b>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;<strong>ok</strong>');
  });

  it('treats a stray closing tag as text', () => {
    expect(html('a</b>c')).toBe('a&lt;/b&gt;c');
  });
});
