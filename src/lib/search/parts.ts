/** Display names of the parts of a report (`DocPeriod`): the filter's options and the results' labels. */
const NAMES: Readonly<Record<string, string>> = {
  review: "工作回顾",
  plan: "年度工作安排",
  outlook: "五年规划展望",
};

/** The name of a part (`review` → 工作回顾); a part without a name shows its id. */
export const partName = (part: string): string => NAMES[part] ?? part;

/** The known parts first, in reading order (回顾, 五年展望, 年度安排), then any other in the order given. */
export function orderParts(parts: readonly string[]): string[] {
  const rank = (p: string) => ["review", "outlook", "plan"].indexOf(p);
  const known = parts.filter((p) => rank(p) >= 0).sort((a, b) => rank(a) - rank(b));
  return [...new Set([...known, ...parts.filter((p) => rank(p) < 0)])];
}
