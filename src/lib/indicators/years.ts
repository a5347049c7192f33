import type { Figure } from "../schema/figure.ts";

/** The years of the report ids read so far (every record asks for its report's, many times a build). */
const yearsOf = new Map<string, number>();

/** The plan year of a report id (`zhongwei-2021` → 2021). */
export function reportYear(report: string): number {
  let year = yearsOf.get(report);
  if (year === undefined) {
    const m = /-(\d{4})$/.exec(report);
    if (!m) throw new Error(`report id “${report}” does not end in its year: ids are <place>-<year>, e.g. zhongwei-2021`);
    yearsOf.set(report, (year = Number(m[1])));
  }
  return year;
}

/** The plan years of the reports, ascending. */
export const planYears = (reports: Iterable<string>): number[] => [...new Set([...reports].map(reportYear))].sort((a, b) => a - b);

/**
 * The figure is a running total (`累计签约项目86个`, `共计…`): the sum up to its year, whatever span it is given, not
 * that year's own amount; never the outcome of one year's target (GUIDE §2b) nor a point of a year's chart.
 */
export function runningTotal(f: Pick<Figure, "value" | "unit" | "quote">): boolean {
  const at = typeof f.value === "number" ? f.quote.indexOf(`${f.value}${f.unit}`) : -1;
  const clause = (at >= 0 ? f.quote.slice(0, at) : f.quote).split(/[，,；;。]/).at(-1) ?? "";
  return /累计|总计|合计|共计/.test(clause);
}

/**
 * True for a figure about one year measured against the year before: no `period` (年均, 累计, 十三五时期), no
 * `base_year` (比2015年), and no result that is a running total ({@link runningTotal}: `累计…` in the review of one
 * year). Read generically, so records without these fields count as single-year.
 */
export function isSingleYear(figure: Figure): boolean {
  const extra = figure as Figure & { period?: unknown; base_year?: unknown };
  return (extra.period ?? null) === null && (extra.base_year ?? null) === null && !(figure.kind === "result" && runningTotal(figure));
}

/**
 * The figures a plan year's chart compares: of the reports for that year, the results of the year before and
 * the targets of the year itself, single-year only (five-year aims and 十三五 totals stay in the tables).
 */
export function chartFigures(figures: readonly Figure[], year: number): Figure[] {
  return figures.filter(
    (f) =>
      reportYear(f.report) === year &&
      isSingleYear(f) &&
      ((f.kind === "result" && f.year === year - 1) || (f.kind === "target" && f.year === year)),
  );
}
