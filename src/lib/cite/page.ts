/** The model of a report's cite page (`/reports/<id>/cite/`): the whole report's citation, then every paragraph's. */
import type { ParagraphInfo } from "../report/document.ts";
import { citation, type Citation, type CiteMeta } from "./reference.ts";

/** One paragraph's entry. */
export interface CiteEntry extends Citation {
  /** Element id, the same as the paragraph's in the reader: `p-12`. */
  id: string;
  n: number;
  /** The paragraph's opening words, as the reader shows them (a glossary entry: `term：definition`). */
  excerpt: string;
}

/** The cite page of a report. */
export interface CitePage {
  report: Citation;
  entries: CiteEntry[];
}

/** The first `max` characters of a paragraph, `…` added when it goes on. */
export function excerptOf(text: string, max = 30): string {
  const chars = Array.from(text.replace(/\s+/g, " ").trim());
  return chars.length <= max ? chars.join("") : `${chars.slice(0, max).join("")}…`;
}

/** The citations of a report and of each of its paragraphs, for the site at `site`. */
export function citePage(meta: CiteMeta, paragraphs: readonly Pick<ParagraphInfo, "id" | "n" | "text">[], site: URL | string): CitePage {
  return {
    report: citation(meta, site),
    entries: paragraphs.map((p) => ({ ...citation(meta, site, p.n), id: p.id, n: p.n, excerpt: excerptOf(p.text) })),
  };
}
