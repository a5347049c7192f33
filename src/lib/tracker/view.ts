import type { Figure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import type { Place } from "../schema/place.ts";
import { trackerStatuses, type TrackerRecord, type TrackerStatus } from "../schema/tracker.ts";
import type { Lang } from "../../i18n/config.ts";
import { judge } from "./judge.ts";
import { noOutcomeRule, otherBasisRule, type RulePart } from "./pair.ts";

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

/** A tracker record with the two figures it pairs. */
export interface TrackerRow {
  record: TrackerRecord;
  target: Figure;
  outcome: Figure | null;
  metric: Metric;
}

/** Join records to their figures and indicators. */
export function trackerRows(records: readonly TrackerRecord[], figures: readonly Figure[], metrics: readonly Metric[]): TrackerRow[] {
  const fig = new Map(figures.map((f) => [f.id, f]));
  const met = new Map(metrics.map((m) => [m.id, m]));
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

/** One cell of the indicator × place matrix: the records of that place and indicator (usually one). */
export function matrixCell(records: readonly TrackerRecord[], metric: string, place: string): TrackerRecord[] {
  return records.filter((r) => r.metric === metric && r.place === place);
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

/** Ethnic names that come between a region's name and its 自治区/自治州 (宁夏回族自治区, 黔西南布依族苗族自治州). */
const PEOPLES = "(?:回族|壮族|维吾尔|藏族|蒙古族|朝鲜族|土家族|苗族|布依族|彝族|侗族|哈尼族|傣族|白族|羌族|黎族|傈僳族|景颇族|哈萨克)";
const SHORT = new RegExp(`^(.{2,}?)${PEOPLES}*(?:自治区|自治州|自治县|省|市|州|盟|地区)$`);

/** A place's short name for tight labels: 石嘴山市 → 石嘴山, 宁夏回族自治区 → 宁夏, 内蒙古自治区 → 内蒙古. */
export function shortName(name: string): string {
  return SHORT.exec(name)?.[1] ?? name;
}

/** Peoples named in a region's English name between its name and `Autonomous Region` (Ningxia Hui Autonomous Region). */
const PEOPLES_EN = "(?: (?:Hui|Zhuang|Uygur|Uyghur|Tibetan|Mongol|Korean|Tujia|Miao|Buyei|Bouyei|Yi|Dong|Hani|Dai|Bai|Qiang|Li|Lisu|Jingpo|Kazak|Kazakh))*";
const SHORT_EN = new RegExp(`^(.+?)${PEOPLES_EN} (?:Autonomous Region|Autonomous Prefecture|Autonomous County|Province|Municipality|City|Prefecture|League)$`);

/** A place's short English name: Ningxia Hui Autonomous Region → Ningxia, Zhongwei → Zhongwei. */
export function shortNameEn(name: string): string {
  return SHORT_EN.exec(name)?.[1] ?? name;
}

/** A place's short name in a language: 宁夏 / Ningxia. */
export function placeShort(place: Pick<Place, "name_zh" | "name_en">, lang: Lang = "zh-CN"): string {
  return lang === "en" ? shortNameEn(place.name_en) : shortName(place.name_zh);
}
