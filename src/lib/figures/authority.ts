import type { StoredFigure } from "../schema/figure.ts";

/**
 * The words that introduce the plan year's main targets: `主要预期目标是：`, `预期目标为:`, `主要目标是：`, `主要预期指标是`,
 * `主要目标任务是：`, `今年的奋斗目标是：`, `今年我市经济社会的发展目标为:` (Ningbo 2012), and in the reports of the 1990s and 2000s `主要调控目标是：`, `主要预期调控目标是:`.
 */
export const AUTHORITY =
  /(?:主要(?:预期|奋斗|发展)?(?:调控)?|预期(?:性)?|(?:今年|全年)(?:(?:我|全)[省市区州县盟])?(?:经济社会|经济和社会)?的?(?:奋斗|发展)?)(?:目标|指标)(?:任务)?(?:是|为)?[：:]|主要预期(?:目标|指标)(?:是|为)/;

/** A target of the plan year itself: one year, measured against the year before. */
const planYearTarget = (f: StoredFigure, year: number) => f.kind === "target" && f.year === year && f.period === null && f.base_year === null;

/** What makes two statements of a target the same figure: value, bounds and unit. */
const figureKey = (f: StoredFigure) => JSON.stringify([f.value, f.min, f.max, f.unit]);

/**
 * The `主要预期目标是：` clause is the authority on the plan year's main targets: where it gives an indicator's target,
 * another plan-year target of that indicator elsewhere with a different figure (a stretch goal, a sector's share, a
 * misread) loses the indicator id, so that each indicator's target is the clause's. Restatements of the same figure
 * stay (one record per statement), the id on one of them ({@link onceEach}). `authoritative` holds the ids of the
 * figures read from such a clause.
 */
export function preferAuthority(figures: readonly StoredFigure[], authoritative: ReadonlySet<string>, year: number): StoredFigure[] {
  const main = Map.groupBy(
    figures.filter((f) => authoritative.has(f.id) && f.metric !== null && planYearTarget(f, year)),
    (f) => f.metric!,
  );
  const keys = new Map([...main].map(([metric, rivals]) => [metric, new Set(rivals.map(figureKey))]));
  const preferred = figures.map((f) => {
    if (f.metric === null || authoritative.has(f.id) || !planYearTarget(f, year)) return f;
    const rivals = keys.get(f.metric);
    return rivals && !rivals.has(figureKey(f)) ? { ...f, metric: null, label_en: null } : f;
  });
  return onceEach(preferred, authoritative, year);
}

/** What two statements of one target share: indicator, figure and the level of government a label names, if any. */
const restatementKey = (f: StoredFigure) => `${f.metric} ${figureKey(f)} ${/国家/.test(f.label_zh) ? "national" : /自治区|省级/.test(f.label_zh) ? "provincial" : ""}`;

/**
 * A plan-year target restated later (`改造老旧小区60万平方米` in the tasks, again in the list of 民生实事) is one target:
 * the statement the clause of main targets makes, or else the first, keeps the indicator id; each restatement keeps its
 * record (its quote and place in the text) without it, so that the target is charted and tracked once.
 */
function onceEach(figures: readonly StoredFigure[], authoritative: ReadonlySet<string>, year: number): StoredFigure[] {
  const first = new Map<string, string>();
  for (const f of figures) {
    if (f.metric === null || !planYearTarget(f, year)) continue;
    const key = restatementKey(f);
    if (!first.has(key) || (authoritative.has(f.id) && !authoritative.has(first.get(key)!))) first.set(key, f.id);
  }
  return figures.map((f) => (f.metric === null || !planYearTarget(f, year) || first.get(restatementKey(f)) === f.id ? f : { ...f, metric: null, label_en: null }));
}
