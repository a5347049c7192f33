import type { Lang } from "../../i18n/config.ts";
import type { MarkedRows, PlacedFigure } from "./rows.ts";
import { chartWords, valueWords } from "./words.ts";

/** One figure in words: `2019年预计增长6%`, `2020年目标6.5%左右`, `2020年目标持平` (`2020 target about 6.5%`). */
function figureWords(placed: PlacedFigure | null, kind: "result" | "target", year: number, lang?: Lang): string {
  const words = chartWords(lang);
  if (!placed) return kind === "result" ? words.descNoResult(year) : words.descNoTarget(year);
  const { figure } = placed;
  const value = valueWords(figure, lang);
  return kind === "result" ? words.descResult(figure.year, figure.estimate, value) : words.descTarget(figure.year, value);
}

/**
 * The text alternative of a result → target chart: every row's result and target in words, and the
 * better direction, e.g. `中卫：2019年预计6%，2020年目标6.5%左右；石嘴山：…。数值越高越好。`
 * (`Zhongwei: 2019 estimate 6%, 2020 target about 6.5%; Shizuishan: …. Higher is better.`).
 */
export function describeRows(marked: MarkedRows, better: "up" | "down" | null, years: [number, number] = [2019, 2020], lang?: Lang): string {
  const words = chartWords(lang);
  const rows = marked.rows.map((r) =>
    !r.result && !r.target
      ? words.descNotStated(r.label)
      : words.descRow(r.label, figureWords(r.result, "result", years[0], lang), figureWords(r.target, "target", years[1], lang)),
  );
  const hint = better === "up" ? words.descHigherBetter : better === "down" ? words.descLowerBetter : "";
  return `${words.descRows(rows)}${hint}`;
}
