import {
  symbol,
  symbolCircle,
  symbolCross,
  symbolDiamond2,
  symbolSquare,
  symbolStar,
  symbolTriangle,
  symbolWye,
  type SymbolType,
} from "d3-shape";

/** The marker shapes that tell places apart without colour. */
export type SymbolShape = "circle" | "diamond" | "square" | "triangle" | "cross" | "wye" | "star";

/** How one place is drawn: a colour (≥ 4.5:1 on white) and a marker shape. */
export interface PlaceStyle {
  /** Fill and stroke colour, `#rrggbb`. */
  color: string;
  /** Marker shape. */
  symbol: SymbolShape;
}

/**
 * The place colours, chosen so that readers with any kind of colour blindness can tell them apart: simulated
 * for deuteranopia, protanopia and tritanopia (Machado et al. 2009), every two of the first six differ by at
 * least ΔE 16 (CIELAB) and every two of all eight by ΔE 14 — slate, blue, amber, dark red, violet, plum,
 * green, indigo — each at least 4.5:1 on white. Every colour comes with its own shape, so no distinction
 * rests on colour alone.
 */
export const placeColors = ["#3d4a5c", "#0b5cad", "#a16207", "#991b1b", "#6d28d9", "#701a75", "#15803d", "#332288"] as const;

/** The marker shapes in the order places take them. */
export const placeSymbols: readonly SymbolShape[] = ["square", "circle", "diamond", "triangle", "cross", "wye", "star"];

/**
 * The style of the place at position `index` of `content/places.json`: the eight colours and seven (filled)
 * shapes cycle, the shape moving on by one more each round of colours, so 56 places get 56 different pairs.
 */
export function styleAt(index: number): PlaceStyle {
  const i = Math.max(0, index);
  const n = placeColors.length;
  return {
    color: placeColors[i % n] as string,
    symbol: placeSymbols[(i + Math.floor(i / n)) % placeSymbols.length] as SymbolShape,
  };
}

/** The style of a place by id, from the order of all places (`content/places.json`); an unknown id goes last. */
export function placeStyle(place: string, order: readonly string[]): PlaceStyle {
  const at = order.indexOf(place);
  return styleAt(at === -1 ? order.length : at);
}

/** Every place's style, by id, in the given order. */
export function placeStyles(order: readonly string[]): Map<string, PlaceStyle> {
  return new Map(order.map((id, i) => [id, styleAt(i)]));
}

/** The stylesheet of the places: `.place-<id> { --place: <colour> }` for each, in order (served as `/places.css`). */
export function placesCss(order: readonly string[]): string {
  const rules = order.map((id, i) => `.place-${id} {\n  --place: ${styleAt(i).color};\n}\n`);
  return `/* Place colours, generated from the site's places (src/lib/charts/palette.ts). */\n${rules.join("")}`;
}

/** Ink colours of the charts: text, muted text, axis rules, grid lines, the result→target link. */
export const ink = { text: "#1f2328", muted: "#57606a", axis: "#6e7781", grid: "#e4e7eb", link: "#8c959f" };

const symbolTypes: Record<SymbolShape, SymbolType> = {
  circle: symbolCircle,
  diamond: symbolDiamond2,
  square: symbolSquare,
  triangle: symbolTriangle,
  cross: symbolCross,
  wye: symbolWye,
  star: symbolStar,
};

/** Relative area of each shape for the same visual weight as a circle of radius r (× r²). */
const areaFactor: Record<SymbolShape, number> = {
  circle: Math.PI,
  diamond: 2.6,
  square: 3.4,
  triangle: 3.4,
  cross: 3.2,
  wye: 3.2,
  star: 3.4,
};

/** An SVG path (d3-shape symbol) for a marker shape centred on (0, 0), sized to cover about a circle of radius r. */
export function symbolPath(shape: SymbolShape, r: number): string {
  return symbol(symbolTypes[shape], areaFactor[shape] * r * r)() ?? "";
}
