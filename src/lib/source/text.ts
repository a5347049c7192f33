import type { IngestWarning } from "../errors.ts";
import { decodeEntities, splitLines, trimLine } from "../text/hygiene.ts";
import { KEPT_HEADING_MARKS, type SourceLine } from "./lines.ts";
import { cutAtIndents, LOST_INDENT, opensRunOn, RUN_ON, splitRunOn } from "./runs.ts";
import { unwrapLines } from "./wrap.ts";

/**
 * The lines of a plain-text report: one paragraph per line, entities decoded, blank lines skipped. A run-on
 * line (paragraphs pasted into one line, set apart by spaces: a long line, or a part heading and its paragraphs) is
 * cut into its paragraphs, all on that line. A text
 * wrapped at a fixed width (a copy of a printed page) has its lines joined into paragraphs first, with a warning.
 */
export function readTextSource(text: string, file = "", warn: (w: IngestWarning) => void = () => {}): SourceLine[] {
  const { lines, wrap } = unwrapLines(splitLines(text).map((raw, i) => ({ text: decodeEntities(raw), line: i + 1 })));
  if (wrap && wrap.joined > 0) {
    warn({ file, line: 1, message: `the text is wrapped at ${wrap.width} columns, as on a printed page: ${wrap.joined} line(s) joined to the line before, into paragraphs` });
  }
  // Heading marks a copy kept from a Markdown source (`## 一、2021年工作回顾`) stay text; the numbering after them is read.
  const marked = lines.filter((l) => KEPT_HEADING_MARKS.test(trimLine(l.text)));
  if (marked.length > 0) {
    warn({ file, line: marked[0]!.line, message: `${marked.length} line(s) open with Markdown heading marks (\`${marked[0]!.text.trim().split(/\s/)[0]}\`), kept as text; the parts and sections they mark are read from the numbers after them` });
  }
  return lines.flatMap(({ text: raw, line: at, mended }) => {
    const line = trimLine(raw);
    if (!line) return [];
    // A paragraph's indent after a sentence's end inside the line: two paragraphs a web copy ran together.
    const cut = line.length <= RUN_ON && !opensRunOn(line) && LOST_INDENT.test(line);
    if (line.length <= RUN_ON && !opensRunOn(line) && !cut) return [{ text: line, line: at, ...(mended ? { mended } : {}) }];
    return (cut ? cutAtIndents([{ text: line, strong: false }]) : splitRunOn([{ text: line, strong: false }]))
      .map((runs) => trimLine(runs.map((r) => r.text).join("")))
      .filter(Boolean)
      .map((t) => ({ text: t, line: at }));
  });
}
