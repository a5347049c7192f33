import type { Range } from "./match.ts";

/**
 * Where in a text an approximate occurrence of `term` (at most `errors` edits) can be: around the
 * occurrences of its rarest characters. Such an occurrence keeps all but `errors` of the term's
 * characters, so it holds at least one of any `errors + 1` of them; the windows around those
 * characters (term length plus errors on each side) contain every possible match. Returns merged
 * windows, or null when they would cover most of the text anyway.
 */
export function fuzzyWindows(
  text: string,
  term: string,
  errors: number,
  frequency: (code: number) => number,
): Range[] | null {
  const byRarity = [...new Set(term)].sort(
    (a, b) => frequency(a.charCodeAt(0)) - frequency(b.charCodeAt(0)) || (a < b ? -1 : 1),
  );
  const anchors: string[] = [];
  let positions = 0;
  for (const c of byRarity) {
    if (positions > errors) break;
    anchors.push(c);
    for (const t of term) if (t === c) positions++;
  }
  const reach = term.length + errors;
  const windows: [number, number][] = [];
  for (const c of anchors) {
    for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1))
      windows.push([Math.max(0, i - reach), Math.min(text.length, i + reach + 1)]);
  }
  windows.sort((a, b) => a[0] - b[0]);
  const merged: [number, number][] = [];
  for (const [s, e] of windows) {
    const last = merged.at(-1);
    if (last && s <= last[1]) last[1] = Math.max(last[1], e);
    else merged.push([s, e]);
  }
  const covered = merged.reduce((n, [s, e]) => n + e - s, 0);
  return covered > text.length * 0.7 ? null : merged;
}
