import { createHash } from "node:crypto";
import { decodeHTML } from "entities";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { reportTermPatterns } from "../glossary/terms.ts";
import { spellingsIn } from "../glossary/match.ts";
import { termVariants, unquote } from "../glossary/variants.ts";
import { layoutOfEntries } from "../glossary/pages.ts";

/**
 * What the pages that link the glossary's terms in a report's text read of the glossary, one digest per report:
 * its reader, its comparisons and its search shard render again when this changes, not whenever any appendix
 * does. A page is made from:
 * - the report's own entries (its appendix, which its search shard indexes and its reader lists);
 * - the entries its text can link: for each term whose spellings occur in its text, the entry the report reads
 *   (its own, else its family's, else the first of the list: `termPatterns`), as the reader, the comparisons and
 *   their count of shared terms read it;
 * - the terms whose spellings occur in it, which a comparison counts as candidate slogans;
 * - the glossary page of each of those entries (its own and those it links: `/glossary/` or, when the glossary
 *   is split, its term's page, src/lib/glossary/pages.ts), where its reader's and search shard's links point.
 * An entry whose spellings occur nowhere in a report's text changes none of its pages; so a report added with an
 * appendix renders again only the pages of the reports whose text holds one of its terms (or whose entry it
 * replaces as the first of a term).
 *
 * "Occur" is taken wide, so that no page is keyed on too little: any spelling anywhere in the Markdown body,
 * quotation marks left out as the term finder leaves them out (src/lib/glossary/match.ts), overlapping
 * matches and matches across inline markup or inside links and headings included, the body read as it is, with
 * Markdown's escapes and character references resolved, and without its inline markup.
 */
export function glossaryReads(
  entries: readonly GlossaryEntry[],
  bodies: ReadonlyMap<string, string>,
  families?: ReadonlyMap<string, string>,
): Map<string, string> {
  return new Map([...glossaryUses(entries, bodies, families)].map(([id, use]) => [id, createHash("sha256").update(JSON.stringify(use)).digest("hex")]));
}

/** What a report's text reads of the glossary (see {@link glossaryReads}). */
export interface GlossaryUse {
  /** The report's own entries. */
  own: GlossaryEntry[];
  /** The entries it reads of the terms whose spellings occur in its text, in the order of its term patterns. */
  linked: GlossaryEntry[];
  /** The terms whose spellings occur in its text, sorted. */
  terms: string[];
  /** The glossary page of each of its own entries, then of each it links. */
  pages: string[];
}

/** What each report's text reads of the glossary, by report id, each of its family (`families`; see {@link glossaryReads}). */
export function glossaryUses(
  entries: readonly GlossaryEntry[],
  bodies: ReadonlyMap<string, string>,
  families?: ReadonlyMap<string, string>,
): Map<string, GlossaryUse> {
  const spellingsOf = new Map(entries.map((e) => [e, [...new Set([...termVariants(e), unquote(e.term)])]]));
  const termsBySpelling = new Map<string, Set<string>>();
  for (const [e, spellings] of spellingsOf) for (const s of spellings) termsBySpelling.set(s, (termsBySpelling.get(s) ?? new Set()).add(e.term));
  const scan = spellingsIn([...termsBySpelling.keys()]);
  const patternsOf = reportTermPatterns(entries);
  const own = Map.groupBy(entries, (e) => e.report);
  const layout = layoutOfEntries(entries);
  const out = new Map<string, GlossaryUse>();
  for (const [id, body] of bodies) {
    const found = scan(readable(body));
    const occurs = (e: GlossaryEntry) => spellingsOf.get(e)!.some((s) => found.has(s));
    const linked = patternsOf(id, families?.get(id)).map((p) => p.key).filter(occurs);
    const terms = [...new Set([...found].flatMap((s) => [...termsBySpelling.get(s)!]))].sort();
    const mine = own.get(id) ?? [];
    out.set(id, { own: mine, linked, terms, pages: [...mine, ...linked].map((e) => layout.pathOf(e.term)) });
  }
  return out;
}

/**
 * A Markdown body as it is, with its escapes and character references resolved, and without its inline markup
 * (emphasis and code marks, link brackets and destinations, hard breaks): a paragraph's text as the comparisons
 * count terms in it runs across them (`**改革**开放` is 改革开放). Apart (no spelling holds `\0`).
 */
function readable(body: string): string {
  const unescaped = body.includes("\\") ? body.replace(/\\([!-/:-@[-`{-~])/g, "$1") : body;
  const decoded = unescaped.includes("&") ? decodeHTML(unescaped) : unescaped;
  const plain = decoded.replace(/\]\([^)\n]*\)|\\\n| {2,}\n|[*_`[\]<>!]/g, "");
  return unquote([...new Set([body, unescaped, decoded, plain])].join("\0"));
}
