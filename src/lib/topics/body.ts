import type { ParagraphInfo } from "../report/document.ts";

/** Whether a paragraph belongs to the body of a report, as opposed to its appendix of definitions. */
export function isBodyParagraph(p: Pick<ParagraphInfo, "kind" | "headings">): boolean {
  return p.kind !== "glossary" && !p.headings.some((h) => h.appendix);
}
