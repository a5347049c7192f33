import { valueText } from "./labels.ts";
import type { MarkedRows, PlacedFigure } from "./rows.ts";

/** One figure in words: `2019年预计增长6%`, `2020年目标6.5%左右`, `2020年目标持平`. */
function figureWords(placed: PlacedFigure | null, kind: "result" | "target", year: number): string {
  if (!placed) return kind === "result" ? `未报告${year}年结果` : `未提出${year}年目标`;
  const { figure } = placed;
  const lead = kind === "result" ? `${figure.year}年${figure.estimate ? "预计" : ""}` : `${figure.year}年目标`;
  return `${lead}${valueText(figure)}`;
}

/**
 * The text alternative of a result → target chart: every row's result and target in words, and the
 * better direction, e.g. `中卫：2019年预计6%，2020年目标6.5%左右；石嘴山：…。数值越高越好。`
 */
export function describeRows(marked: MarkedRows, better: "up" | "down" | null, years: [number, number] = [2019, 2020]): string {
  const rows = marked.rows.map((r) =>
    !r.result && !r.target
      ? `${r.label}：未提及`
      : `${r.label}：${figureWords(r.result, "result", years[0])}，${figureWords(r.target, "target", years[1])}`,
  );
  const hint = better === "up" ? "数值越高越好。" : better === "down" ? "数值越低越好。" : "";
  return `${rows.join("；")}。${hint}`;
}
