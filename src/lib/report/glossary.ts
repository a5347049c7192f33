import { termCore } from "../parse/glossary-line.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import type { ReportDocument } from "./document.ts";

/** The glossary entries of a report's appendix, in order. */
export function glossaryOf(doc: ReportDocument): GlossaryEntry[] {
  return doc.paragraphs
    .filter((p) => p.kind === "glossary")
    .map((p, i) => {
      const m = /^(.+?)([：:])(.*)$/s.exec(p.text);
      const display = m?.[1] ?? p.text;
      return {
        id: `${doc.meta.id}-g${i + 1}`,
        term: termCore(display),
        term_display: display,
        definition: m?.[3] ?? "",
        report: doc.meta.id,
        number: i + 1,
        paragraph: p.id,
      };
    });
}
