import type { Figure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import type { TrackerRule, TrackerStatus } from "../schema/tracker.ts";
import type { Lang } from "../../i18n/config.ts";
import { withUnitEn } from "../../i18n/figures.ts";
import { INDEX_UNIT, inUnit, sameQuantity, unitScale } from "../figures/units.ts";

/** The parts of a figure record that judging reads. */
export type JudgedFigure = Pick<Figure, "value" | "min" | "max" | "unit" | "qualifier" | "direction" | "estimate">;

/** A status, the rule that gave it and the rule as applied, in one line. */
export interface Judgement {
  status: TrackerStatus;
  rule_id: TrackerRule;
  rule: string;
}

/** Tolerance of `near`: an approximate or range target missed by at most this many percentage points. */
export const NEAR_POINTS = 0.5;

const PERCENT = new Set(["%", "个百分点"]);

/** The one number of a figure: its value, else the bound a range or qualifier gives. */
function numberOf(f: JudgedFigure, prefer: "min" | "max"): number | null {
  if (typeof f.value === "number") return f.value;
  return f[prefer] ?? f[prefer === "min" ? "max" : "min"];
}

/** A change as a signed number: `下降2%` → −2. Levels are as written. */
function signed(f: JudgedFigure, metric: Metric, prefer: "min" | "max"): number | null {
  const n = numberOf(f, prefer);
  if (n === null) return null;
  return metric.measure === "change" && f.direction === "down" ? -n : n;
}

/**
 * What a judgement rests on, language apart: the rule, both numbers as compared (a fall as a positive size for a
 * reduction), the gap of an approximate target missed, whether the outcome is an estimate.
 */
export interface Verdict {
  status: TrackerStatus;
  rule_id: "floor" | "floor_approx" | "ceiling" | "reduction";
  outcome: number;
  outcomeUnit: string;
  target: number;
  targetUnit: string;
  /** Percentage points an approximate or range target is missed by (floor_approx, not met). */
  gap: number | null;
  estimate: boolean;
}

const show = (n: number, unit: string) => `${Number(n.toFixed(2))}${unit === "个百分点" ? "个百分点" : unit}`;
const showEn = (n: number, unit: string) => withUnitEn(Number(n.toFixed(2)), unit);

/** A verdict in Chinese, as `/data/tracker.json` publishes it. */
function ruleZh(v: Verdict): string {
  const o = show(v.outcome, v.outcomeUnit);
  const t = show(v.target, v.targetUnit);
  const est = v.estimate ? "（结果为预计数）" : "";
  const met = v.status === "met";
  switch (v.rule_id) {
    case "ceiling":
      return `上限：结果 ${o} 对上限 ${t}，${met ? "未超过上限，完成" : "超过上限，未完成"}${est}`;
    case "reduction":
      return `降幅：结果下降 ${o} 对目标下降 ${t}，${met ? "降幅达到目标，完成" : "降幅未达到目标，未完成"}${est}`;
    case "floor_approx":
      if (met) return `约数或区间目标：结果 ${o} 对目标 ${t}，达到目标，完成${est}`;
      return `约数或区间目标：结果 ${o} 对目标 ${t}，差 ${show(v.gap!, "个百分点")}，${v.status === "near" ? `不超过${NEAR_POINTS}个百分点为接近` : `超过${NEAR_POINTS}个百分点为未完成`}${est}`;
    case "floor":
      return `下限：结果 ${o} 对目标 ${t}，${met ? "达到目标，完成" : "未达到目标，未完成"}${est}`;
  }
}

/** A verdict in English: `Floor: outcome 5.6% against a target of 6.5%: target not reached, missed`. */
function ruleEn(v: Verdict): string {
  const o = showEn(v.outcome, v.outcomeUnit);
  const t = showEn(v.target, v.targetUnit);
  const est = v.estimate ? " (the outcome is an estimate)" : "";
  const met = v.status === "met";
  switch (v.rule_id) {
    case "ceiling":
      return `Ceiling: outcome ${o} against a ceiling of ${t}: ${met ? "not above the ceiling, met" : "above the ceiling, missed"}${est}`;
    case "reduction":
      return `Reduction: outcome ${v.outcome < 0 ? `up ${showEn(-v.outcome, v.outcomeUnit)}` : `down ${o}`} against a targeted fall of ${t}: ${met ? "the fall reaches the target, met" : "the fall falls short of the target, missed"}${est}`;
    case "floor_approx":
      if (met) return `Approximate or range target: outcome ${o} against a target of ${t}: target reached, met${est}`;
      return `Approximate or range target: outcome ${o} against a target of ${t}, ${showEn(v.gap!, "个百分点")} short: ${v.status === "near" ? `within ${NEAR_POINTS} points counts as near` : `more than ${NEAR_POINTS} points short counts as missed`}${est}`;
    case "floor":
      return `Floor: outcome ${o} against a target of ${t}: ${met ? "target reached, met" : "target not reached, missed"}${est}`;
  }
}

/** A verdict as one line in a language. */
export function ruleText(v: Verdict, lang: Lang = "zh-CN"): string {
  return lang === "en" ? ruleEn(v) : ruleZh(v);
}

/** A reduction target (`能耗下降3%`) of an indicator where less is better: judged on the size of the fall. */
const isReduction = (target: JudgedFigure, metric: Metric) => metric.measure === "change" && metric.better === "down" && target.direction === "down";

/**
 * The target is a ceiling: a ceiling word (`控制在…以内`, or `控制在3%左右`: approximate, but bounded above, whichever
 * way the indicator is better), or an indicator where less is better (`居民消费价格涨幅3%左右`), unless it is a
 * reduction. A ceiling has no `near`: nor does its chart widen it by the tolerance of an approximate floor.
 */
export function isCeiling(target: JudgedFigure, metric: Metric): boolean {
  const capped = target.qualifier === "at_most" || (target.max !== null && target.min === null);
  return !isReduction(target, metric) && (capped || metric.better === "down");
}

/**
 * Judge a target by the outcome the next year's report states (GUIDE §2b): a ceiling (`控制在…以内`, `控制在…左右`,
 * or an indicator where less is better, stated as a level) is met when the outcome stays at or below it; a reduction
 * (`能耗下降3%`) is met when the outcome falls at least as much; anything else is a floor, met when the outcome
 * reaches it, `near` when an approximate (`左右`) or range target is missed by at most 0.5 percentage points.
 * Figures written at two magnitudes of one unit are compared in the finer, where both are exact (`12389人` against
 * `1.1万人`: 12389人 against 11000人); null for two units, which no rule compares.
 */
export function verdict(targetWritten: JudgedFigure, outcomeWritten: JudgedFigure, metric: Metric): Verdict | null {
  if (!sameQuantity(outcomeWritten.unit, targetWritten.unit, metric.unit)) return null;
  // An index on the previous year is compared as the change it is (`103（上年=100）` as 3%).
  const units = [outcomeWritten.unit, targetWritten.unit];
  const finer = units.includes(INDEX_UNIT)
    ? units.includes("%") ? "%" : INDEX_UNIT
    : unitScale(outcomeWritten.unit).factor < unitScale(targetWritten.unit).factor ? outcomeWritten.unit : targetWritten.unit;
  const [target, outcome] = [inUnit(targetWritten, finer, metric.unit), inUnit(outcomeWritten, finer, metric.unit)];
  const ceiling = isCeiling(target, metric);
  const reduction = isReduction(target, metric);
  const written = { outcomeUnit: outcome.unit, targetUnit: target.unit, estimate: outcome.estimate, gap: null };
  if (ceiling) {
    const t = signed(target, metric, "max");
    const o = signed(outcome, metric, "max");
    if (t === null || o === null) return null;
    return { ...written, status: o <= t ? "met" : "missed", rule_id: "ceiling", outcome: o, target: t };
  }
  if (reduction) {
    const t = numberOf(target, "min");
    const o = signed(outcome, metric, "min");
    if (t === null || o === null) return null;
    const size = -o;
    return { ...written, status: size >= t ? "met" : "missed", rule_id: "reduction", outcome: size, target: t };
  }
  const t = signed(target, metric, "min");
  const o = signed(outcome, metric, "min");
  if (t === null || o === null) return null;
  const loose = (target.qualifier === "approx" || (target.value === null && target.min !== null && target.max !== null)) && PERCENT.has(target.unit);
  if (o >= t) return { ...written, status: "met", rule_id: loose ? "floor_approx" : "floor", outcome: o, target: t };
  if (loose) {
    const gap = t - o;
    return { ...written, status: gap <= NEAR_POINTS + 1e-9 ? "near" : "missed", rule_id: "floor_approx", outcome: o, target: t, gap };
  }
  return { ...written, status: "missed", rule_id: "floor", outcome: o, target: t };
}

/** {@link verdict} as a judgement: status, rule id and the rule as applied, in a language (Chinese by default). */
export function judge(target: JudgedFigure, outcome: JudgedFigure, metric: Metric, lang: Lang = "zh-CN"): Judgement | null {
  const v = verdict(target, outcome, metric);
  return v && { status: v.status, rule_id: v.rule_id, rule: ruleText(v, lang) };
}
