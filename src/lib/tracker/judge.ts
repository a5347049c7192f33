import type { Figure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import type { TrackerRule, TrackerStatus } from "../schema/tracker.ts";

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

const show = (n: number, unit: string) => `${Number(n.toFixed(2))}${unit === "个百分点" ? "个百分点" : unit}`;
const estimateNote = (o: JudgedFigure) => (o.estimate ? "（结果为预计数）" : "");

/**
 * Judge a target by the outcome the next year's report states (GUIDE §2b): a ceiling (`控制在…以内`, or an
 * indicator where less is better, stated as a level) is met when the outcome stays at or below it; a reduction
 * (`能耗下降3%`) is met when the outcome falls at least as much; anything else is a floor, met when the outcome
 * reaches it, `near` when an approximate (`左右`) or range target is missed by at most 0.5 percentage points.
 */
export function judge(target: JudgedFigure, outcome: JudgedFigure, metric: Metric): Judgement | null {
  const reduction = metric.measure === "change" && metric.better === "down" && target.direction === "down";
  const ceiling = !reduction && (target.qualifier === "at_most" || metric.better === "down");
  if (ceiling) {
    const t = signed(target, metric, "max");
    const o = signed(outcome, metric, "max");
    if (t === null || o === null) return null;
    const status = o <= t ? "met" : "missed";
    const verdict = status === "met" ? "未超过上限，完成" : "超过上限，未完成";
    return { status, rule_id: "ceiling", rule: `上限：结果 ${show(o, outcome.unit)} 对上限 ${show(t, target.unit)}，${verdict}${estimateNote(outcome)}` };
  }
  if (reduction) {
    const t = numberOf(target, "min");
    const o = signed(outcome, metric, "min");
    if (t === null || o === null) return null;
    const size = -o;
    const status = size >= t ? "met" : "missed";
    const verdict = status === "met" ? "降幅达到目标，完成" : "降幅未达到目标，未完成";
    return { status, rule_id: "reduction", rule: `降幅：结果下降 ${show(size, outcome.unit)} 对目标下降 ${show(t, target.unit)}，${verdict}${estimateNote(outcome)}` };
  }
  const t = signed(target, metric, "min");
  const o = signed(outcome, metric, "min");
  if (t === null || o === null) return null;
  const loose = (target.qualifier === "approx" || (target.value === null && target.min !== null && target.max !== null)) && PERCENT.has(target.unit);
  if (o >= t) {
    return loose
      ? { status: "met", rule_id: "floor_approx", rule: `约数或区间目标：结果 ${show(o, outcome.unit)} 对目标 ${show(t, target.unit)}，达到目标，完成${estimateNote(outcome)}` }
      : { status: "met", rule_id: "floor", rule: `下限：结果 ${show(o, outcome.unit)} 对目标 ${show(t, target.unit)}，达到目标，完成${estimateNote(outcome)}` };
  }
  if (loose) {
    const gap = t - o;
    const status = gap <= NEAR_POINTS + 1e-9 ? "near" : "missed";
    const verdict = status === "near" ? `不超过${NEAR_POINTS}个百分点为接近` : `超过${NEAR_POINTS}个百分点为未完成`;
    return { status, rule_id: "floor_approx", rule: `约数或区间目标：结果 ${show(o, outcome.unit)} 对目标 ${show(t, target.unit)}，差 ${show(gap, "个百分点")}，${verdict}${estimateNote(outcome)}` };
  }
  return { status: "missed", rule_id: "floor", rule: `下限：结果 ${show(o, outcome.unit)} 对目标 ${show(t, target.unit)}，未达到目标，未完成${estimateNote(outcome)}` };
}
