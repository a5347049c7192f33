import { QUOTE_PAIRS } from "./variants.ts";

/** A phrase to look for, under one or more spellings. */
export interface PhrasePattern<K> {
  key: K;
  /** Spellings without quotation marks. */
  variants: readonly string[];
}

/** A phrase found in a text, in UTF-16 offsets [start, end) of the original text. */
export interface PhraseMatch<K> {
  key: K;
  start: number;
  end: number;
}

const QUOTE_CHARS = new Set([...QUOTE_PAIRS.flat(), '"']);
const ALNUM = /[0-9A-Za-z]/;

/**
 * Widen a range by the quotation mark that closes (or opens) one left unbalanced inside it, and by a pair
 * of quotation marks right around it (`“放管服”` is marked whole).
 */
function balance(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  for (const [open, close] of QUOTE_PAIRS) {
    const opens = slice.split(open).length - 1;
    const closes = slice.split(close).length - 1;
    if (opens > closes && text[end] === close) end++;
    if (closes > opens && text[start - 1] === open) start--;
  }
  for (const [open, close] of QUOTE_PAIRS) {
    if (text[start - 1] === open && text[end] === close) return [start - 1, end + 1];
  }
  return [start, end];
}

/** Whether a match of `v` at [i, j) of `norm` would cut through a run of Latin letters or digits (`11+9`). */
function cutsWord(norm: string, i: number, j: number): boolean {
  return (
    (ALNUM.test(norm[i]!) && ALNUM.test(norm[i - 1] ?? "")) || (ALNUM.test(norm[j - 1]!) && ALNUM.test(norm[j] ?? ""))
  );
}

/**
 * Find phrases in a text, ignoring quotation marks (`守好“三条生命线”` matches 守好三条生命线): leftmost
 * first, the longest spelling at each position, never overlapping. A match that leaves a quotation mark
 * unbalanced takes its partner along (`“六稳”工作`), so the matched text can be wrapped as a whole.
 */
export function findPhrases<K>(text: string, patterns: readonly PhrasePattern<K>[]): PhraseMatch<K>[] {
  return phraseFinder(patterns)(text);
}

/**
 * {@link findPhrases} with the patterns prepared once, for searching many texts with the same patterns:
 * the spellings, longest first, are indexed by their first character, so each position of a text is only
 * tried against the spellings that can start there. (The patterns are read when the finder is made.)
 */
export function phraseFinder<K>(patterns: readonly PhrasePattern<K>[]): (text: string) => PhraseMatch<K>[] {
  const spellings = patterns
    .flatMap((p) => p.variants.map((v) => ({ key: p.key, v })))
    .filter((s) => s.v.length > 0)
    .sort((a, b) => b.v.length - a.v.length);
  /** Spellings by first UTF-16 unit, each list in the order of `spellings` (longest first, then as given). */
  const byFirst = new Map<string, { key: K; v: string }[]>();
  for (const s of spellings) {
    const list = byFirst.get(s.v[0]!);
    if (list) list.push(s);
    else byFirst.set(s.v[0]!, [s]);
  }
  return (text) => {
    const keep: number[] = [];
    let norm = "";
    for (let i = 0; i < text.length; i++) {
      if (QUOTE_CHARS.has(text[i]!)) continue;
      keep.push(i);
      norm += text[i];
    }
    const out: PhraseMatch<K>[] = [];
    for (let i = 0; i < norm.length;) {
      const hit = byFirst.get(norm[i]!)?.find((s) => norm.startsWith(s.v, i) && !cutsWord(norm, i, i + s.v.length));
      if (!hit) {
        i++;
        continue;
      }
      const [start, end] = balance(text, keep[i]!, keep[i + hit.v.length - 1]! + 1);
      const prev = out.at(-1);
      if (!prev || start >= prev.end) out.push({ key: hit.key, start, end });
      i += hit.v.length;
    }
    return out;
  };
}
