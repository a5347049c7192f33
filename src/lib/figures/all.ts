import type { StoredFigure } from "../schema/figure.ts";

/** Every report's figures as one list: reports in id order, each report's records in document order. */
export function allFigures(entries: readonly { data: { report: string; figures: StoredFigure[] } }[]): StoredFigure[] {
  return [...entries].sort((a, b) => a.data.report.localeCompare(b.data.report)).flatMap((e) => e.data.figures);
}
