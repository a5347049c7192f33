import type { Element } from "hast";
import type { ChartText, MarkGeometry } from "./dumbbell.ts";
import { ink, symbolPath, type PlaceStyle } from "./palette.ts";
import { el, txt, type Attributes } from "./svg.ts";

/** Marker radius, bound bar half-height, arrow length, band half-height (SVG units). */
const size = { r: 6, bar: 9, arrow: 15, band: 7 };

/** A text element for a placed chart text. */
export function textMark(t: ChartText, props: Attributes = {}): Element {
  return el("text", { x: t.x, y: t.y, textAnchor: t.anchor, ...props }, [txt(t.text)]);
}

/**
 * A marker symbol at (x, y): filled for a result (half-filled for an estimate), hollow for a target — white
 * inside, or see-through where it sits on a result so that both stay visible.
 */
export function symbolMark(style: PlaceStyle, x: number, y: number, filled: boolean, estimate = false, seeThrough = false): Element {
  const fill = filled ? style.color : seeThrough ? "none" : "#ffffff";
  const props = { d: symbolPath(style.symbol, size.r), transform: `translate(${x},${y})`, fill, stroke: style.color };
  return el("path", { ...props, strokeWidth: filled ? 1.5 : 2.5, ...(estimate ? { fillOpacity: 0.45 } : {}) });
}

/** The arrow of a bound: a shaft from x in the open direction with a head, in the city colour. */
function arrow(style: PlaceStyle, x: number, y: number, toward: 1 | -1): Element[] {
  const end = x + toward * size.arrow;
  const head = `M${end + toward * 5},${y}L${end},${y - 4.5}L${end},${y + 4.5}Z`;
  return [
    el("line", { x1: x, y1: y, x2: end, y2: y, stroke: style.color, strokeWidth: 2 }),
    el("path", { d: head, fill: style.color }),
  ];
}

/**
 * The elements of one mark: a band (range target) as a translucent box with solid ends; a bound (以上 / 以内)
 * as a bar with an arrow toward the open side; a point as a marker, ringed by a dotted halo when approximate
 * (左右). Results are filled, targets hollow or lighter; the value label goes above targets, below results.
 */
export function markElements(mark: MarkGeometry, style: PlaceStyle, y: number, seeThrough = false): Element[] {
  const result = mark.role === "result";
  const out: Element[] = [];
  if (mark.shape === "band") {
    const width = Math.max(mark.x2 - mark.x1, 3);
    const box = { x: mark.x1, y: y - size.band, width, height: size.band * 2, rx: 2, fill: style.color };
    out.push(el("rect", { ...box, fillOpacity: result ? 0.5 : 0.18, stroke: style.color, strokeWidth: 1.5 }));
    const ends = [mark.x1, mark.x1 + width].map((x) => `M${x},${y - size.bar}V${y + size.bar}`).join("");
    out.push(el("path", { d: ends, stroke: style.color, strokeWidth: 2.5, fill: "none" }));
  } else if (mark.shape === "bound") {
    out.push(...arrow(style, mark.x, y, mark.bound === "at_least" ? 1 : -1));
    const bar = { x1: mark.x, y1: y - size.bar, x2: mark.x, y2: y + size.bar, stroke: style.color };
    out.push(el("line", { ...bar, strokeWidth: 3.5, strokeLinecap: "round" }));
    if (!result) out.push(el("line", { ...bar, stroke: "#ffffff", strokeWidth: 1.2, y1: y - size.bar + 2.5, y2: y + size.bar - 2.5 }));
  } else {
    if (mark.approx) {
      const halo = { cx: mark.x, cy: y, r: size.r + 4.5, fill: "none", stroke: style.color };
      out.push(el("circle", { ...halo, strokeWidth: 1.2, strokeDasharray: "2 2.5" }));
    }
    out.push(symbolMark(style, mark.x, y, result, result && mark.estimate, seeThrough));
  }
  const weight = result ? {} : { fontWeight: 700 };
  // A white halo under the label keeps it legible where it crosses a grid line, a link or the region's rule.
  const halo = { stroke: "#ffffff", strokeWidth: 3, strokeLinejoin: "round", paintOrder: "stroke" };
  out.push(textMark(mark.label, { fill: ink.text, fontSize: 12, ...weight, ...halo }));
  return out;
}
