import { layoutOfEntries } from "../glossary/pages.ts";
import type { ReportDocument } from "../report/document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import type { DocPeriod, SearchDoc } from "./format.ts";

/**
 * The searchable documents of a report, in document order: every heading and paragraph, and the glossary
 * entries of its appendix. An appendix paragraph that a glossary entry stands for is left out (the entry
 * links to the glossary page instead), so no text is found twice.
 */
export function searchDocuments(doc: ReportDocument, glossary: readonly GlossaryEntry[] = []): SearchDoc[] {
  const entries = new Map(glossary.filter((g) => g.report === doc.meta.id).map((g) => [g.paragraph, g]));
  const layout = layoutOfEntries(glossary);
  const periodOf = new Map<string, DocPeriod>();
  for (const p of doc.paragraphs) for (const h of p.headings) if (!periodOf.has(h.id)) periodOf.set(h.id, p.period);

  const out: SearchDoc[] = [];
  const headingsDone = new Set<string>();
  const addHeadings = (path: { id: string; text: string }[]) => {
    path.forEach((h, i) => {
      if (headingsDone.has(h.id)) return;
      headingsDone.add(h.id);
      const ids = path.slice(0, i).map((a) => a.id);
      out.push({
        kind: "heading",
        anchor: h.id,
        period: periodOf.get(h.id) ?? null,
        path: ids,
        title: h.text,
        text: "",
        lead: 0,
      });
    });
  };

  for (const p of doc.paragraphs) {
    addHeadings(p.headings);
    const path = p.headings.map((h) => h.id);
    const entry = entries.get(p.id);
    if (entry) {
      out.push({
        kind: "glossary",
        anchor: entry.id,
        period: null,
        path,
        title: entry.term,
        text: entry.definition,
        lead: 0,
        ...(layout.split ? { page: layout.pathOf(entry.term) } : {}),
      });
      continue;
    }
    const lead = p.lead !== null && p.text.startsWith(p.lead) ? p.lead.length : 0;
    out.push({ kind: "paragraph", anchor: p.id, period: p.period, path, title: "", text: p.text, lead });
  }
  // Headings with no paragraph under them (rare) still belong to the index.
  for (const h of doc.headings)
    if (!headingsDone.has(h.id))
      out.push({ kind: "heading", anchor: h.id, period: null, path: [], title: h.text, text: "", lead: 0 });
  return out;
}
