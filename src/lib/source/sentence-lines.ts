/**
 * A copy that sets each sentence on a line of its own, as some web pages and text extractions leave a report: the
 * paragraphs it was written in are lost, and nothing in the text tells where one ended (a sentence that closes a
 * paragraph ends as every other does). Its parts and sections are still read from their numbering; each sentence is
 * read as a paragraph of its own. Such a copy is told by its lines: nearly all end on the one sentence they hold.
 */

import type { SourceLine } from "./lines.ts";

/** Lines shorter than this (titles, headings, the salutation) say nothing of how the text was cut. */
const MIN_LENGTH = 15;
/** The fewest such lines a report of this shape has: a short text may be a list. */
const MIN_LINES = 40;
/** The share of lines holding one sentence, at their end, that tells the shape. */
const MIN_SHARE = 0.9;
/** The share of lines holding two sentences or more that a copy of this shape may have (a quotation, a slip). */
const MAX_MULTI = 0.02;

const END = /[。！？!?]/g;

/** The first line of a body set one sentence a line, or null when its lines hold paragraphs. */
export function sentencePerLine(lines: readonly SourceLine[]): { line: number; sentences: number; lines: number } | null {
  const text = lines.filter((l) => !l.comment && !l.tableRow && !l.footnote && [...l.text].length >= MIN_LENGTH);
  if (text.length < MIN_LINES) return null;
  const ends = text.map((l) => l.text.match(END)?.length ?? 0);
  const one = text.filter((l, i) => ends[i] === 1 && /[。！？!?][”’」』）)]*$/.test(l.text));
  const multi = ends.filter((n) => n >= 2).length;
  if (one.length < text.length * MIN_SHARE || multi > text.length * MAX_MULTI) return null;
  return { line: one[0]!.line, sentences: one.length, lines: text.length };
}
