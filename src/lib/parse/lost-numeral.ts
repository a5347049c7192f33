import type { SourceLine } from "../source/lines.ts";
import { type Marker, markerOf } from "./markers.ts";

/** A line that is a heading but for the numeral lost before its `、`: a title of Han text, no sentence ended inside. */
const HEADLESS = /^、\s*[\p{Script=Han}“"《]/u;
/** A title longer than this is a paragraph's text, not a heading's. */
const MAX_TITLE = 40;

/**
 * Part headings whose numeral a copy lost with the first character of every paragraph (`、“十二五”圆满收官，西宁各项事业有了
 * 新突破` for `一、…`, `、科学谋划“十三五”，全面建成小康社会` for `二、…`, before `三、打好…`). The numbering around them says
 * which they are: the lines between part `n、` (or the start) and the next `m、` take the numerals between when there are
 * exactly that many; after the last part, the numerals that follow it. Their text is kept as written.
 */
export function lostNumerals(lines: readonly SourceLine[]): Map<SourceLine, Marker> {
  const found = new Map<SourceLine, Marker>();
  let previous = 0;
  let pending: SourceLine[] = [];
  const assign = (from: number) =>
    pending.forEach((l, k) => found.set(l, { family: "cn", n: from + k, text: "、" }));
  for (const l of lines) {
    if (l.footnote || l.tableRow || l.listItem) continue;
    const text = l.text;
    const marker = markerOf(text);
    if (marker?.family === "cn") {
      if (pending.length > 0 && pending.length === marker.n - previous - 1) assign(previous + 1);
      pending = [];
      previous = marker.n;
      continue;
    }
    const title = text.replace(/^、\s*/, "");
    if (HEADLESS.test(text) && [...title].length <= MAX_TITLE && !/[。！？；;]./.test(title)) pending.push(l);
  }
  if (pending.length > 0 && previous > 0) assign(previous + 1);
  return found;
}

/** The numeral a lost one stands for (`一` for 1). */
export function numeral(n: number): string {
  return [..."一二三四五六七八九十"][n - 1] ?? String(n);
}
