import { CN_NUM, chineseNumeral } from "../text/numerals.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { KEPT_HEADING_MARKS } from "../source/lines.ts";

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
  // A copy that lost the first character of each line keeps `一）` of `（一）` (Lanzhou 2024: `一）全力以赴稳增长、促发展，…`).
  ["cn-paren", new RegExp(`^[（(]?(${CN_NUM})[）)]`)],
  ["num-paren", /^[（(](\d{1,2})[）)]/],
  // A copy of a printed page may keep a space between the number and its enumeration comma (`2 、狠抓基础产业，加快基础设施
  // 建设。`, Hainan 1994).
  ["num", /^(\d{1,2})(?:[.．、]| 、)(?!\d)/],
  // `第一，…`: ordinal paragraphs that open with a topic sentence, read as run-on headings like `（一）`. A web page's copy
  // may keep a space where its source wrapped the line after 第 (`第 二，打造新的区域经济增长极。`, Hebei 2007).
  ["ordinal", new RegExp(`^第 ?(${CN_NUM})[，、,]`)],
];

/**
 * The parenthesized numbers of one character (`㈠` U+3220 … `㈩`, `⑴` U+2474 … `⒇`), which some reports set for
 * `（一）` and `（1）`: the same markers.
 */
const ENCLOSED: [MarkerFamily, number, number][] = [
  ["cn-paren", 0x3220, 0x3229],
  ["num-paren", 0x2474, 0x2487],
];

/**
 * The bold marks a plain-text copy kept from its Markdown source where the source's bold did not parse
 * (`**（一）全力以赴稳增长。**面对…`): two asterisks opening the line, closed later in it. They are kept in the text.
 */
export function keptBoldOpen(line: string): number {
  return line.startsWith("**") && line.indexOf("**", 3) > 2 ? 2 : 0;
}

/** The length of the markup a plain-text copy kept before a line's numbering: heading marks, then bold marks. */
function keptMarkupOpen(line: string): number {
  const heading = KEPT_HEADING_MARKS.exec(line)?.[0].length ?? 0;
  return heading + keptBoldOpen(line.slice(heading));
}

/**
 * The heading marker a line starts with, if any (its digits ASCII or full-width: `（１）`, `２．`; or `㈢`, `⑶`), also
 * after the heading or bold marks a plain-text copy kept (`## 一、…`, `**（一）…**`), which the marker's text then includes.
 */
export function markerOf(line: string): Marker | null {
  const bold = keptMarkupOpen(line);
  const first = line.codePointAt(bold) ?? 0;
  for (const [family, from, to] of ENCLOSED) {
    if (first >= from && first <= to) return { family, n: first - from + 1, text: line.slice(0, bold + 1) };
  }
  const read = asciiDigits(line.slice(bold));
  for (const [family, re] of PATTERNS) {
    const m = re.exec(read);
    if (m) {
      const n = chineseNumeral(m[1]!);
      if (Number.isFinite(n) && n > 0) return { family, n, text: line.slice(0, bold + m[0].length) };
    }
  }
  return null;
}

/**
 * `一是…`, `二是…`: an enumeration item at the start of a line; returns its ordinal. Also with the space a web page's copy
 * left where its source wrapped the line (`三 是改革开放取得重要进展`, Hebei 2007).
 */
export function enumerationOf(line: string): number | null {
  const m = new RegExp(`^(${CN_NUM}) ?是`).exec(line);
  if (!m) return null;
  const n = chineseNumeral(m[1]!);
  return Number.isFinite(n) ? n : null;
}
