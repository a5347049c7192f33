import { QUOTE_PAIRS } from "./variants.ts";

/** A phrase to look for, under one or more spellings. */
export interface PhrasePattern<K> {
  key: K;
  /** Spellings without quotation marks. */
  variants: readonly string[];
  /**
   * The words that follow the phrase in its own report's spelling (“四个一”行动 → 行动): where another text has
   * the phrase followed directly by a Chinese character, that character must begin them (“四个一”林草产业 is
   * another programme).
   */
  suffix?: string;
}

/** A phrase found in a text, in UTF-16 offsets [start, end) of the original text. */
export interface PhraseMatch<K> {
  key: K;
  start: number;
  end: number;
}

const QUOTE_CHARS = new Set([...QUOTE_PAIRS.flat(), '"']);
const QUOTE_CLASS = `[${[...QUOTE_CHARS].map((c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`).join("")}]`;
const QUOTE_RE = new RegExp(QUOTE_CLASS);
const QUOTES_G = new RegExp(QUOTE_CLASS, "g");
const ALNUM = /[0-9A-Za-z]/;
const HAN = /\p{Script=Han}/u;

/**
 * Widen a range by the quotation mark that closes (or opens) one left unbalanced inside it, and by a pair
 * of quotation marks right around it (`“放管服”` is marked whole).
 */
function balance(text: string, start: number, end: number): [number, number] {
  const slice = text.slice(start, end);
  for (const [open, close] of QUOTE_RE.test(slice) ? QUOTE_PAIRS : []) {
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

/** Chinese numerals: a term that starts with one (`十大`) is not found inside a longer number (`党的二十大`). */
const NUMERAL = /[〇零一二两三四五六七八九十百千万]/;

/**
 * Whether a match of `v` at [i, j) of `norm` would cut through a run of Latin letters or digits (`11+9`), or start
 * inside a number written in Chinese numerals (`二十大`).
 */
function cutsWord(norm: string, i: number, j: number): boolean {
  return (
    (ALNUM.test(norm[i]!) && ALNUM.test(norm[i - 1] ?? "")) ||
    (ALNUM.test(norm[j - 1]!) && ALNUM.test(norm[j] ?? "")) ||
    (NUMERAL.test(norm[i]!) && NUMERAL.test(norm[i - 1] ?? ""))
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

/** A node of a trie of spellings: the next UTF-16 unit, and what the spelling that ends here stands for, if any. */
interface TrieNode<V> {
  next: Map<string, TrieNode<V>>;
  ends?: V;
}

/**
 * A trie of spellings by UTF-16 unit, each spelling's node holding the first value given for it, and whether a
 * spelling starts with each UTF-16 unit (most positions of a text are passed over on this alone).
 */
function spellingTrie<V>(items: Iterable<readonly [string, V]>): { root: TrieNode<V>; starts: Uint8Array } {
  const root: TrieNode<V> = { next: new Map() };
  for (const [spelling, value] of items) {
    if (spelling.length === 0) continue;
    let node = root;
    for (const unit of spelling.split("")) {
      let child = node.next.get(unit);
      if (!child) node.next.set(unit, (child = { next: new Map() }));
      node = child;
    }
    node.ends ??= value;
  }
  const starts = new Uint8Array(0x10000);
  for (const unit of root.next.keys()) starts[unit.charCodeAt(0)] = 1;
  return { root, starts };
}

/** Every spelling that occurs in a text, at any position, overlapping ones too (no quotation marks left out). */
export function spellingsIn(spellings: readonly string[]): (text: string) => Set<string> {
  const { root, starts } = spellingTrie(spellings.map((s) => [s, s] as const));
  return (text) => {
    const found = new Set<string>();
    for (let i = 0; i < text.length; i++) {
      if (!starts[text.charCodeAt(i)]) continue;
      let node: TrieNode<string> | undefined = root;
      for (let j = i; j < text.length; j++) {
        node = node.next.get(text[j]!);
        if (!node) break;
        if (node.ends !== undefined) found.add(node.ends);
      }
    }
    return found;
  };
}

/** A finder of phrases spelt one way each (slogans, without quotation marks), each match keyed by its phrase. */
export function plainPhraseFinder(phrases: Iterable<string>): (text: string) => PhraseMatch<string>[] {
  return phraseFinder([...phrases].map((p) => ({ key: p, variants: [p] })));
}

/**
 * {@link findPhrases} with the patterns prepared once, for searching many texts with the same patterns:
 * the spellings are put in a trie of UTF-16 units, so each position of a text is tried in one walk, as long
 * as the longest spelling that starts there, whatever the number of patterns. Where two patterns share a
 * spelling, the first given wins. (The patterns are read when the finder is made.)
 */
export function phraseFinder<K>(patterns: readonly PhrasePattern<K>[]): (text: string) => PhraseMatch<K>[] {
  type Hit = { key: K; v: string; suffix: string | undefined };
  const { root, starts } = spellingTrie(
    patterns.flatMap((p) => p.variants.map((v) => [v, { key: p.key, v, suffix: p.suffix }] as const)),
  );
  /** The longest spelling at `i` of `norm` that does not cut through a word. */
  const longestAt = (norm: string, i: number): Hit | undefined => {
    const ends: Hit[] = [];
    let node: TrieNode<Hit> | undefined = root;
    for (let j = i; j < norm.length; j++) {
      node = node.next.get(norm[j]!);
      if (!node) break;
      if (node.ends) ends.push(node.ends);
    }
    for (let k = ends.length - 1; k >= 0; k--) {
      if (!cutsWord(norm, i, i + ends[k]!.v.length)) return ends[k];
    }
    return undefined;
  };
  return (text) => {
    // Offsets in the text without quotation marks map back through `keep` (identity when there are none).
    const removed: number[] = [];
    for (const m of text.matchAll(QUOTES_G)) removed.push(m.index);
    const norm = removed.length ? text.replace(QUOTES_G, "") : text;
    // Asked for in increasing order only: the quotation marks passed so far are counted once.
    let passed = 0;
    const at = (i: number) => {
      while (passed < removed.length && removed[passed]! <= i + passed) passed++;
      return i + passed;
    };
    const out: PhraseMatch<K>[] = [];
    for (let i = 0; i < norm.length;) {
      const hit = starts[norm.charCodeAt(i)] ? longestAt(norm, i) : undefined;
      if (!hit) {
        i++;
        continue;
      }
      const [start, end] = balance(text, at(i), at(i + hit.v.length - 1) + 1);
      if (hit.suffix && !hit.v.endsWith(hit.suffix) && HAN.test(text[end] ?? "") && text[end] !== hit.suffix[0]) {
        i++;
        continue;
      }
      const prev = out.at(-1);
      if (!prev || start >= prev.end) out.push({ key: hit.key, start, end });
      i += hit.v.length;
    }
    return out;
  };
}
