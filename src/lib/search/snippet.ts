import type { Range } from "./match.ts";

/** A piece of a snippet: plain text, or matched text to mark. */
export interface SnippetPart {
  text: string;
  mark: boolean;
}

/** A snippet of a long text around its matches. */
export interface Snippet {
  parts: SnippetPart[];
  /** Text was cut before / after the snippet (show an ellipsis). */
  cutStart: boolean;
  cutEnd: boolean;
}

/**
 * Cut `text` to about `width` characters around the first match (with some context before it), and split
 * it into plain and marked parts. With no ranges, the start of the text.
 */
export function snippet(text: string, ranges: readonly Range[], width = 110, context = 24): Snippet {
  const first = ranges[0];
  let start = first ? Math.max(0, first[0] - context) : 0;
  if (start > 0 && start < 8) start = 0;
  const end = Math.min(text.length, Math.max(start + width, first ? first[1] : 0));
  if (end === text.length) start = Math.max(0, Math.min(start, end - width));
  const parts: SnippetPart[] = [];
  let cursor = start;
  for (const [s, e] of ranges) {
    if (e <= start || s >= end) continue;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    if (from > cursor) parts.push({ text: text.slice(cursor, from), mark: false });
    parts.push({ text: text.slice(from, to), mark: true });
    cursor = to;
  }
  if (cursor < end) parts.push({ text: text.slice(cursor, end), mark: false });
  return { parts, cutStart: start > 0, cutEnd: end < text.length };
}
