import type { SourceLine } from "../source/lines.ts";
import { compact } from "./dateline.ts";
import { enumerationOf, markerOf } from "./markers.ts";

/** Longest unnumbered part title (`2020年和“十三五”工作回顾`, `“十四五”规划和二〇三五年远景展望`). */
const MAX_PART = 30;

/** Words a part title names: what was done, what is planned, how the government works. */
const PART_WORDS = /回顾|工作|任务|目标|展望|规划|建设|安排|发展|成就|成绩|要求|重点|举措|部署|思路|形势|建议|说明/;

/** Whether a part title says what part it is (`2021年重点工作`), as a plain line must to be taken for one. */
export function namesPart(text: string): boolean {
  return PART_WORDS.test(text);
}

/**
 * Whether a line reads as an unnumbered part title: short, no sentence punctuation, no numbering marker,
 * not a table row. Such a line is a heading only in a report whose body opens with one (or when the source
 * marks it as a Markdown heading).
 */
export function isPartTitle(l: SourceLine): boolean {
  if (l.tableRow || l.footnote) return false;
  const c = compact(l.text);
  const n = [...c].length;
  if (n < 4 || n > MAX_PART) return false;
  if (/[。；！？，,：:;!?、]/.test(c) || !/\p{Script=Han}/u.test(c) || /^各位代表/.test(c)) return false;
  return markerOf(l.text) === null && enumerationOf(l.text) === null;
}

/**
 * What a part title run on at a paragraph's end names: a review, a plan, tasks, aims (narrower than `PART_WORDS`, so
 * that a photo caption run on the same way, `图为全市经济发展大会现场`, stays text).
 */
const FUSED_PART_WORDS = /回顾|安排|建议|任务|目标|展望|规划|部署|思路|要求|重点工作|主要工作|自身建设/;

/** A paragraph's last sentence, then a short unpunctuated tail: a part title run on after it (`…自由流动。2003年政府工作建议`). */
const FUSED_TITLE = /^([\s\S]*[。！？][”’）)]?)[ \t\u3000]*([^。！？；，,：:;!?、\s][^。！？；，,：:;!?、]{3,29})$/;

/**
 * A part title run on at the end of a paragraph, after its last sentence, as a copy that lost a line break leaves
 * it (`…促进商品和生产要素的自由流动。2003年政府工作建议`): the paragraph and the title as two lines, or null. The
 * tail must read as a part title (short, no punctuation or numbering) and name a part; a paragraph ends with its
 * punctuation, so such a tail is no sentence of it.
 */
export function splitFusedPartTitle(l: SourceLine): [SourceLine, SourceLine] | null {
  if (l.strong || l.heading !== undefined || l.tableRow || l.footnote || l.listItem) return null;
  const m = FUSED_TITLE.exec(l.text);
  if (!m) return null;
  const title: SourceLine = { text: m[2]!.trim(), line: l.line };
  if (!isPartTitle(title) || !FUSED_PART_WORDS.test(title.text)) return null;
  return [{ ...l, text: m[1]! }, title];
}
