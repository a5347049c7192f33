import { earlyPlanYears } from "../figures/cues.ts";
import type { PartSignal } from "../figures/parts.ts";

/** The plan year named in a heading: in digits or Chinese numerals (`2001年`, `二〇〇一年`), or as `今年`, its start. */
export function namesPlanYear(text: string, year: number): boolean {
  const cn = String(year).replace(/\d/g, (d) => "〇一二三四五六七八九"[Number(d)]!);
  return text.includes(`${year}年`) || text.includes(`${cn}年`) || /今年|开局|起步|开篇|首年|第一步/.test(text);
}

/**
 * What a part heading of an older report says where the words of later reports are missing: an earlier five-year
 * plan, always written in quotes (`“九五”`, `“十五”`), finished before the plan year (`一、关于“九五”计划的完成情况`,
 * a 2001 report) → review, or beginning with it or later (`二、关于“十五”经济社会发展的目标任务和主要措施`) → outlook;
 * how a plan or year went (`完成情况`, `执行情况`) → review. Null when the heading says none of these, or names the plan
 * year (`关于二〇〇一年的政府工作`: that year's work).
 */
export function earlyPartSignal(text: string, year: number): PartSignal | null {
  if (namesPlanYear(text, year)) return null;
  const plans = [...text.matchAll(/“([六七八九]|十)五”/g)].map((m) => earlyPlanYears(m[1]!));
  if (plans.some(([first]) => first >= year)) return "outlook";
  if (plans.length > 0 && plans.every(([, last]) => last < year)) return "review";
  return /(?:完成|执行)情况/.test(text) ? "review" : null;
}
