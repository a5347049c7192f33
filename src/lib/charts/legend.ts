import type { Element } from "hast";
import type { Lang } from "../../i18n/config.ts";
import type { MarkGeometry } from "./dumbbell.ts";
import { markElements, symbolMark } from "./marks.ts";
import { ink, type PlaceStyle } from "./palette.ts";
import { el, toSvgMarkup } from "./svg.ts";
import { chartWords } from "./words.ts";

/** One legend entry: a small decorative SVG swatch and the words that say what it means. */
export interface LegendItem {
  /** SVG markup of the swatch (aria-hidden: the text carries the meaning). */
  swatch: string;
  /** What the swatch stands for. */
  text: string;
}

const [w, h, y] = [40, 22, 11];

/** A swatch: a tiny SVG holding the given elements, hidden from assistive technology. */
function swatch(children: Element[]): string {
  const props = { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${w} ${h}`, width: w, height: h, ariaHidden: "true" };
  return toSvgMarkup(el("svg", { ...props, focusable: "false", className: ["legend-swatch"] }, children));
}

/** A mark geometry for a swatch, with an empty label. */
function geometry(fields: Partial<MarkGeometry>): MarkGeometry {
  const label = { x: 0, y: 0, text: "", anchor: "start" as const };
  const base = { shape: "point", value: 0, lo: 0, hi: 0, bound: null, approx: false, estimate: false, flat: false };
  return { ...base, role: "target", x: 20, x1: 20, x2: 20, label, href: null, year: 0, ...fields } as MarkGeometry;
}

/** Marks of a swatch without their (empty) label. */
const marks = (g: MarkGeometry, style: PlaceStyle) => markElements(g, style, y).filter((e) => e.tagName !== "text");

/**
 * The legend of the result → target charts: one entry per city (colour and shape), then the mark kinds —
 * result, estimate, target, approximate, range, floor, ceiling — drawn in neutral ink — and each region's rule.
 */
export function chartLegend(
  cities: readonly { label: string; style: PlaceStyle }[],
  years: [number, number] | null = [2019, 2020],
  rules: readonly { label: string; style: PlaceStyle }[] = [],
  lang?: Lang,
): LegendItem[] {
  const words = chartWords(lang);
  const dashed = (style: PlaceStyle) => el("line", { x1: 20, y1: 1, x2: 20, y2: 21, stroke: style.color, strokeWidth: 1.5, strokeDasharray: "5 4" });
  const neutral: PlaceStyle = { color: ink.text, symbol: "circle" };
  const link = el("line", { x1: 6, y1: y, x2: 34, y2: y, stroke: ink.link, strokeWidth: 2.5 });
  return [
    ...cities.map((c) => ({ swatch: swatch([symbolMark(c.style, 20, y, true)]), text: c.label })),
    { swatch: swatch([symbolMark(neutral, 20, y, true)]), text: words.legendResult(years ? years[0] : null) },
    { swatch: swatch([symbolMark(neutral, 20, y, true, true)]), text: words.legendEstimate },
    { swatch: swatch([link, symbolMark(neutral, 8, y, true), symbolMark(neutral, 32, y, false)]), text: words.legendTarget(years ? years[1] : null) },
    { swatch: swatch(marks(geometry({ approx: true }), neutral)), text: words.legendApprox },
    { swatch: swatch(marks(geometry({ shape: "band", x1: 8, x2: 32 }), neutral)), text: words.legendBand },
    { swatch: swatch(marks(geometry({ shape: "bound", bound: "at_least", x: 12 }), neutral)), text: words.legendFloor },
    { swatch: swatch(marks(geometry({ shape: "bound", bound: "at_most", x: 28 }), neutral)), text: words.legendCeiling },
    ...rules.map((rule) => ({ swatch: swatch([dashed(rule.style)]), text: words.legendRule(rule.label, years ? years[1] : null) })),
  ];
}
