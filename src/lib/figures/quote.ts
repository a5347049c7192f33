/** Opening and closing brackets a quote keeps in pairs: full-width and ASCII parentheses. */
const OPEN = new Set(["（", "("]);
const CLOSE = new Set(["）", ")"]);
/** Where a sentence ends: a quote is never carried past it. */
const SENTENCE_END = /[。；！？]/;

/**
 * A figure's quote (`[start, end)` in its paragraph), carried on to close a bracket it opens: a clause cut at a
 * comma inside a parenthesis (`下降1%（扣除新增减税因素影响，增长5.6%）`) quotes the parenthesis whole. The
 * quote is kept as it is when the bracket does not close before the sentence ends.
 */
export function closeBrackets(text: string, [start, end]: readonly [number, number]): [number, number] {
  let depth = 0;
  for (let i = start; i < end; i++) {
    if (OPEN.has(text[i]!)) depth++;
    else if (CLOSE.has(text[i]!) && depth > 0) depth--;
  }
  if (depth === 0) return [start, end];
  for (let i = end; i < text.length; i++) {
    const ch = text[i]!;
    if (SENTENCE_END.test(ch)) break;
    if (OPEN.has(ch)) depth++;
    else if (CLOSE.has(ch) && --depth === 0) return [start, i + 1];
  }
  return [start, end];
}
