/** The parts of a report (`DocPeriod`) as the search page lists them. */

/** The name of a part in the page's words (`review` → 工作回顾 / Review of past work); a part without a name shows its id. */
export const partName = (part: string, names: Readonly<Record<string, string>>): string => names[part] ?? part;

/** The known parts first, in reading order (回顾, 五年展望, 年度安排), then any other in the order given. */
export function orderParts(parts: readonly string[]): string[] {
  const rank = (p: string) => ["review", "outlook", "plan"].indexOf(p);
  const known = parts.filter((p) => rank(p) >= 0).sort((a, b) => rank(a) - rank(b));
  return [...new Set([...known, ...parts.filter((p) => rank(p) < 0)])];
}
