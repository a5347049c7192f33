import { AUTHORITY } from "../figures/authority.ts";
import { plansNamed } from "../figures/cues.ts";
import { openingPlan, openingSignal, partSignal, type PartSignal } from "../figures/parts.ts";
import { namesPlanYear } from "./early-parts.ts";

const ORDER: PartSignal[] = ["review", "outlook", "plan"];

/** What one half of a joined heading says: task words alone (`重点任务`) are the other half's, not the plan year's. */
function halfSignal(text: string, year: number): PartSignal | null {
  const signal = partSignal(text, year);
  return signal === "plan" && !namesPlanYear(text, year) ? null : signal;
}

/**
 * The periods a part heading joins, in the report's order, when its halves name two or three
 * (`“十四五”时期发展成就和“十五五”时期主要目标任务`: review, then outlook; `关于“十一五”规划纲要的简要说明及2006年主要任务`
 * and `今后五年的奋斗目标和2003年工作建议`: outlook, then plan), else null. Such a part opens with the first and
 * turns to the next where a paragraph says so ({@link turnsTo}).
 */
export function joinedSignals(text: string, year: number): PartSignal[] | null {
  const halves = text.replace(/^\s*[一二三四五六七八九十]+[、．.]\s*/, "").split(/和|及|暨|[，,、；]/);
  const signals: PartSignal[] = [];
  for (const half of halves) {
    const signal = halfSignal(half, year);
    if (signal && signals.at(-1) !== signal) signals.push(signal);
  }
  const forward = signals.every((s, i) => i === 0 || ORDER.indexOf(s) > ORDER.indexOf(signals[i - 1]!));
  return signals.length > 1 && forward ? signals : null;
}

/** A coming term named: a later five-year plan (`“十五五”`, `第十五个五年规划`), the next five years, or 2035. */
function namesComingTerm(text: string, year: number): boolean {
  return plansNamed(text).some((plan) => plan.years[0] >= year) || /(?:今后|未来)的?(?:五|5)年|远景|二〇三五|2035年/.test(text);
}

/**
 * Whether a paragraph right under a joined part turns it to `next`: to the outlook, an opening sentence on a coming
 * term (`根据《…第十五个五年规划的建议》，我们编制了“十五五”规划纲要（草案）`); to the plan year, an opening sentence
 * on it (`2006年是实施“十一五”规划的开局之年`, `今年全市经济社会发展的主要预期目标是：`).
 */
export function turnsTo(text: string, year: number, next: PartSignal): boolean {
  const first = text.split(/[。！？]/)[0] ?? "";
  if (next === "outlook") return openingSignal(first, year) === "outlook" && namesComingTerm(first, year);
  if (next === "plan") {
    if (openingPlan(first, year)) return true;
    const opens = new RegExp(`^(?:各位代表[，,！!：:]?)?(?:${year}年|今年)`).test(first);
    return opens && AUTHORITY.test(first) && !/今后(?:五|5)年|“十[一二三四五六七八九]五”时期/.test(first);
  }
  return false;
}

/** Whether a section heading of a joined part turns it to `next` (`（二）2006年主要任务`). */
export function headingTurnsTo(text: string, year: number, next: PartSignal): boolean {
  return halfSignal(text, year) === next;
}
