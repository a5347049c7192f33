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

/** A part of a year: a quarter or the quarters up to one, a half, a run of months (`1-11月`, `前11个月`). */
const PART_OF_YEAR = /[一二三四1-4１-４]季度|前[三3３]季|[上下]半年|前(?:[两二三四五六七八九十]|十一|\d{1,2})个月|\d{1,2}\s*[-—–－~～至到]\s*\d{1,2}\s*月(?!\d{1,2}日)|[一二三四五六七八九十]{1,2}至[一二三四五六七八九十]{1,3}月/;

/**
 * The figure is of a part of its year (`地区生产总值累计降幅从一季度7.9%收窄至前三季度的1.6%`, `上半年`, `1-11月`,
 * `确保一季度开工率达到70%`): its words before the figure name the quarter, the half or the months. The record keeps
 * the year the part falls in (a period counts whole years only), but it is neither that year's result nor its target.
 */
export function partOfYear(f: Pick<Figure, "value" | "unit" | "quote">): boolean {
  const at = typeof f.value === "number" ? f.quote.indexOf(`${f.value}${f.unit}`) : -1;
  const clause = (at >= 0 ? f.quote.slice(0, at) : f.quote).split(/[，,；;。]/).at(-1) ?? "";
  return PART_OF_YEAR.test(clause);
}

/**
 * True for a figure about one year measured against the year before: no `period` (年均, 累计, 十三五时期), no
 * `base_year` (比2015年), no result that is a running total ({@link runningTotal}: `累计…` in the review of one
 * year), and not of a part of the year ({@link partOfYear}: `前三季度`, `上半年`). Read generically, so records
 * without these fields count as single-year.
 */
export function isSingleYear(figure: Figure): boolean {
  const extra = figure as Figure & { period?: unknown; base_year?: unknown };
  return (extra.period ?? null) === null && (extra.base_year ?? null) === null && !(figure.kind === "result" && runningTotal(figure)) && !partOfYear(figure);
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
