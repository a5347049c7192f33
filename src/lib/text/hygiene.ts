import { decodeHTML } from "entities";

/** Split text into lines, accepting LF, CRLF and CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Decode HTML entities (`R&amp;D` → `R&D`); every other character is kept as the author wrote it. */
export function decodeEntities(line: string): string {
  return line.includes("&") ? decodeHTML(line) : line;
}

/** Trim ASCII and ideographic white space at both ends of a line. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, "");
}

/** A copy for matching only: white space removed, full-width ASCII folded to half-width, lower case. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();
}

/** Markup-like text (`<script>`, `<img …>`) that a plain-text report should not contain. */
export const MARKUP_PATTERN = /<\/?[a-zA-Z][^>]*>/;
