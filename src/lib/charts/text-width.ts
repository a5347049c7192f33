/** Width in em of one character: full width for CJK and full-width forms, narrower for Latin, digits, signs. */
function charEm(char: string): number {
  const code = char.codePointAt(0) ?? 0;
  if (code >= 0x2e80) return 1;
  if (/[0-9]/.test(char)) return 0.56;
  if (/[.:,;|!ilj'() ]/.test(char)) return 0.3;
  if (/[%—]/.test(char)) return 0.9;
  return 0.6;
}

/** How much wider a bold Latin letter, digit or sign is than a regular one (a CJK character stays 1em). */
const BOLD_LATIN = 1.15;

/**
 * An estimate of the rendered width of a label in pixels (no DOM at build time): CJK 1em, digits ≈0.56em; in bold
 * (a target's value label) Latin letters, digits and signs are wider (`646 million US dollars`).
 */
export function textWidth(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) {
    const w = charEm(char);
    em += bold && w < 1 ? w * BOLD_LATIN : w;
  }
  return em * fontSize;
}

/** A horizontally placed label: its anchor and x, kept inside [left, right]. */
export interface PlacedLabel {
  /** x of the anchor point. */
  x: number;
  /** SVG text-anchor. */
  anchor: "start" | "middle" | "end";
}

/** Centres a label on x, or aligns it to the nearer edge when centring would cross [left, right]. */
export function placeLabel(text: string, x: number, fontSize: number, left: number, right: number, bold = false): PlacedLabel {
  const half = textWidth(text, fontSize, bold) / 2;
  if (x - half < left) return { x: Math.max(left, Math.min(x - 6, right)), anchor: "start" };
  if (x + half > right) return { x: Math.min(right, Math.max(x + 6, left)), anchor: "end" };
  return { x, anchor: "middle" };
}
