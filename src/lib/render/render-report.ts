import type { Root as HastRoot } from "hast";
import { newProcessor, remarkRehype } from "../markdown/processor.ts";
import { documentFromEntry } from "../report/document.ts";
import type { ReportMeta } from "../schema/report.ts";
import type { StoredFigure } from "../schema/figure.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import remarkFigures from "./remark-figures.ts";
import { recordHref } from "../indicators/record-row.ts";
import type { FigureAnnotation } from "../tracker/annotations.ts";
import remarkGlossary from "./remark-glossary.ts";
import { glossaryHrefs } from "../glossary/pages.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import remarkReport from "./remark-report.ts";
import remarkCiteLinks, { type CiteLinkOptions } from "../cite/link.ts";
import { toHtml } from "./to-html.ts";
import { familyOf } from "../schema/glossary.ts";

/** Options of {@link renderReport}. */
export interface RenderReportOptions {
  figures?: StoredFigure[];
  /** Link target of a figure; by default its indicator page, or its row in the table of all figures. */
  hrefOf?: (figure: StoredFigure) => string;
  /** Called for a figure whose span could not be marked. */
  onSkip?: (figure: StoredFigure) => void;
  /** A small link after a figure: the tracker's status of a target, or the target a result answers. */
  annotate?: (figure: StoredFigure) => FigureAnnotation | undefined;
  /** Glossary entries of every report: each occurrence of a term links to its entry. */
  glossary?: GlossaryEntry[];
  /** The page's language: the words the reader adds to the text (tooltips, badges, permalinks) speak it. */
  lang?: Lang;
  /** A site page's path in the page's language (`href` of `useI18n`): figure, badge and glossary links go through it. */
  localize?: (path: string) => string;
  /** A cite link beside each paragraph's ¶ permalink, leading to its entry on the report's cite page. */
  cite?: CiteLinkOptions;
}

/** Where a marked figure links: its record's row (on its indicator's page, or its report's page of records). */
export const figureHref = (f: StoredFigure) => recordHref(f);

/**
 * Render a report (a collection entry: Markdown body and front matter) to HTML for the reader: figures
 * marked, ids and permalinks added, the appendix as a definition list. Report text is only ever emitted
 * as escaped text: raw HTML never passes through.
 */
export function renderReport(entry: { body: string; data: ReportMeta }, options: RenderReportOptions = {}): string {
  return toHtml(reportTree(entry, options));
}

/** The reader's hast tree of a report, which {@link renderReport} serialises. */
export function reportTree(entry: { body: string; data: ReportMeta }, options: RenderReportOptions = {}): HastRoot {
  const doc = documentFromEntry(entry);
  const { lang = DEFAULT_LANG, localize = (path: string) => path } = options;
  const hrefOf = options.hrefOf ?? figureHref;
  const localized = (a: FigureAnnotation | undefined) => a && { ...a, href: localize(a.href) };
  const processor = newProcessor()
    .use(remarkFigures, {
      doc,
      figures: options.figures ?? [],
      hrefOf: (f) => localize(hrefOf(f)),
      lang,
      ...(options.onSkip ? { onSkip: options.onSkip } : {}),
      ...(options.annotate ? { annotate: (f) => localized(options.annotate?.(f)) } : {}),
    })
    .use(remarkGlossary, { entries: options.glossary ?? [], report: doc.meta.id, family: familyOf(doc.meta), hrefOf: (e) => localize(glossaryHrefs(options.glossary ?? [])(e)) })
    .use(remarkReport, { doc, lang })
    .use(remarkCiteLinks, options.cite)
    .use(remarkRehype(), { allowDangerousHtml: false });
  return processor.runSync(doc.tree);
}
