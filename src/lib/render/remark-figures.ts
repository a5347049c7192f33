import type { Paragraph, PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";
import type { ReportDocument } from "../report/document.ts";
import type { StoredFigure } from "../schema/figure.ts";
import { markRanges } from "./mark-ranges.ts";
import type { FigureAnnotation } from "../tracker/annotations.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { dictionaries } from "../../i18n/ui/index.ts";
import { figureTitle } from "../../i18n/reader.ts";

/** Options of {@link remarkFigures}. */
export interface RemarkFiguresOptions {
  doc: ReportDocument;
  figures: StoredFigure[];
  /** Where a marked figure links to (its indicator). */
  hrefOf: (figure: StoredFigure) => string;
  /** Called for a figure whose span could not be marked (it crosses formatting). */
  onSkip?: (figure: StoredFigure) => void;
  /** A small link to put after a figure (the tracker's status of a target, the target a result answers). */
  annotate?: (figure: StoredFigure) => FigureAnnotation | undefined;
  /**
   * The page's language: the marks' tooltips and badges speak it. On a page not in Chinese the badges are
   * marked with it (`lang="en"`); a mark keeps the language of its text, the report's.
   */
  lang?: Lang;
}

/** The link of an annotation: a small badge after the figure; its symbol hidden, what it leads to said in words. */
function noteLink(a: FigureAnnotation, lang?: string): PhrasingContent {
  const span = (className: string, value: string, hidden = false): PhrasingContent => ({
    type: "emphasis",
    data: { hName: "span", hProperties: { className: [className], ...(hidden ? { ariaHidden: "true" } : {}) } },
    children: [{ type: "text", value }],
  });
  return {
    type: "link",
    url: a.href,
    title: null,
    data: { hProperties: { className: a.className.split(" "), ...(lang ? { lang } : {}) } },
    children: [...(a.symbol ? [span("track__symbol", `${a.symbol} `, true)] : []), { type: "text", value: a.text }, span("visually-hidden", a.more)],
  };
}

/** Machine-readable value of a figure (`<data value>`, or a mark's `data-value`): `6`, `6.5/7` for a range, `14:43:43` for a ratio. */
export function dataValue(f: StoredFigure): string {
  if (Array.isArray(f.value)) return f.value.join(":");
  if (f.value !== null) return String(f.value);
  return [f.min ?? "", f.max ?? ""].join("/");
}


/**
 * Remark plugin: wrap every extracted figure of a paragraph, at its recorded span, in
 * `<a class="fig" href=… data-figure=… data-value=…>…</a>` linking to its indicator. Runs before ids and
 * permalinks are added, so the spans count the paragraph's own text only.
 *
 * One element a mark, its value in an attribute rather than a `<data>` inside it: a long report holds several
 * hundred figures, and the reader stays within its element budget. The mark's text is the report's (it inherits
 * the paragraph's language); on an English page its tooltip is English.
 */
export default function remarkFigures({ doc, figures, hrefOf, onSkip, annotate, lang = DEFAULT_LANG }: RemarkFiguresOptions) {
  /** Short description of a figure for its tooltip, e.g. `2020年目标 · 地区生产总值增长`. */
  const describe = (f: StoredFigure) => figureTitle(lang, f);
  const separator = dictionaries[lang].reader.figure.separator;
  /** The language of the marks, said where it is not the report's. */
  const marked = lang === DEFAULT_LANG ? undefined : lang;
  const byParagraph = Map.groupBy(figures, (f) => f.paragraph);
  return (tree: Root) => {
    visit(tree, "paragraph", (p: Paragraph) => {
      const id = doc.paragraphIds.get(p);
      const list = id ? byParagraph.get(id) : undefined;
      if (!list?.length) return;
      // Figures of a 均 list share one span (城乡居民人均可支配收入均增长8%): one mark carries them all.
      const bySpan = [...Map.groupBy(list, (f) => `${f.span[0]}:${f.span[1]}`).values()];
      const ranges = bySpan.map((group) => {
        const f = group[0]!;
        return {
          start: f.span[0],
          end: f.span[1],
          figures: group,
          wrap: (children: PhrasingContent[]): PhrasingContent => {
            const mark: PhrasingContent = {
              type: "link",
              url: hrefOf(f),
              title: group.map(describe).join(separator),
              data: { hProperties: { className: ["fig", `fig-${f.kind}`], "data-figure": group.map((g) => g.id).join(" "), "data-value": dataValue(f) } },
              children,
            };
            const notes = group.flatMap((g) => annotate?.(g) ?? []);
            if (!notes.length) return mark;
            return { type: "emphasis", data: { hName: "span", hProperties: { className: ["fig-note"] } }, children: [mark, ...notes.map((n) => noteLink(n, marked))] };
          },
        };
      });
      const { children, skipped } = markRanges(p.children, ranges);
      p.children = children;
      for (const r of skipped) for (const f of (r as (typeof ranges)[number]).figures) onSkip?.(f);
    });
  };
}
