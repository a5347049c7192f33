import { symbol, symbolCircle, symbolDiamond2, symbolSquare, symbolTriangle, type SymbolType } from "d3";

/** The marker shapes that tell series apart without colour. */
export type SymbolShape = "circle" | "diamond" | "square" | "triangle";

/** How one city is drawn: a colour (≥ 4.5:1 on white) and a marker shape. */
export interface CityStyle {
  /** Fill and stroke colour. */
  color: string;
  /** Marker shape. */
  symbol: SymbolShape;
}

/**
 * The site's city colours (global.css `--zhongwei`, `--shizuishan`): a blue and a burnt orange, a pair
 * that colour-blind readers tell apart, followed by further colour-blind-safe (Okabe–Ito) tones darkened for
 * contrast. Each comes with its own shape, so no distinction rests on colour alone.
 */
const known: Record<string, CityStyle> = {
  zhongwei: { color: "#0b5cad", symbol: "circle" },
  shizuishan: { color: "#a0460a", symbol: "diamond" },
};
const spare: CityStyle[] = [
  { color: "#00734f", symbol: "square" },
  { color: "#8a3f73", symbol: "triangle" },
];

/** The style of a city, by id; unknown cities take spare styles in the order given. */
export function cityStyle(city: string, order: readonly string[] = []): CityStyle {
  const style = known[city];
  if (style) return style;
  const unknown = order.filter((c) => !(c in known));
  return spare[Math.max(0, unknown.indexOf(city)) % spare.length]!;
}

/** Ink colours of the charts: text, muted text, axis rules, grid lines, the result→target link. */
export const ink = { text: "#1f2328", muted: "#57606a", axis: "#6e7781", grid: "#e4e7eb", link: "#8c959f" };

const symbolTypes: Record<SymbolShape, SymbolType> = {
  circle: symbolCircle,
  diamond: symbolDiamond2,
  square: symbolSquare,
  triangle: symbolTriangle,
};

/** An SVG path (d3-shape symbol) for a marker shape centred on (0, 0), sized to cover about a circle of radius r. */
export function symbolPath(shape: SymbolShape, r: number): string {
  const area = shape === "circle" ? Math.PI * r * r : shape === "diamond" ? 2.6 * r * r : 3.4 * r * r;
  return symbol(symbolTypes[shape], area)() ?? "";
}
