import type { StoredFigure } from "../schema/figure.ts";

/** The words that introduce the plan year's main targets: `主要预期目标是：`, `预期目标为:`, `主要目标是：`, `主要预期指标是`. */
export const AUTHORITY = /(?:主要(?:预期|奋斗|发展)?|预期(?:性)?)(?:目标|指标)(?:是|为)?[：:]|主要预期(?:目标|指标)(?:是|为)/;

/** A target of the plan year itself: one year, measured against the year before. */
const planYearTarget = (f: StoredFigure, year: number) => f.kind === "target" && f.year === year && f.period === null && f.base_year === null;

const sameFigure = (a: StoredFigure, b: StoredFigure) =>
  JSON.stringify([a.value, a.min, a.max, a.unit]) === JSON.stringify([b.value, b.min, b.max, b.unit]);

/**
 * The `主要预期目标是：` clause is the authority on the plan year's main targets: where it gives an indicator's target,
 * another plan-year target of that indicator elsewhere with a different figure (a stretch goal, a sector's share, a
 * misread) loses the indicator id, so that each indicator's target is the clause's. Restatements of the same figure
 * stay (one record per statement). `authoritative` holds the ids of the figures read from such a clause.
 */
export function preferAuthority(figures: readonly StoredFigure[], authoritative: ReadonlySet<string>, year: number): StoredFigure[] {
  const main = figures.filter((f) => authoritative.has(f.id) && f.metric !== null && planYearTarget(f, year));
  return figures.map((f) => {
    if (f.metric === null || authoritative.has(f.id) || !planYearTarget(f, year)) return f;
    const rivals = main.filter((m) => m.metric === f.metric);
    return rivals.length > 0 && !rivals.some((m) => sameFigure(m, f)) ? { ...f, metric: null, label_en: null } : f;
  });
}
