/** A piece of text around a match: the match and some context on each side. */
export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * The context of `text[start, end)`: up to `radius` characters on each side, cut at a sentence mark
 * when one is near, with `…` where the text goes on.
 */
export function snippetOf(text: string, [start, end]: readonly [number, number], radius = 30): Snippet {
  let from = Math.max(0, start - radius);
  const stop = text.slice(from, start).search(/[。！？；][^。！？；]*$/);
  if (stop !== -1) from += stop + 1;
  let to = Math.min(text.length, end + radius);
  const mark = text.slice(end, to).search(/[。！？；]/);
  if (mark !== -1) to = end + mark + 1;
  return {
    before: (from > 0 ? "…" : "") + text.slice(from, start),
    match: text.slice(start, end),
    after: text.slice(end, to) + (to < text.length ? "…" : ""),
  };
}
