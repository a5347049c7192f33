/** The glossary across every report (content/glossary, content/reports): one term per term, every entry kept. */
import { describe, expect, it } from "vitest";
import { mergeGlossary, totalUses } from "../../../src/lib/glossary/merge.ts";
import { glossaryUsage } from "../../../src/lib/glossary/occurrences.ts";
import { documents, glossary } from "../search/corpus.ts";

const terms = mergeGlossary(glossary, documents);

describe("mergeGlossary on the real reports", () => {
  it("makes one term per distinct term, keeping every entry of every appendix", () => {
    expect(terms.map((t) => t.term)).toEqual([...new Set(terms.map((t) => t.term))]);
    expect(new Set(terms.map((t) => t.term))).toEqual(new Set(glossary.map((e) => e.term)));
    expect(terms.flatMap((t) => t.entries.map((e) => e.id)).sort()).toEqual(glossary.map((e) => e.id).sort());
    expect(new Set(glossary.map((e) => e.report)).size).toBeGreaterThan(1);
  });

  it("gives each report's definition where they differ, one where they agree", () => {
    const shared = terms.filter((t) => t.entries.length > 1);
    expect(shared.length).toBeGreaterThan(0);
    for (const t of shared) {
      const distinct = new Set(t.entries.map((e) => e.definition.replace(/\s+/g, "")));
      expect(t.definitions.length, t.term).toBe(distinct.size);
      expect(t.definitions.flatMap((d) => d.entries).length).toBe(t.entries.length);
    }
  });

  it("counts the uses in every report, as the readers link them", () => {
    const usage = glossaryUsage(glossary, documents);
    for (const t of terms) {
      // A count for each report that uses the term, none for the others (read as 0).
      expect(Object.values(t.counts).every((n) => n > 0), t.term).toBe(true);
      for (const d of documents) {
        const perEntry = usage.filter((u) => u.entry.term === t.term).reduce((n, u) => n + (u.counts[d.meta.id] ?? 0), 0);
        expect(t.counts[d.meta.id] ?? 0, `${t.term} ${d.meta.id}`).toBe(perEntry);
      }
      expect(t.occurrences.reduce((n, o) => n + o.spans.length, 0)).toBe(totalUses(t));
    }
    const usedElsewhere = terms.filter((t) => Object.entries(t.counts).some(([r, n]) => n > 0 && !t.entries.some((e) => e.report === r)));
    expect(usedElsewhere.length).toBeGreaterThan(0);
  });
});
