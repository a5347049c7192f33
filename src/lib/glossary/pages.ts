/**
 * The glossary's pages. Up to {@link GLOSSARY_PAGE_TERMS} distinct terms it is one page, `/glossary/`, every
 * entry at `/glossary/#<entry id>`. Above that (a corpus of many reports: 32 reports define about 290 terms,
 * 4,500 elements on one page), its terms are filed by the pinyin of their initial, a page each:
 * `/glossary/l/#<entry id>`, or `/glossary/san/#<entry id>` where an initial has too many terms
 * ({@link glossaryLayout}); `/glossary/` then lists the pages and their terms.
 */
import { pinyin } from "../text/pinyin.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";

/** Most distinct terms a glossary page shows. */
export const GLOSSARY_PAGE_TERMS = 60;

/** Most terms the overview of a split glossary lists one by one (two elements each); above, it lists the letters only. */
export const GLOSSARY_INDEX_TERMS = 600;

/** The letter page of terms that start with no letter and no Chinese character (`5+3`). */
export const OTHER_LETTER = "0";

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;

/**
 * The initial of a term as a dictionary files it, by its first character past quotation marks and other
 * punctuation: the first letter of its pinyin (`“六稳”` → `l`), a Latin letter itself (`A股` → `a`), and a digit,
 * or nothing, {@link OTHER_LETTER} (`5G基站`, `1+3+N`).
 */
export function termLetter(term: string): string {
  for (const ch of term) {
    if (/\p{N}/u.test(ch)) return OTHER_LETTER;
    if (LATIN.test(ch)) return ch.toLowerCase();
    if (HAN.test(ch)) {
      const initial = pinyin(ch, { pattern: "first", toneType: "none" }).toLowerCase();
      return /^[a-z]$/.test(initial) ? initial : OTHER_LETTER;
    }
  }
  return OTHER_LETTER;
}

/** The first `n` syllables of a term's pinyin, joined by `-` (`三大攻坚战`, 1 → `san`; 2 → `san-da`); null when it starts with no Chinese character. */
function syllables(term: string, n: number): string | null {
  const han = [...term.replace(/^[^\p{L}\p{N}]+/u, "")].slice(0, n);
  if (han.length < n || !han.every((c) => HAN.test(c))) return null;
  return pinyin(han.join(""), { toneType: "none", type: "array" }).join("-").toLowerCase().replace(/[^a-z-]/g, "");
}

/**
 * One page of a split glossary: its id (the path segment: `l`, `san`, `san-da` for two syllables, `san_shuang`
 * for a run from one key to another), its label (`L`, `San`, `San Da`, `San–Shuang`, `0`) and its terms, in
 * collation order.
 */
export interface GlossaryPage {
  id: string;
  label: string;
  terms: string[];
}

/** A page's first and last key (the same for a page of one initial or syllable). */
type Placed = GlossaryPage & { from: string; to: string };

/** Where each term of a glossary is shown. */
export interface GlossaryLayout {
  /** Whether it has more than one page. */
  split: boolean;
  /** Its pages, in order (one page, id "", when not split). */
  pages: GlossaryPage[];
  /** The path of the page that shows a term: `/glossary/`, `/glossary/s/`, `/glossary/san/`. */
  pathOf(term: string): string;
}

/** The Chinese collation (pinyin order), one collator for every comparison. */
const collate = new Intl.Collator("zh-Hans-CN").compare;

/** A key in capitals as a dictionary heads it: `l` → `L`, `san-da` → `San Da`. */
const heading = (key: string) => key.split("-").map((s) => s.charAt(0).toUpperCase() + s.slice(1)).join(" ");

/**
 * The pages of a glossary of `terms` (distinct or not). Up to {@link GLOSSARY_PAGE_TERMS} it is one page; above,
 * a page per initial (`termLetter`). An initial with more terms than a page holds is split by the pinyin of its
 * terms' first character (`san`, `shi`, `si`), then of their first two (`san-da`), and so on while a group is too
 * large and its terms start with enough Chinese characters; consecutive groups that fit on one page share it
 * (`san_shuang`: San to Shuang).
 */
export function glossaryLayout(terms: Iterable<string>): GlossaryLayout {
  const all = [...new Set(terms)].sort(collate);
  if (all.length <= GLOSSARY_PAGE_TERMS) return { split: false, pages: [{ id: "", label: "", terms: all }], pathOf: () => "/glossary/" };
  const place = (group: string[], key: string, depth: number): Placed[] => {
    if (group.length <= GLOSSARY_PAGE_TERMS || !group.every((t) => syllables(t, depth + 1) !== null))
      return [{ id: key, label: heading(key), terms: group, from: key, to: key }];
    const parts = [...Map.groupBy(group, (t) => syllables(t, depth + 1)!)]
      .sort(([a], [b]) => a.localeCompare(b))
      .flatMap(([sub, g]) => place(g, sub, depth + 1));
    const packed: { pages: Placed[]; terms: string[] }[] = [];
    for (const p of parts) {
      const last = packed.at(-1);
      if (last && last.terms.length + p.terms.length <= GLOSSARY_PAGE_TERMS) {
        last.pages.push(p);
        last.terms.push(...p.terms);
      } else packed.push({ pages: [p], terms: [...p.terms] });
    }
    return packed.map(({ pages, terms }) => {
      const [from, to] = [pages[0]!.from, pages.at(-1)!.to];
      return pages.length === 1 ? pages[0]! : { id: `${from}_${to}`, label: `${heading(from)}–${heading(to)}`, terms, from, to };
    });
  };
  const pages = [...Map.groupBy(all, termLetter)]
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([letter, group]) => place(group, letter, 0))
    .map(({ id, label, terms }) => ({ id, label, terms }));
  const pageOf = new Map(pages.flatMap((p) => p.terms.map((t) => [t, p.id] as const)));
  return { split: true, pages, pathOf: (term) => (pageOf.has(term) ? `/glossary/${pageOf.get(term)}/` : "/glossary/") };
}

const layoutOf = new WeakMap<readonly GlossaryEntry[], GlossaryLayout>();

/** The layout of the glossary of `entries` (every report's appendix), made once per list. */
export function layoutOfEntries(entries: readonly GlossaryEntry[]): GlossaryLayout {
  let layout = layoutOf.get(entries);
  if (!layout) layoutOf.set(entries, (layout = glossaryLayout(entries.map((e) => e.term))));
  return layout;
}

/**
 * The link to each entry of the glossary made of `entries` (every report's appendix): its term's page and the
 * entry's id, `/glossary/#zhongwei-2020-g1` or `/glossary/s/#zhongwei-2020-g1`.
 */
export function glossaryHrefs(entries: readonly GlossaryEntry[]): (entry: Pick<GlossaryEntry, "id" | "term">) => string {
  const layout = layoutOfEntries(entries);
  return (entry) => `${layout.pathOf(entry.term)}#${entry.id}`;
}
