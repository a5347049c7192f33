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
 * True for a figure about one year measured against the year before: no `period` (年均, 累计, 十三五时期) and no
 * `base_year` (比2015年). Read generically, so records without these fields count as single-year.
 */
export function isSingleYear(figure: Figure): boolean {
  const extra = figure as Figure & { period?: unknown; base_year?: unknown };
  return (extra.period ?? null) === null && (extra.base_year ?? null) === null;
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
