import type { Period } from "../report/document.ts";

/** Whether a figure reports the reviewed year or plans the new one. */
export type FigureKind = "result" | "target";

/** Words that put a figure in the past (`预计全年地区生产总值增长6%`) or the future (`力争…`). */
const PAST = /预计|去年|上年|过去一年/;
const FUTURE = /(?<!努)力争|明年/;

/**
 * The kind of a figure from the part of the report that holds it and the words of its sentence: the review part
 * gives results and the plan part targets; `预计` makes a result and `力争` a target wherever they stand.
 */
export function figureKind(period: Period, sentence: string): FigureKind {
  if (PAST.test(sentence)) return "result";
  if (FUTURE.test(sentence)) return "target";
  return period === "review" ? "result" : "target";
}

/** The year a figure is about: the year before the report's for results, the report's own year for targets. */
export function figureYear(kind: FigureKind, reportYear: number): number {
  return kind === "result" ? reportYear - 1 : reportYear;
}
