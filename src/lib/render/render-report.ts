import { unified } from "unified";
import remarkRehype from "remark-rehype";
import rehypeStringify from "rehype-stringify";
import { documentFromEntry } from "../report/document.ts";
import type { ReportMeta } from "../schema/report.ts";
import type { StoredFigure } from "../schema/figure.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import remarkFigures from "./remark-figures.ts";
import remarkGlossary from "./remark-glossary.ts";
import remarkReport from "./remark-report.ts";

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  figures?: StoredFigure[];
  /** Link target of a figure; by default its indicator page, or its row in the table of all figures. */
  hrefOf?: (figure: StoredFigure) => string;
  /** Called for a figure whose span could not be marked. */
  onSkip?: (figure: StoredFigure) => void;
  /** Glossary entries of every report: each occurrence of a term links to its entry. */
  glossary?: GlossaryEntry[];
}

/** The indicator page of a figure, or its row in `/indicators/` when it has no metric. */
export const figureHref = (f: StoredFigure) => (f.metric ? `/indicators/${f.metric}/` : `/indicators/#${f.id}`);

/**
 * Render a report (a collection entry: Markdown body and front matter) to HTML for the reader: figures
 * marked, ids and permalinks added, the appendix as a definition list. Report text is only ever emitted
 * as escaped text: raw HTML never passes through.
 */
export function renderReport(entry: { body?: string | undefined; data: ReportMeta }, options: RenderReportOptions = {}): string {
  const doc = documentFromEntry(entry);
  const processor = unified()
    .use(remarkFigures, { doc, figures: options.figures ?? [], hrefOf: options.hrefOf ?? figureHref, ...(options.onSkip ? { onSkip: options.onSkip } : {}) })
    .use(remarkGlossary, { entries: options.glossary ?? [], report: doc.meta.id })
    .use(remarkReport, { doc })
    .use(remarkRehype, { allowDangerousHtml: false })
    .use(rehypeStringify);
  return processor.stringify(processor.runSync(doc.tree));
}
