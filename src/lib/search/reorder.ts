import type { CorpusDoc, SearchCorpus } from "./corpus.ts";
import type { Match, Range } from "./match.ts";
import type { QueryTerm } from "./query.ts";

/** A sentence's end: a term's words must sit in one sentence. */
const SENTENCE_END = /[。；！？;!?]/;
/** How far apart a term's words may lie, as a multiple of the term's length. */
const SPAN_FACTOR = 2;

/**
 * The shortest stretch of `hay` holding every piece (in any order), as the pieces' ranges, or null when it is
 * longer than `maxSpan` characters or crosses the end of a sentence.
 */
export function piecesWindow(hay: string, pieces: readonly string[], maxSpan: number): Range[] | null {
  const hits: { at: number; end: number; piece: number }[] = [];
  pieces.forEach((piece, p) => {
    for (let i = hay.indexOf(piece); i !== -1; i = hay.indexOf(piece, i + 1)) hits.push({ at: i, end: i + piece.length, piece: p });
  });
  if (new Set(hits.map((h) => h.piece)).size < pieces.length) return null;
  hits.sort((a, b) => a.at - b.at);
  const count = new Array<number>(pieces.length).fill(0);
  let covered = 0;
  let best: { from: number; to: number; span: number } | null = null;
  for (let lo = 0, hi = 0; hi < hits.length; hi++) {
    const h = hits[hi]!;
    count[h.piece] = (count[h.piece] ?? 0) + 1;
    if (count[h.piece] === 1) covered++;
    while (covered === pieces.length) {
      const first = hits[lo]!;
      const end = Math.max(...hits.slice(lo, hi + 1).map((x) => x.end));
      const span = end - first.at;
      if (span <= maxSpan && (!best || span < best.span) && !SENTENCE_END.test(hay.slice(first.at, end)))
        best = { from: lo, to: hi + 1, span };
      count[first.piece] = (count[first.piece] ?? 1) - 1;
      if (count[first.piece] === 0) covered--;
      lo++;
    }
  }
  if (!best) return null;
  const inWindow = hits.slice(best.from, best.to);
  const firstOf = pieces.map((_, p) => inWindow.find((x) => x.piece === p)!);
  return firstOf.map((x) => [x.at, x.end] as const).sort((a, b) => a[0] - b[0]);
}

/** Where a term is in a document: exactly (any form) → "exact"; its words near each other → their ranges; else null. */
function locate(item: CorpusDoc, term: QueryTerm): "exact" | { title: Range[]; text: Range[] } | null {
  if (term.forms.some((f) => item.foldedText.includes(f) || item.foldedTitle.includes(f))) return "exact";
  if (term.pieces.length < 2) return null;
  const span = term.text.length * SPAN_FACTOR;
  const title = piecesWindow(item.foldedTitle, term.pieces, span);
  if (title) return { title, text: [] };
  const text = piecesWindow(item.foldedText, term.pieces, span);
  return text ? { title: [], text } : null;
}

/**
 * Documents that hold a term's words in another order (改造老旧小区 for 老旧小区改造), close together, and every
 * other term as typed; those in `exclude` (the exact matches) are left out. Tier 1, ranked after every exact
 * match: the closer the words, the better. Ranges point at the words.
 */
export function reorderedMatches(corpus: SearchCorpus, terms: readonly QueryTerm[], exclude: ReadonlySet<number>): Match[] {
  if (!terms.some((t) => t.pieces.length > 1)) return [];
  let ids: number[] | null = null;
  for (const term of terms) {
    const chars = term.pieces.length > 1 ? term.text : term.forms.join("");
    const list = term.pieces.length > 1 || term.forms.length === 1 ? corpus.chars.candidates(chars, Infinity) : null;
    if (!list) continue;
    const set = new Set(list);
    ids = ids === null ? list : ids.filter((id) => set.has(id));
  }
  const out: Match[] = [];
  for (const id of ids ?? []) {
    const item = corpus.docs[id];
    if (!item || exclude.has(id)) continue;
    const ranges = { title: [] as Range[], text: [] as Range[] };
    let spread = 0;
    let reordered = false;
    let ok = true;
    for (const term of terms) {
      const found = locate(item, term);
      if (!found) {
        ok = false;
        break;
      }
      if (found === "exact") continue;
      reordered = true;
      ranges.title.push(...found.title);
      ranges.text.push(...found.text);
      const all = [...found.title, ...found.text];
      spread += Math.max(...all.map((r) => r[1])) - Math.min(...all.map((r) => r[0]));
    }
    if (ok && reordered) out.push({ item, score: 1 / (1 + spread), ranges, tier: 1 });
  }
  return out;
}
