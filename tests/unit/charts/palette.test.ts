import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { placeColors, placesCss, placeStyle, placeStyles, styleAt, symbolPath } from "../../../src/lib/charts/palette.ts";
import { placesFileSchema } from "../../../src/lib/schema/place.ts";

const places = placesFileSchema.parse(JSON.parse(readFileSync("content/places.json", "utf8")));
const order = places.map((p) => p.id);

/** WCAG contrast ratio of a colour against white. */
function contrastOnWhite(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const l = 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
  return 1.05 / (l + 0.05);
}

/** Linear RGB of a colour. */
const linear = (hex: string) =>
  [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
/** Colour-vision deficiency simulation matrices (Machado, Oliveira & Fernandes 2009, severity 1), on linear RGB. */
const cvd: Record<string, number[][]> = {
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};
/** CIELAB of linear RGB (D65). */
function lab([r = 0, g = 0, b = 0]: number[]): number[] {
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  const [x, y, z] = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
/** The smallest CIELAB distance between two of the colours, as seen with a deficiency (or normal vision). */
function closest(colors: readonly string[], matrix?: number[][]): number {
  const seen = colors.map((c) => {
    const rgb = linear(c);
    return lab(matrix ? matrix.map((row) => Math.min(1, Math.max(0, row.reduce((a, m, j) => a + m * (rgb[j] ?? 0), 0)))) : rgb);
  });
  let min = Infinity;
  for (let i = 0; i < seen.length; i++) for (let j = i + 1; j < seen.length; j++) min = Math.min(min, Math.hypot(...seen[i]!.map((v, k) => v - seen[j]![k]!)));
  return min;
}

describe("place styles", () => {
  it("tells the colours apart with every kind of colour blindness: ΔE ≥ 16 for six places, ≥ 14 for eight", () => {
    for (const [name, matrix] of [["normal", undefined], ...Object.entries(cvd)] as const) {
      expect(closest(placeColors.slice(0, 6), matrix), name).toBeGreaterThanOrEqual(16);
      expect(closest(placeColors, matrix), name).toBeGreaterThanOrEqual(14);
    }
  });

  it("gives every place of places.json, the region included, its own colour and its own shape", () => {
    const styles = order.map((id) => placeStyle(id, order));
    expect(new Set(styles.map((s) => s.color)).size).toBe(order.length);
    expect(new Set(styles.map((s) => s.symbol)).size).toBe(order.length);
  });

  it("keeps every colour at 4.5:1 or more on white", () => {
    for (const c of placeColors) expect(contrastOnWhite(c), c).toBeGreaterThanOrEqual(4.5);
  });

  it("follows the order of the places, not their ids", () => {
    expect(placeStyle("b", ["a", "b"])).toEqual(styleAt(1));
    expect(placeStyle("b", ["b", "a"])).toEqual(styleAt(0));
    expect(placeStyles(["x", "y"]).get("y")).toEqual(styleAt(1));
  });

  it("never repeats a colour–shape pair, even for 56 places", () => {
    const pairs = Array.from({ length: 56 }, (_, i) => `${styleAt(i).color}/${styleAt(i).symbol}`);
    expect(new Set(pairs).size).toBe(56);
  });

  it("draws every shape as a filled path of finite numbers", () => {
    for (let i = 0; i < 7; i++) expect(symbolPath(styleAt(i).symbol, 6)).toMatch(/^M[-0-9.,ALZhvl]+$/i);
  });

  it("writes one --place rule per place", () => {
    const css = placesCss(order);
    for (const [i, id] of order.entries()) expect(css).toContain(`.place-${id} {\n  --place: ${styleAt(i).color};\n}`);
    expect(css.match(/--place:/g)).toHaveLength(order.length);
  });
});
