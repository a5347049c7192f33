import type { SourceLine } from "../source/lines.ts";
import { enumerationOf, markerOf } from "./markers.ts";

/**
 * A paragraph a copy broke off after a comma, its sentence going on in the next paragraph:
 * `…督促电石、铁合金等行业企业建成余热发电项目，` then `完善企业治污、除尘、脱硫、脱硝设施。…`. No paragraph of a report
 * ends on a comma or an enumeration comma, so the two are one paragraph again. A heading, a bold line, a table row, a
 * footnote, a numbered item (`（二）`, `3.`, `二是`) and the salutation (`各位代表，`) neither join nor are joined.
 */
const BROKEN_OFF = /[，、,]$/;

/**
 * The lines of a report with each paragraph broken off after a comma joined to the next; `joined` lists the lines
 * (1-based, as in the source) whose text went on into the paragraph before. `pageBreaks` are the lines of a
 * newspaper's page-continuation marks: where a paragraph broke off at one, the residue reader has joined it with the
 * line that resumes it, or found other text first (another article's), so no paragraph is joined across one.
 */
export function joinBrokenParagraphs(
  lines: readonly SourceLine[],
  pageBreaks: readonly number[] = [],
): { lines: SourceLine[]; joined: { line: number; into: number }[] } {
  const kept: SourceLine[] = [];
  const joined: { line: number; into: number }[] = [];
  for (const l of lines) {
    const last = kept.at(-1);
    if (last && breaksOff(last) && goesOn(l) && !pageBreaks.some((b) => b >= last.line && b <= l.line)) {
      kept[kept.length - 1] = { ...last, text: last.text + l.text };
      joined.push({ line: l.line, into: last.line });
      continue;
    }
    kept.push(l);
  }
  return { lines: kept, joined };
}

/** A body paragraph that ends on a comma. */
function breaksOff(l: SourceLine): boolean {
  return BROKEN_OFF.test(l.text) && plain(l) && !/^各位代表[，,]$/.test(l.text.trim()) && [...l.text].length >= 10;
}

/** A line that can go on a sentence: plain text that no number or marker opens. */
function goesOn(l: SourceLine): boolean {
  return plain(l) && !l.strongLead && markerOf(l.text) === null && enumerationOf(l.text) === null && !/^[\s　]*$/.test(l.text);
}

function plain(l: SourceLine): boolean {
  return !l.strong && !l.heading && !l.footnote && !l.listItem && !l.tableRow && !l.comment;
}
