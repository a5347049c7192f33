import type { Element } from "hast";
import type { Lang } from "../../i18n/config.ts";
import type { DumbbellModel, DumbbellRow, MarkGeometry } from "./dumbbell.ts";
import { markElements, symbolMark, textMark } from "./marks.ts";
import { ink } from "./palette.ts";
import { el, txt } from "./svg.ts";
import { chartWords } from "./words.ts";

/** The text alternative of a chart: a short title and a longer description. */
export interface ChartAlt {
  /** Element id prefix, unique in the page (`title` and `desc` ids derive from it). */
  id: string;
  /** What the chart shows, e.g. 地区生产总值增长：2019年结果与2020年目标. */
  title: string;
  /** Every value in words (see `describeRows`). */
  desc: string;
  /** The language of the words the drawing adds (its links' names); default Chinese. */
  lang?: Lang | undefined;
}

/** The axis: grid lines at the ticks (zero darker), tick labels, and the better-direction note. */
function axisElements(model: DumbbellModel): Element[] {
  const { plot } = model;
  // Few elements per chart (pages hold dozens of charts): the grid lines as one path, the axis and zero line as another.
  const at = (x: number) => `M${x},${plot.top - 4}V${plot.bottom}`;
  const grid = model.ticks.filter((t) => !t.zero).map((t) => at(t.x)).join("");
  const out: Element[] = grid ? [el("path", { d: grid, stroke: ink.grid, strokeWidth: 1, fill: "none" })] : [];
  const zero = model.ticks.find((t) => t.zero);
  const axis = `M${plot.left},${plot.bottom}H${plot.right}${zero ? at(zero.x) : ""}`;
  out.push(el("path", { d: axis, stroke: ink.axis, strokeWidth: 1.5, fill: "none" }));
  for (const t of model.ticks) {
    out.push(textMark({ x: t.x, y: plot.bottom + 16, text: t.label, anchor: t.anchor }, { fill: ink.muted, fontSize: 11 }));
  }
  if (model.caption) out.push(textMark(model.caption, { fill: ink.muted, fontSize: 11 }));
  if (model.better) out.push(textMark(model.better, { fill: ink.muted, fontSize: 11 }));
  return out;
}

/** A mark's elements inside a link to its source paragraph, named in words (中卫 2020年目标 6.5%左右：原文), when it has one. */
function linked(row: DumbbellRow, mark: MarkGeometry, elements: Element[], lang?: Lang): Element[] {
  if (!mark.href) return elements;
  const what = chartWords(lang).markLink(row.label, mark.year, mark.role, mark.label.text);
  return [el("a", { href: mark.href, ariaLabel: what, className: ["chart-link"] }, elements)];
}

/** Each region's target as a dashed rule behind its rows, in the region's colour. */
function ruleElements(model: DumbbellModel): Element[] {
  return model.rules.map((rule) => {
    const line = { x1: rule.x, y1: rule.y1, x2: rule.x, y2: rule.y2, stroke: rule.style.color, strokeWidth: 1.5 };
    return el("line", { ...line, strokeDasharray: "5 4", dataRule: "region" });
  });
}

/** One row: the city label with its marker, the result → target link, the marks, a note on what is missing. */
function rowElements(row: DumbbellRow, lang?: Lang): Element[] {
  const out: Element[] = [
    symbolMark(row.style, 9, row.y, true),
    textMark({ x: 19, y: row.y + 4.5, text: row.label, anchor: "start" }, { fill: ink.text, fontSize: 13, dataRow: row.key }),
  ];
  if (row.link) {
    const line = { x1: row.link.x1, y1: row.y, x2: row.link.x2, y2: row.y, stroke: ink.link, strokeWidth: 2.5 };
    out.push(el("line", line));
  }
  // Targets go on top of results; a hollow target on a result lets the result show through.
  if (row.result) out.push(...linked(row, row.result, markElements(row.result, row.style, row.y), lang));
  const onResult = row.result !== null && row.target !== null && Math.abs(row.result.x - row.target.x) < 12;
  if (row.target) out.push(...linked(row, row.target, markElements(row.target, row.style, row.y, onResult), lang));
  if (row.note) out.push(textMark(row.note, { fill: ink.muted, fontSize: 11 }));
  return out;
}

/**
 * Draws a dumbbell model as an accessible SVG element labelled by its title and description: `role="img"`, or
 * `role="group"` when its marks are links (an image's children are presentational, links inside one are lost).
 */
export function dumbbellSvg(model: DumbbellModel, text: ChartAlt): Element {
  const ids = { title: `${text.id}-title`, desc: `${text.id}-desc` };
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${model.width} ${model.height}`,
      width: model.width,
      height: model.height,
      role: model.rows.some((r) => r.result?.href || r.target?.href) ? "group" : "img",
      ariaLabelledBy: `${ids.title} ${ids.desc}`,
      className: ["chart-svg"],
    },
    [
      el("title", { id: ids.title }, [txt(text.title)]),
      el("desc", { id: ids.desc }, [txt(text.desc)]),
      el("g", {}, [...axisElements(model), ...ruleElements(model), ...model.rows.flatMap((row) => rowElements(row, text.lang))]),
    ],
  );
}
