import type { ReportDocument } from "../report/document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { glossaryUsage, type MarkedSpan, type TermOccurrence } from "./occurrences.ts";

/** One wording of a term's definition and the appendix entries (reports) that give it. */
export interface TermDefinition {
  text: string;
  entries: GlossaryEntry[];
}

/** A term of the glossary across every report: its definitions where they differ, its uses in each report. */
export interface GlossaryTerm {
  /** The anchor of the term on `/glossary/`: the id of its first entry (the other entries' ids anchor their sources). */
  id: string;
  term: string;
  /** The term as its first appendix writes it, e.g. “三大攻坚战”. */
  term_display: string;
  /** Every entry defining it, in report order. */
  entries: GlossaryEntry[];
  /** The distinct definitions (white space ignored), in order of first appearance. */
  definitions: TermDefinition[];
  /** Uses per report id, whichever entry the report's links point to; a report that never uses it has no entry. */
  counts: Record<string, number>;
  /** The paragraphs using it: reports in the order given, paragraphs in document order. */
  occurrences: TermOccurrence[];
}

const squash = (s: string) => s.replace(/\s+/g, "");

/**
 * Merges the appendix entries of every report into one glossary term per term: the definitions each report
 * gives (one when they agree), and where every report uses the term (counted as the readers link it, see
 * {@link glossaryUsage}, with the figures the readers mark, `marked`, by report id). Terms in order of first
 * definition, reports in the order of `docs`.
 */
export function mergeGlossary(
  entries: readonly GlossaryEntry[],
  docs: readonly ReportDocument[],
  marked?: ReadonlyMap<string, readonly MarkedSpan[]>,
): GlossaryTerm[] {
  const order = new Map(docs.map((d, i) => [d.meta.id, i]));
  const sorted = [...entries].sort(
    (a, b) => (order.get(a.report) ?? order.size) - (order.get(b.report) ?? order.size) || a.number - b.number,
  );
  const usage = new Map(glossaryUsage(sorted, docs, marked).map((u) => [u.entry.id, u]));
  const terms = new Map<string, GlossaryTerm>();
  for (const entry of sorted) {
    let term = terms.get(entry.term);
    if (!term) {
      term = { id: entry.id, term: entry.term, term_display: entry.term_display, entries: [], definitions: [], counts: {}, occurrences: [] };
      terms.set(entry.term, term);
    }
    term.entries.push(entry);
    const same = term.definitions.find((d) => squash(d.text) === squash(entry.definition));
    if (same) same.entries.push(entry);
    else term.definitions.push({ text: entry.definition, entries: [entry] });
    const u = usage.get(entry.id);
    if (!u) continue;
    for (const [report, n] of Object.entries(u.counts)) term.counts[report] = (term.counts[report] ?? 0) + n;
    term.occurrences.push(...u.occurrences);
  }
  for (const term of terms.values()) {
    const paragraphNumber = (p: string) => Number(p.slice(2));
    term.occurrences.sort(
      (a, b) => (order.get(a.report) ?? 0) - (order.get(b.report) ?? 0) || paragraphNumber(a.paragraph) - paragraphNumber(b.paragraph),
    );
  }
  return [...terms.values()];
}

/** Total uses of a term over every report. */
export const totalUses = (term: GlossaryTerm): number => Object.values(term.counts).reduce((a, b) => a + b, 0);
