/**
 * A copy that gives a stretch of the text twice, the second time at its end (a web page that set a part again after
 * the report's close: `**二、2014年工作安排**` … `…而努力奋斗！`, then the whole part once more, its last line with the
 * dateline run on). The repeat adds no word of the report: it is kept out of the body, each line of it dropped.
 */

interface Line {
  text: string;
  line: number;
}

/** The fewest lines a repeat must have to be told from a short line a report may say twice. */
const MIN_LINES = 5;

/**
 * The index of the first line of a tail that repeats, line for line, an earlier stretch of the body (its last line
 * may run on after the earlier one's words: a credit or dateline), or null when the body ends on no such repeat. The
 * longest such tail wins. Each earlier line the last line opens with ends a candidate stretch, matched backwards from
 * there: linear in the lines for a report, whatever it repeats within itself.
 */
export function repeatedTail(lines: readonly Line[]): number | null {
  const n = lines.length;
  const text = lines.map((l) => l.text.trim());
  const last = text[n - 1] ?? "";
  let best = 0;
  for (let e = 0; e < n - 1; e++) {
    if (text[e] === "" || !last.startsWith(text[e]!)) continue;
    // The tail of k lines (from n - k) repeats the stretch ending at e: the lines before the last pair are equal, and
    // the stretch ends before the tail starts.
    const most = Math.min(n - 1 - e, n - 1);
    let k = 1;
    while (k < most && text[e - k] === text[n - 1 - k]) k++;
    for (; k > best && k >= MIN_LINES; k--) {
      if ([...text[n - k]!].length >= 4) {
        best = k;
        break;
      }
    }
  }
  return best > 0 ? n - best : null;
}
