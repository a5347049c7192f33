import type { Figure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import type { Place } from "../schema/place.ts";
import { trackerStatuses, type TrackerRecord, type TrackerStatus } from "../schema/tracker.ts";
import type { Lang } from "../../i18n/config.ts";
import { shortName, shortNameEn } from "../render/places.ts";
import { byId } from "../lookup.ts";
import { judge } from "./judge.ts";
import { noOutcomeRule, otherBasisRule, type RulePart, type Tracking } from "./pair.ts";

/** How a status reads: a word in each language and a symbol, so no status rests on colour alone. */
export const statusLabels: Record<TrackerStatus, { zh: string; en: string; symbol: string }> = {
  met: { zh: "完成", en: "Met", symbol: "✓" },
  near: { zh: "接近", en: "Near", symbol: "≈" },
  missed: { zh: "未完成", en: "Missed", symbol: "✗" },
  not_reported: { zh: "未报告", en: "Not reported", symbol: "?" },
  not_comparable: { zh: "口径不同", en: "Not comparable", symbol: "≠" },
};

/** A status's word in a language: `未完成` / `Missed`. */
export function statusWord(status: TrackerStatus, lang: Lang = "zh-CN"): string {
  return lang === "en" ? statusLabels[status].en : statusLabels[status].zh;
}

/**
 * The places that get a tracker page, in the order of `places`: those with a tracked target, an untracked one, or a
 * target awaiting the next year's report (a place with a single report that sets targets has a page too).
 */
export function trackerPagePlaces<P extends Pick<Place, "id">>(places: readonly P[], tracking: Pick<Tracking, "records" | "untracked" | "awaiting">): P[] {
  const ids = new Set([...tracking.records.map((r) => r.place), ...tracking.untracked.map((f) => f.city), ...tracking.awaiting.map((f) => f.city)]);
  return places.filter((p) => ids.has(p.id));
}

/** A tracker record with the two figures it pairs. */
export interface TrackerRow {
  record: TrackerRecord;
  target: Figure;
  outcome: Figure | null;
  metric: Metric;
}

/** Join records to their figures and indicators. */
export function trackerRows(records: readonly TrackerRecord[], figures: readonly Figure[], metrics: readonly Metric[]): TrackerRow[] {
  const fig = byId(figures);
  const met = byId(metrics);
  return records.map((record) => ({
    record,
    target: fig.get(record.target_figure)!,
    outcome: record.outcome_figure ? fig.get(record.outcome_figure) ?? null : null,
    metric: met.get(record.metric)!,
  }));
}

/** Counts of each status, every status present (zero included), in the published order. */
export function statusCounts(records: readonly TrackerRecord[]): Record<TrackerStatus, number> {
  const counts = Object.fromEntries(trackerStatuses.map((s) => [s, 0])) as Record<TrackerStatus, number>;
  for (const r of records) counts[r.status]++;
  return counts;
}

/** The main indicators of the tracker: those tracked in at least `minPlaces` places, in vocabulary order. */
export function mainMetrics(records: readonly TrackerRecord[], metrics: readonly Metric[], minPlaces = 2): Metric[] {
  const places = new Map<string, Set<string>>();
  for (const r of records) places.set(r.metric, (places.get(r.metric) ?? new Set()).add(r.place));
  return metrics.filter((m) => (places.get(m.id)?.size ?? 0) >= minPlaces);
}

const cellIndexes = new WeakMap<readonly TrackerRecord[], Map<string, TrackerRecord[]>>();

/**
 * One cell of the indicator × place matrix: the records of that place and indicator (usually one), in the order
 * of `records` (which are indexed once, on first use: the matrix has a cell per indicator and place).
 */
export function matrixCell(records: readonly TrackerRecord[], metric: string, place: string): TrackerRecord[] {
  let index = cellIndexes.get(records);
  if (!index) {
    index = Map.groupBy(records, (r) => `${r.metric}\n${r.place}`);
    cellIndexes.set(records, index);
  }
  return index.get(`${metric}\n${place}`) ?? [];
}

/**
 * The rule of a row in a language, in parts (a Chinese term inside an English rule is its own part). The Chinese
 * rule is the record's, as published; the English one is worked out again from the same figures by the same rules.
 */
export function ruleParts(row: TrackerRow, lang: Lang = "zh-CN"): RulePart[] {
  const { record, target, outcome, metric } = row;
  if (lang !== "en") return [record.rule];
  const next = record.year + 1;
  if (record.rule_id === "no_outcome" || !outcome) return [noOutcomeRule(next, record.year, lang)];
  if (record.rule_id === "other_basis") return otherBasisRule(next, outcome, target, metric, lang);
  return [judge(target, outcome, metric, lang)?.rule ?? record.rule];
}

export { shortName, shortNameEn };

/** A place's short name in a language: 宁夏 / Ningxia. */
export function placeShort(place: Pick<Place, "name_zh" | "name_en">, lang: Lang = "zh-CN"): string {
  return lang === "en" ? shortNameEn(place.name_en) : shortName(place.name_zh);
}
