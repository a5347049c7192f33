/** Chinese text in a term: only such terms are split into words. */
const CJK = /[\u3400-\u9fff]/;
/** Shortest term split into words. */
const MIN_LENGTH = 4;

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The words of a Chinese term, for finding them in another order: `老旧小区改造` → 老旧 小区 改造. Words come
 * from `Intl.Segmenter`, which splits domain terms into single characters (营商 → 营/商); runs of single
 * characters are joined again, and a lone one joins the next word (高/质量 → 高质量), so every piece is a
 * real part of the term. Returns [] for a short or non-Chinese term, or one that stays one piece.
 */
export function termPieces(term: string): string[] {
  if (term.length < MIN_LENGTH || !CJK.test(term)) return [];
  segmenter ??= typeof Intl.Segmenter === "function" ? new Intl.Segmenter("zh", { granularity: "word" }) : null;
  if (!segmenter) return [];
  const words = [...segmenter.segment(term)].map((s) => s.segment).filter((w) => w.trim());
  const pieces: string[] = [];
  let singles = "";
  for (const word of words) {
    if (word.length === 1) {
      singles += word;
      continue;
    }
    if (singles.length === 1) pieces.push(singles + word);
    else {
      if (singles) pieces.push(singles);
      pieces.push(word);
    }
    singles = "";
  }
  if (singles.length === 1 && pieces.length) pieces[pieces.length - 1] += singles;
  else if (singles) pieces.push(singles);
  return pieces.length > 1 ? pieces : [];
}
