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
 * may run on after the earlier one's words: a credit or dateline), or null when the body ends on no such repeat.
 */
export function repeatedTail(lines: readonly Line[]): number | null {
  const n = lines.length;
  for (let j = 1; j <= n - MIN_LINES; j++) {
    const first = lines[j]!.text.trim();
    if ([...first].length < 4) continue;
    const k = n - j;
    for (let i = 0; i + k <= j; i++) {
      if (lines[i]!.text.trim() !== first) continue;
      let same = true;
      for (let t = 0; t < k && same; t++) {
        const a = lines[i + t]!.text.trim();
        const b = lines[j + t]!.text.trim();
        same = t === k - 1 ? b.startsWith(a) && a.length > 0 : a === b;
      }
      if (same) return j;
    }
  }
  return null;
}
