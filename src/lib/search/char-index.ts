/**
 * A character-level inverted index: for each UTF-16 unit, the documents whose folded text holds it. It is
 * the prefilter in front of both matchers: a document can only contain a term (exactly, or within k
 * errors) if it holds all (or all but k) of the term's distinct characters, and Chinese characters are
 * selective enough that this leaves few documents to look at.
 */
export class CharIndex {
  /** Document ids per character code, ascending. */
  private readonly postings = new Map<number, number[]>();
  /** Last document id that added each character, plus one (0 = none), so each document counts once. */
  private readonly last = new Uint32Array(0x10000);
  /** Number of documents added. */
  size = 0;

  /** Add the next document (ids are 0, 1, 2 … in order). */
  add(folded: string): number {
    const id = this.size++;
    for (let i = 0; i < folded.length; i++) {
      const c = folded.charCodeAt(i);
      if (this.last[c] === id + 1) continue;
      this.last[c] = id + 1;
      const list = this.postings.get(c);
      if (list) list.push(id);
      else this.postings.set(c, [id]);
    }
    return id;
  }

  /** Number of documents holding a character. */
  frequency(code: number): number {
    return this.postings.get(code)?.length ?? 0;
  }

  /** Ids (ascending) of the documents holding at least `min` of the distinct characters of `chars`. */
  candidates(chars: string, min: number): number[] {
    const distinct = [...new Set(Array.from({ length: chars.length }, (_, i) => chars.charCodeAt(i)))];
    const need = Math.max(1, Math.min(min, distinct.length));
    const lists = distinct.map((c) => this.postings.get(c) ?? []).sort((a, b) => a.length - b.length);
    if (need === distinct.length) return intersect(lists);
    const counts = new Uint8Array(this.size);
    const out: number[] = [];
    for (const list of lists) for (const id of list) counts[id] = (counts[id] ?? 0) + 1;
    for (let id = 0; id < counts.length; id++) if ((counts[id] ?? 0) >= need) out.push(id);
    return out;
  }
}

/** Intersection of ascending id lists, shortest first. */
function intersect(lists: number[][]): number[] {
  const [first, ...rest] = lists;
  if (!first) return [];
  const cursors = rest.map(() => 0);
  return first.filter((id) =>
    rest.every((list, k) => {
      let i = cursors[k] ?? 0;
      while (i < list.length && (list[i] ?? Infinity) < id) i++;
      cursors[k] = i;
      return list[i] === id;
    }),
  );
}
