import { describe, expect, it } from 'vitest';
import { paths, safeRedirect, signInPath } from './paths';

describe('safeRedirect', () => {
  it('keeps a page of this app, with its query', () => {
    expect(safeRedirect('/inbox')).toBe('/inbox');
    expect(safeRedirect('/search?q=law')).toBe('/search?q=law');
  });

  it('sends anything else to the dashboard, never to another site', () => {
    for (const target of [null, undefined, '', 'https://evil.example/', '//evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeRedirect(target)).toBe(paths.dashboard);
    }
  });
});

describe('signInPath', () => {
  it('carries where the visitor was going', () => {
    expect(signInPath('/inbox?x=1')).toBe('/sign-in?redirectTo=%2Finbox%3Fx%3D1');
    expect(signInPath('/')).toBe('/sign-in');
  });
});
