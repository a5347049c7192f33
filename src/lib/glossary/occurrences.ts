import type { ReportDocument } from "../report/document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import { isBodyParagraph } from "../topics/body.ts";
import { phraseFinder } from "./match.ts";
import { reportTermPatterns } from "./terms.ts";
import { familyOf } from "../schema/glossary.ts";

/** The occurrences of one term in one paragraph. */
export interface TermOccurrence {
  report: string;
  /** Paragraph id, `p-N`. */
  paragraph: string;
  /** [start, end) offsets of each occurrence in the paragraph's plain text. */
  spans: [number, number][];
}

/** Where a glossary term is used: every body paragraph of every report, and counts per report. */
export interface TermUsage {
  entry: GlossaryEntry;
  /** Paragraphs using the term, reports in the order given, paragraphs in document order. */
  occurrences: TermOccurrence[];
  /** Number of occurrences per report id; a report that never uses it has no entry (read `?? 0`). */
  counts: Record<string, number>;
}

const used = new WeakMap<ReportDocument, WeakMap<readonly GlossaryEntry[], ReadonlySet<string>>>();

/**
 * The ids of the entries that every report uses in its body (those whose {@link glossaryUsage} counts are
 * all above zero). Each report's terms are found once per list of entries and shared by every call that
 * passes the same document and the same list.
 */
export function termsUsedByAll(entries: readonly GlossaryEntry[], docs: readonly ReportDocument[]): Set<string> {
  const perDoc = docs.map((doc) => {
    let byEntries = used.get(doc);
    if (!byEntries) used.set(doc, (byEntries = new WeakMap()));
    let ids = byEntries.get(entries);
    if (!ids) {
      const usage = glossaryUsage(entries, [doc]);
      byEntries.set(entries, (ids = new Set(usage.filter((u) => (u.counts[doc.meta.id] ?? 0) > 0).map((u) => u.entry.id))));
    }
    return ids;
  });
  return new Set(
    [...new Set(entries.map((e) => e.id))].filter((id) => perDoc.every((ids) => ids.has(id))),
  );
}

/** Where a report's text is marked as a figure: its paragraph and [start, end) offsets in the paragraph's text. */
export interface MarkedSpan {
  paragraph: string;
  span: readonly [number, number];
}

/**
 * Find every use of every glossary term in the body of each report. The appendix entries themselves are
 * the definitions, not uses, and are left out. Each report reads the terms as {@link termPatterns} gives them
 * for it (its own entry of a term, else the first); the entries are grouped once, not once per report.
 * Given the figures a reader marks (`marked`, by report id), a use that overlaps one is not counted: a
 * reader cannot link a term across or inside a figure's link (`稳定生猪生产保障市场供应10条措施`, where `10条` is
 * a figure), so the counts are the reader's links.
 */
export function glossaryUsage(
  entries: readonly GlossaryEntry[],
  docs: readonly ReportDocument[],
  marked?: ReadonlyMap<string, readonly MarkedSpan[]>,
): TermUsage[] {
  const usage = new Map(
    entries.map((entry) => [
      entry.id,
      { entry, occurrences: [] as TermOccurrence[], counts: {} as Record<string, number> },
    ]),
  );
  const patternsOf = reportTermPatterns(entries);
  for (const doc of docs) {
    const report = doc.meta.id;
    const find = phraseFinder(patternsOf(report, familyOf(doc.meta)));
    const marks = Map.groupBy(marked?.get(report) ?? [], (m) => m.paragraph);
    for (const p of doc.paragraphs.filter(isBodyParagraph)) {
      const spans = marks.get(p.id) ?? [];
      const linkable = (m: { start: number; end: number }) => !spans.some(({ span: [s, e] }) => m.start < e && s < m.end);
      const found = Map.groupBy(find(p.text).filter(linkable), (m) => m.key.id);
      for (const [id, matches] of found) {
        const u = usage.get(id)!;
        u.occurrences.push({ report, paragraph: p.id, spans: matches.map((m) => [m.start, m.end]) });
        u.counts[report] = (u.counts[report] ?? 0) + matches.length;
      }
    }
  }
  return [...usage.values()];
}
