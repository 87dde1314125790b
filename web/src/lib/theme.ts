/** Colours derived from the institution's accent colour, so any configured colour stays readable. */
export interface AccentPalette {
  /** The configured colour, used for surfaces such as the menu bar. */
  accent: string;
  /** Text and icons on top of `accent`: white or near-black, whichever reads better. */
  onAccent: string;
  /** The accent darkened, if needed, until text in it on a light page has a 4.5:1 contrast (WCAG AA). */
  accentText: string;
}

type Rgb = [number, number, number];

const WHITE: Rgb = [255, 255, 255];
const INK: Rgb = [17, 24, 39];
/** The lightest background accent-coloured text is placed on (the page background in base.css). */
const PAGE: Rgb = [246, 247, 249];

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

const toHex = (rgb: Rgb) => `#${rgb.map((part) => Math.round(part).toString(16).padStart(2, '0')).join('')}`;

function luminance([r, g, b]: Rgb): number {
  const channel = (value: number) => {
    const s = value / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The WCAG contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const [la, lb] = [a, b].map((colour) => luminance(typeof colour === 'string' ? parseHex(colour) : colour)) as [number, number];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

export function accentPalette(accent: string): AccentPalette {
  const rgb = parseHex(accent);
  const onAccent = contrastRatio(rgb, WHITE) >= contrastRatio(rgb, INK) ? WHITE : INK;
  let text = rgb;
  for (let step = 0; step < 20 && contrastRatio(text, PAGE) < 4.5; step++) {
    text = text.map((part) => Math.round(part * 0.9)) as Rgb;
  }
  return { accent: toHex(rgb), onAccent: toHex(onAccent), accentText: toHex(text) };
}

/** Sets the palette as CSS custom properties (through the CSSOM, which the CSP allows). */
export function applyAccent(accent: string): void {
  const palette = accentPalette(accent);
  const root = document.documentElement;
  root.style.setProperty('--accent', palette.accent);
  root.style.setProperty('--on-accent', palette.onAccent);
  root.style.setProperty('--accent-text', palette.accentText);
}
