import { decodeEntities, trimLine } from "../text/hygiene.ts";
import type { SourceLine } from "./lines.ts";
import { endsOnPartWord, isPartTitle, TIMED_TITLE } from "../parse/parts.ts";

/** A run of phrasing text, bold or not. */
export interface Run {
  text: string;
  strong: boolean;
}

/** A bold run that is a numbered heading of its own (`**一、2018年工作回顾**` inside a one-line body). */
const INLINE_HEADING = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])/;
/** An item a bold lead announces: a numbered heading, or a point counted `第一，`. */
const ANNOUNCED_ITEM = /^(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)]|第[一二三四五六七八九十]{1,3}[，,])/;

/** A paragraph longer than this is a run-on body (paragraphs pasted into one line): bold leads start lines. */
export const RUN_ON = 4000;

/**
 * A numbered part heading at the start of a run-on paragraph, set off from its text by a space (`二、2019年工作安排 2019年是…`).
 * Not fewer than four characters before the space: that is a word a copy broke with a space inside its heading sentence
 * (Hebei 2012: `（七）加 快实施河北沿海地区发展规划。紧紧抓住…`), not a title.
 */
const SPACED_HEADING = /^((?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])[^\s。！？，；：]{4,30})\s+(?=\S)/;

/**
 * A line that opens with a numbered part heading set off by a space from a paragraph of sentences (`一、2012年工作回顾
 * 过去的一年，在省委、省政府和市委的正确领导下，…`, a web copy that ran each part into one line): a run-on body
 * however short.
 */
export function opensRunOn(line: string): boolean {
  const m = SPACED_HEADING.exec(line);
  return m !== null && /[。！？]/.test(line.slice(m[0].length));
}

/** The first numbered section after a colon that announces the sections (`今年，我们将重点做好以下工作： （一）…`). */
const FIRST_SECTION = /^[（(]一[）)]/;

/**
 * A bold unnumbered part title that opens a paragraph, its text run on after it in plain type (Xizang 2004:
 * `**2003年工作回顾** 2003年，在党中央、国务院和自治区党委的坚强领导下，…`): the title of a part, not the lead of
 * its first paragraph. It names the year or years it is about and ends on a word naming the part (a review, a plan,
 * tasks), so a bold lead sentence, or a topic set bold before its text (`**加快产业发展** …`), stays a lead.
 */
function isRunInPartTitle(run: Run, line: number): boolean {
  const t = run.text.trim();
  return run.strong && TIMED_TITLE.test(t) && endsOnPartWord(t) && isPartTitle({ text: t, line });
}

/** Two full-width spaces: the indent a web page sets before each paragraph, kept when its paragraphs ran into one line. */
const INDENT = /\u3000\s*\u3000/;

/**
 * Cut a run-on body (paragraphs pasted into one line, set apart by a space) into paragraphs: at white space
 * after a sentence's end, at a paragraph's indent (`附：有关情况说明　　1.“三大攻坚战”：…`), at white space after a
 * colon before the first numbered section (`…做好以下工作： （一）深入推进…`), and after a numbered heading that opens a
 * piece.
 */
export function splitRunOn(line: Run[]): Run[][] {
  const out: Run[][] = [[]];
  let last = "";
  for (const run of line) {
    // A part heading run on after a sentence without a space (`…之路！二、2019年工作安排 2019年是…`) starts a piece too.
    const text = run.text.replace(/(?<=[。！？])(?=[一二三四五六七八九十]{1,3}、[^\s。！？，；：]{1,30}\s)/g, " ");
    const parts = text.split(/(\s+)/);
    for (const [k, part] of parts.entries()) {
      if (part === "") continue;
      const announced = /[：:]$/.test(last) && FIRST_SECTION.test(parts[k + 1] ?? "");
      if (/^\s+$/.test(part) && (/[。！？]["”’）)]?$/.test(last) || INDENT.test(part) || announced) && out.at(-1)!.length) out.push([]);
      else out.at(-1)!.push({ text: part, strong: run.strong });
      if (!/^\s+$/.test(part)) last = part;
    }
  }
  return out.flatMap((runs) => {
    const first = runs[0];
    const m = first && !first.strong ? SPACED_HEADING.exec(runs.map((r) => r.text).join("")) : null;
    if (!m || m[1]!.length > first!.text.length) return [runs];
    return [[{ text: m[1]!, strong: false }], [{ text: first!.text.slice(m[0].length), strong: false }, ...runs.slice(1)]];
  });
}

/**
 * A paragraph's indent (two full-width spaces, with any spaces around them) after a sentence's end inside a line: a web
 * copy that lost the break between two paragraphs but kept the next one's indent (Foshan 2000: `…成为独立的社会中介机构。
 * 　　5.加大公有经济布局调整重组力度，…`).
 */
export const LOST_INDENT = /(?<=[。！？]["”’）)]?)[ \t]*\u3000\s*\u3000\s*(?=\S)/;

/**
 * Cut a line at each paragraph indent after a sentence's end ({@link LOST_INDENT}), the indent left out; any other
 * white space stays.
 */
export function cutAtIndents(line: Run[]): Run[][] {
  const out: Run[][] = [[]];
  let before = "";
  for (const run of line) {
    const parts = run.text.split(/([ \t]*\u3000\s*\u3000\s*)/);
    for (const [k, part] of parts.entries()) {
      if (part === "") continue;
      if (k % 2 === 1 && /[。！？]["”’）)]?$/.test(before.trimEnd()) && out.at(-1)!.length && k + 1 < parts.length && parts[k + 1] !== "") {
        out.push([]);
        before = "";
        continue;
      }
      out.at(-1)!.push({ text: part, strong: run.strong });
      before += part;
    }
  }
  return out.filter((runs) => runs.length > 0);
}

/**
 * A bold heading whose last characters fell outside the bold (`**一、2023年工作回**顾`, a slip of the source) is
 * one heading: a tail of up to three characters without punctuation is taken into it, and so is a full stop alone
 * (`**（二）以扩大有效需求支撑经济稳定增长**。`, Qinghai 2016), which would else stand as a paragraph of its own.
 */
function closeHeading(line: Run[]): Run[] {
  const [prev, last] = [line.at(-2), line.at(-1)];
  if (!prev || !last || last.strong || !prev.strong || !INLINE_HEADING.test(prev.text.trim())) return stopOutside(line);
  if (!/^(?:[^\s。！？；：，,、:;]{1,3}|[。．])$/.test(last.text.trim()) || /[。！？；：]$/.test(prev.text.trim())) return stopOutside(line);
  return [...line.slice(0, -2), { text: prev.text.trimEnd() + last.text.trim(), strong: true }];
}

/**
 * A bold numbered heading that opens a line, its full stop outside the bold and its text run on after it (Dongguan
 * 2011: `**一、力保平稳增长，切实巩固了经济回升势头**。紧紧抓住…`): the full stop closes the heading, and the text opens
 * on its first word, not on a `。` of its own.
 */
function stopOutside(line: Run[]): Run[] {
  const [head, rest] = [line[0], line[1]];
  if (!head?.strong || !rest || rest.strong || rest.text[0] !== "。" || !INLINE_HEADING.test(head.text.trim())) return line;
  const t = head.text.trim();
  if ([...t].length > 40 || /[。！？；：]$/.test(t)) return line;
  const after = rest.text.slice(1);
  return [{ text: head.text.trimEnd() + "。", strong: true }, ...(after ? [{ text: after, strong: false }] : []), ...line.slice(2)];
}

/**
 * Cut runs into lines at line breaks (each keeping its offset from the paragraph's first line), and around bold
 * numbered headings that run on inside a line; in a run-on body, also before each bold lead sentence.
 */
export function runsToLines(runs: Run[]): { runs: Run[]; offset: number }[] {
  const lines: { runs: Run[]; offset: number }[] = [{ runs: [], offset: 0 }];
  for (const run of runs) {
    const parts = run.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push({ runs: [], offset: lines.at(-1)!.offset + 1 });
      if (part) lines.at(-1)!.runs.push({ text: part, strong: run.strong });
    });
  }
  const out: { runs: Run[]; offset: number }[] = [];
  const pieces = lines.flatMap(({ runs: line, offset }) =>
    line.reduce((n, r) => n + r.text.length, 0) > RUN_ON
      ? splitRunOn(line).map((runs) => ({ runs, offset, runOn: true }))
      : LOST_INDENT.test(line.map((r) => r.text).join(""))
        ? cutAtIndents(line).map((runs) => ({ runs, offset, runOn: false }))
        : [{ runs: line, offset, runOn: false }],
  );
  for (const { runs: cut, offset, runOn } of pieces) {
    const line = closeHeading(cut);
    let current: Run[] = [];
    for (const run of line) {
      const t = run.text.trim();
      const before = current.map((r) => r.text).join("").trim();
      const afterSentence = before === "" || /[。！？；：:]$/.test(before);
      const heading = INLINE_HEADING.test(t) && [...t].length <= 40;
      // A bold lead that announces a list (`**一年来的主要工作是：** （一）围绕提升经济竞争力，…`) ends its line before the
      // numbered section that follows it, or before the first point it counts (`**…必须牢牢把握以下几点：** 第一，以建设…`).
      const announced = !run.strong && ANNOUNCED_ITEM.test(t) && current.length > 0 && current.every((r) => r.strong) && /[：:]$/.test(before);
      if ((run.strong && afterSentence && before !== "" && (heading || runOn)) || announced) {
        out.push({ runs: current, offset });
        current = [];
      }
      // A bold heading that runs on into the bold lead of its text (Zhejiang 2023: `**（三）大力推进数字化改革，建设数字浙江、
      // 打造数字变革高地。发展数字政务，**推动技术融合…`): the heading ends at its full stop, and the lead's clause stays with
      // the sentence it opens.
      const headEnd = run.strong && heading ? /[。！？]/.exec(t) : null;
      const lead = headEnd ? t.slice(headEnd.index + 1) : "";
      if (headEnd && lead && !/[。！？；：:]$/.test(lead)) {
        current.push({ text: t.slice(0, headEnd.index + 1), strong: true });
        out.push({ runs: current, offset });
        current = [{ text: lead, strong: true }];
        continue;
      }
      current.push(run);
      const partTitle = current.length === 1 && isRunInPartTitle(run, offset) && line.slice(line.indexOf(run) + 1).some((r) => !r.strong && r.text.trim() !== "");
      if (run.strong && (heading || partTitle)) {
        out.push({ runs: current, offset });
        current = [];
      }
    }
    if (current.length) out.push({ runs: current, offset });
  }
  return out;
}

/** A line from its runs: text decoded and trimmed, with the bold facts the parser uses. */
export function lineOf(runs: Run[], line: number): SourceLine | null {
  const text = trimLine(decodeEntities(runs.map((r) => r.text).join("")));
  if (!text) return null;
  const out: SourceLine = { text, line };
  const visible = runs.filter((r) => r.text.trim() !== "");
  if (visible.length && visible.every((r) => r.strong)) out.strong = true;
  else if (visible[0]?.strong) out.strongLead = trimLine(decodeEntities(visible[0].text)).length;
  return out;
}

