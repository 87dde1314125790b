import { describe, expect, it } from 'vitest';
import { accentPalette, contrastRatio } from './theme';

describe('accentPalette', () => {
  it('keeps a dark accent as it is and puts white text on it', () => {
    expect(accentPalette('#001158')).toEqual({ accent: '#001158', onAccent: '#ffffff', accentText: '#001158' });
  });

  it('puts dark text on a light accent and darkens the accent for text on the page', () => {
    const palette = accentPalette('#ffd200');
    expect(palette.onAccent).toBe('#111827');
    expect(contrastRatio(palette.accentText, '#f6f7f9')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(palette.accentText, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('refuses anything but a #rrggbb colour', () => {
    expect(() => accentPalette('red')).toThrow(/rrggbb/);
  });
});

describe('contrastRatio', () => {
  it('matches the WCAG extremes', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
  });
});
