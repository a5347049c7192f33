import { foldText } from "./normalize.ts";

/** The hand-kept synonym table as stored in `content/synonyms.json`: a query word → words the reports use for it. */
export type SynonymTable = Readonly<Record<string, readonly string[]>>;

/** One rule of a compiled table: the folded word to look for, and what else to search, as written and folded. */
export interface SynonymRule {
  key: string;
  /**
   * Whether the key is a word of Latin script (`gdp`, `retail sales`, `r&d`): it is then found only as a
   * whole word (`gdp` in `gdp增长`, not `cpi` in `epic`), a plural `-s`/`-es` included, and not inside a
   * longer key already found (`unemployment` inside `unemployment rate`).
   */
  word: boolean;
  also: readonly { display: string; folded: string }[];
}

/** An alternative form of a query term. */
export interface Alternative {
  /** Folded form, matched against folded text. */
  folded: string;
  /** The form to show ("also searched: …"). */
  display: string;
}

/** Latin letters and digits: what a word key may not run into. */
const WORD_CHAR = /[a-z0-9]/;
/** A key written in Latin script. */
const LATIN = /[a-z]/;

/** Fold a table's key: folded as text is, runs of white space made one space. */
export function foldKey(key: string): string {
  return foldText(key.trim()).replace(/\s+/g, " ");
}

/** Fold a synonym table into rules, longest key first. */
export function compileSynonyms(table: SynonymTable): SynonymRule[] {
  return Object.entries(table)
    .map(([key, also]) => {
      const folded = foldKey(key);
      return { key: folded, word: LATIN.test(folded), also: also.map((display) => ({ display, folded: foldText(display) })) };
    })
    .sort((a, b) => b.key.length - a.key.length || (a.key < b.key ? -1 : 1));
}

/**
 * Where a rule's key occurs in a term, as `[start, end)` ranges. A word key counts only as a whole word,
 * optionally with a plural ending (`kindergartens`, `taxes`).
 */
export function keyOccurrences(term: string, rule: Pick<SynonymRule, "key" | "word">): [number, number][] {
  const out: [number, number][] = [];
  const { key } = rule;
  let i = term.indexOf(key);
  while (i !== -1) {
    const end = rule.word ? wordEnd(term, key, i) : i + key.length;
    if (end === -1) i = term.indexOf(key, i + 1);
    else {
      out.push([i, end]);
      i = term.indexOf(key, end);
    }
  }
  return out;
}

/** Where a word key found at `i` ends, its plural ending included; -1 when it is part of a longer word there. */
function wordEnd(term: string, key: string, i: number): number {
  const end = i + key.length;
  if (WORD_CHAR.test(key[0]!) && WORD_CHAR.test(term[i - 1] ?? "")) return -1;
  if (!WORD_CHAR.test(key.at(-1)!)) return end;
  const plural = /^e?s(?![a-z0-9])/.exec(term.slice(end));
  if (plural) return end + plural[0].length;
  return WORD_CHAR.test(term[end] ?? "") ? -1 : end;
}

/** At most this many alternatives per term, so a query stays cheap whatever the table holds. */
const MAX_ALTERNATIVES = 8;

/**
 * The other forms of a folded query term: for every key that occurs in it, the term with the key replaced
 * by each of the key's synonyms (`gdp` → 地区生产总值; `gdp增长` → 地区生产总值增长; `unemployment rate` →
 * 失业率). The term itself is not included; duplicates are dropped.
 */
export function expandTerm(term: string, rules: readonly SynonymRule[]): Alternative[] {
  const out: Alternative[] = [];
  const seen = new Set([term]);
  /** Stretches of the term that a (longer) word key has claimed. */
  const claimed: [number, number][] = [];
  for (const rule of rules) {
    if (!term.includes(rule.key)) continue;
    let at = keyOccurrences(term, rule);
    if (rule.word) {
      at = at.filter(([s, e]) => !claimed.some(([cs, ce]) => s < ce && e > cs));
      claimed.push(...at);
    }
    if (!at.length) continue;
    for (const alt of rule.also) {
      const replace = (by: string) => {
        let text = "";
        let cursor = 0;
        for (const [s, e] of at) {
          text += term.slice(cursor, s) + by;
          cursor = e;
        }
        return text + term.slice(cursor);
      };
      const folded = replace(alt.folded);
      if (seen.has(folded)) continue;
      seen.add(folded);
      out.push({ folded, display: replace(alt.display) });
      if (out.length >= MAX_ALTERNATIVES) return out;
    }
  }
  return out;
}

/** The longest multi-word key (`retail sales`) that `words` start with, as a number of words; 0 when none. */
export function phraseLength(words: readonly string[], rules: readonly SynonymRule[]): number {
  const first = words[0];
  if (!first || words.length < 2) return 0;
  let best = 0;
  for (const rule of rules) {
    // Only the last word of a phrase may take a plural ending, so the first is as typed.
    if (!rule.word || !rule.key.startsWith(`${first} `)) continue;
    const n = rule.key.split(" ").length;
    if (n <= best || n > words.length) continue;
    const phrase = words.slice(0, n).join(" ");
    if (keyOccurrences(phrase, rule).some(([s, e]) => s === 0 && e === phrase.length)) best = n;
  }
  return best;
}
