import type { Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { termCore } from "../parse/glossary-line.ts";
import { familyOf, type GlossaryEntry } from "../schema/glossary.ts";
import type { ReportDocument } from "./document.ts";

/** Term and definition of an entry's paragraph: the term is its bold opening, the separator (`：`, `:`, a space) follows. */
function splitEntry(node: Paragraph | undefined, text: string): { display: string; definition: string } {
  const first = node?.children[0];
  if (first?.type === "strong") {
    const display = toString(first);
    return { display, definition: text.slice(display.length).replace(/^[：:\s]/, "") };
  }
  const m = /^(.+?)([：:])(.*)$/s.exec(text);
  return { display: m?.[1] ?? text, definition: m?.[3] ?? "" };
}

/** The glossary entries of a report's appendix, in order. */
export function glossaryOf(doc: ReportDocument): GlossaryEntry[] {
  const nodes = new Map([...doc.paragraphIds].map(([node, id]) => [id, node]));
  return doc.paragraphs
    .filter((p) => p.kind === "glossary")
    .map((p, i) => {
      const { display, definition } = splitEntry(nodes.get(p.id), p.text);
      return {
        id: `${doc.meta.id}-g${i + 1}`,
        term: termCore(display),
        term_display: display,
        definition,
        report: doc.meta.id,
        family: familyOf(doc.meta),
        number: i + 1,
        paragraph: p.id,
      };
    });
}
