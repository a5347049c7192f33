/**
 * One line of a report's text as the parser reads it, whatever the input format: the text as the reader
 * will show it (markup removed, entities decoded, trimmed) and where it stands in the source file.
 */
export interface SourceLine {
  /** The text, markup removed. */
  text: string;
  /** 1-based line number in the source file. */
  line: number;
  /** The whole line was bold in a Markdown source (`**一、…**`): a heading or title candidate. */
  strong?: boolean;
  /** Length of a bold opening sentence (`**推动…。**其余…`), when the source marks one. */
  strongLead?: number;
  /** Depth of a Markdown ATX/setext heading (`## …`). */
  heading?: number;
  /** A footnote definition (`[^3]: …`): its label. */
  footnote?: string;
  /** The first line of an item of a Markdown ordered list (`1. …`), its number kept in the text: never a heading. */
  listItem?: true;
  /** A row of a Markdown table (cells joined by spaces): always a paragraph of its own. */
  tableRow?: true;
  /** Markup of a Markdown source that holds words but no body text, kept out of the body and recorded as dropped:
   * an HTML comment, an image's alternative text (a photo caption), a link definition, an emphasis mark that pairs
   * with none (`**`). */
  comment?: MarkupNote;
  /** A page number of a wrapped text whose paragraph the unwrapping joined across it: no cut at that paragraph's end. */
  mended?: true;
}

/**
 * The Markdown heading marks a plain-text copy kept from its source (`## 一、2021年工作回顾`, `### （一）…`): one to six
 * `#` and a space opening the line. They are kept in the text.
 */
export const KEPT_HEADING_MARKS = /^#{1,6}[ \t\u3000]+(?=\S)/;

/** What kind of markup a {@link SourceLine.comment} line comes from. */
export type MarkupNote = "comment" | "image" | "definition" | "emphasis";

/** Metadata a source file states about itself (Markdown front matter). */
export interface SourceMeta {
  /** `title` of the front matter. */
  title?: string;
  /** `source` of the front matter: the official web page. */
  url?: string;
}

/** A report's text read into lines. */
export interface SourceText {
  format: "txt" | "md";
  meta: SourceMeta;
  lines: SourceLine[];
}
