import type { Element } from "hast";
import type { DumbbellModel, DumbbellRow } from "./dumbbell.ts";
import { markElements, symbolMark, textMark } from "./marks.ts";
import { ink } from "./palette.ts";
import { el, toSvgMarkup, txt } from "./svg.ts";

/** The text alternative of a chart: a short title and a longer description. */
export interface ChartAlt {
  /** Element id prefix, unique in the page (`title` and `desc` ids derive from it). */
  id: string;
  /** What the chart shows, e.g. 地区生产总值增长：2019年结果与2020年目标. */
  title: string;
  /** Every value in words (see `describeRows`). */
  desc: string;
}

/** The axis: grid lines at the ticks (zero darker), tick labels, and the better-direction note. */
function axisElements(model: DumbbellModel): Element[] {
  const { plot } = model;
  const out: Element[] = [];
  for (const t of model.ticks) {
    const line = { x1: t.x, y1: plot.top - 4, x2: t.x, y2: plot.bottom, stroke: t.zero ? ink.axis : ink.grid };
    out.push(el("line", { ...line, strokeWidth: t.zero ? 1.5 : 1 }));
  }
  out.push(el("line", { x1: plot.left, y1: plot.bottom, x2: plot.right, y2: plot.bottom, stroke: ink.axis }));
  for (const t of model.ticks) {
    out.push(textMark({ x: t.x, y: plot.bottom + 16, text: t.label, anchor: t.anchor }, { fill: ink.muted, fontSize: 11 }));
  }
  if (model.caption) out.push(textMark(model.caption, { fill: ink.muted, fontSize: 11 }));
  if (model.better) out.push(textMark(model.better, { fill: ink.muted, fontSize: 11 }));
  return out;
}

/** One row: the city label with its marker, the result → target link, the marks, a note on what is missing. */
function rowElements(row: DumbbellRow): Element[] {
  const out: Element[] = [
    symbolMark(row.style, 9, row.y, true),
    textMark({ x: 19, y: row.y + 4.5, text: row.label, anchor: "start" }, { fill: ink.text, fontSize: 13 }),
  ];
  if (row.link) {
    const line = { x1: row.link.x1, y1: row.y, x2: row.link.x2, y2: row.y, stroke: ink.link, strokeWidth: 2.5 };
    out.push(el("line", line));
  }
  // Targets go on top of results; a hollow target on a result lets the result show through.
  if (row.result) out.push(...markElements(row.result, row.style, row.y));
  const onResult = row.result !== null && row.target !== null && Math.abs(row.result.x - row.target.x) < 12;
  if (row.target) out.push(...markElements(row.target, row.style, row.y, onResult));
  if (row.note) out.push(textMark(row.note, { fill: ink.muted, fontSize: 11 }));
  return [el("g", { dataRow: row.key }, out)];
}

/** Draws a dumbbell model as an accessible SVG element: `role="img"`, labelled by its title and description. */
export function dumbbellSvg(model: DumbbellModel, text: ChartAlt): Element {
  const ids = { title: `${text.id}-title`, desc: `${text.id}-desc` };
  return el(
    "svg",
    {
      xmlns: "http://www.w3.org/2000/svg",
      viewBox: `0 0 ${model.width} ${model.height}`,
      width: model.width,
      height: model.height,
      role: "img",
      ariaLabelledBy: `${ids.title} ${ids.desc}`,
      className: ["chart-svg"],
    },
    [
      el("title", { id: ids.title }, [txt(text.title)]),
      el("desc", { id: ids.desc }, [txt(text.desc)]),
      el("g", {}, [...axisElements(model), ...model.rows.flatMap(rowElements)]),
    ],
  );
}

/** The SVG markup of a dumbbell model (see {@link dumbbellSvg}). */
export const renderDumbbell = (model: DumbbellModel, text: ChartAlt): string => toSvgMarkup(dumbbellSvg(model, text));
