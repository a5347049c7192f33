import { CN_NUM, chineseNumeral } from "../text/numerals.ts";
import { asciiDigits } from "../text/hygiene.ts";

/** The numbering families a report uses for its headings. */
export type MarkerFamily = "cn" | "cn-paren" | "num" | "num-paren" | "ordinal";

/** A numbering marker at the start of a line. */
export interface Marker {
  family: MarkerFamily;
  /** The ordinal (一 → 1). */
  n: number;
  /** The marker as written, e.g. `（三）`. */
  text: string;
}

const PATTERNS: [MarkerFamily, RegExp][] = [
  ["cn", new RegExp(`^(${CN_NUM})[、，]`)],
  ["cn-paren", new RegExp(`^[（(](${CN_NUM})[）)]`)],
  ["num-paren", /^[（(](\d{1,2})[）)]/],
  ["num", /^(\d{1,2})[.．、](?!\d)/],
  // `第一，…`: ordinal paragraphs that open with a topic sentence, read as run-on headings like `（一）`.
  ["ordinal", new RegExp(`^第(${CN_NUM})[，、,]`)],
];

/** The heading marker a line starts with, if any (its digits ASCII or full-width: `（１）`, `２．`). */
export function markerOf(line: string): Marker | null {
  const read = asciiDigits(line);
  for (const [family, re] of PATTERNS) {
    const m = re.exec(read);
    if (m) {
      const n = chineseNumeral(m[1]!);
      if (Number.isFinite(n) && n > 0) return { family, n, text: line.slice(0, m[0].length) };
    }
  }
  return null;
}

/** `一是…`, `二是…`: an enumeration item at the start of a line; returns its ordinal. */
export function enumerationOf(line: string): number | null {
  const m = new RegExp(`^(${CN_NUM})是`).exec(line);
  if (!m) return null;
  const n = chineseNumeral(m[1]!);
  return Number.isFinite(n) ? n : null;
}
