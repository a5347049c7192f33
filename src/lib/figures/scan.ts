import { excludedSpans, exclusionAt, type Exclusion } from "./exclusions.ts";
import { readFlat, readQuantity, type Quantity } from "./quantity.ts";

/** Every number of a paragraph sorted into figures, exclusions (with their rule) and leftovers. */
export interface Scan {
  quantities: Quantity[];
  exclusions: Exclusion[];
  /** Numbers that are neither a figure nor excluded by a rule (a number with no unit): [start, end). */
  unparsed: [number, number][];
}

/** Scan a paragraph's text for figures (`增长6%`, `6.5%—7%`, `14:43:43`, `持平`), applying the exclusion rules. */
export function scanNumbers(text: string): Scan {
  const exclusions = excludedSpans(text);
  const quantities: Quantity[] = [];
  const unparsed: [number, number][] = [];
  let consumed = 0;
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < consumed || exclusionAt(exclusions, start, end)) continue;
    const q = readQuantity(text, start);
    if (q) {
      quantities.push(q);
      consumed = q.end;
    } else unparsed.push([start, end]);
  }
  // `持平` (flat), not the same characters inside 支持平台, 保持平稳, 坚持平等.
  for (const m of text.matchAll(/(?<![支保坚维扶主把])持平(?![台稳衡等均安和价])/g)) quantities.push(readFlat(text, m.index)!);
  quantities.sort((a, b) => a.start - b.start);
  return { quantities, exclusions, unparsed };
}
