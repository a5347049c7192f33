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

describe("place styles", () => {
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
