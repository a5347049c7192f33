import type { ParagraphInfo, Period, ReportDocument } from "../report/document.ts";
import { ACHIEVED } from "../figures/parts.ts";

/**
 * The part of a report a paragraph belongs to: the review of the past year(s), the five-year outlook
 * (`“十四五”`, `今后五年`: 2021 reports have one) or the plan of the report's year. It includes every
 * non-null {@link Period} of the document, so a new period value there is a part here too.
 */
export type Part = NonNullable<Period> | "outlook";

/** The parts in the order a report reads them (the opening words, part null, come before). */
export const PARTS = ["review", "outlook", "plan"] as const satisfies readonly Part[];

const NUMERALS = "一二三四五六七八九";
const FIVE_YEAR_WORDS = /今后五年|未来五年|远景|个五年规划/;
const FIRST_YEAR = /开局|起步|开篇/;

/** The first year of the n-th five-year plan from the 11th on (2006–2010, 2011–2015 …). */
const planStart = (n: number) => 2006 + 5 * (n - 11);

/**
 * Where a text first names the five years ahead of a report of `year`: `今后五年`, `远景`, or the five-year
 * plan that covers `year` (`“十四五”` in a 2021 report; `“十三五”` there is the past). -1 when it does not.
 */
function fiveYearIndex(text: string, year: number): number {
  const found: number[] = [];
  const words = text.search(FIVE_YEAR_WORDS);
  if (words !== -1) found.push(words);
  for (const m of text.matchAll(new RegExp(`十([${NUMERALS}])五`, "g"))) {
    const start = planStart(10 + NUMERALS.indexOf(m[1]!) + 1);
    if (year >= start && year < start + 5) found.push(m.index);
  }
  return found.length > 0 ? Math.min(...found) : -1;
}

/**
 * The part a part title names, from its words and the report's year `year` (never fixed years):
 * `一、2019年工作回顾` → review; `二、“十四五”时期重点任务`, `2035年远景和“十四五”目标任务` → outlook;
 * `三、2021年重点工作`, `努力实现“十四五”良好开局` → plan; a title that names none → null.
 */
export function partOfTitle(text: string, year: number): Part | null {
  if (/回顾|总结/.test(text) || ACHIEVED.test(text)) return "review";
  if (text.includes(`${year}年`)) return "plan";
  if (fiveYearIndex(text, year) !== -1) return FIRST_YEAR.test(text) ? "plan" : "outlook";
  if (new RegExp(`${year - 1}年.*(工作|成绩)`).test(text)) return "review";
  return null;
}

/** The part the opening words of a part name first: `今后五年…` → outlook, `${year}年是…` → plan, else null. */
export function partOfOpening(text: string, year: number): Part | null {
  const outlook = fiveYearIndex(text, year);
  const plan = text.search(new RegExp(`${year}年|今年|新的一年`));
  if (outlook === -1) return plan === -1 ? null : "plan";
  if (plan !== -1 && plan < outlook) return "plan";
  return FIRST_YEAR.test(text.slice(outlook, outlook + 12)) ? "plan" : "outlook";
}

/**
 * Whether a paragraph stands as a part title: short, one line without closing punctuation, and naming a part
 * (some sources set `2019年工作回顾` as a plain line instead of a heading).
 */
export function isPartLine(p: Pick<ParagraphInfo, "text" | "kind">, year: number): boolean {
  const text = p.text.trim();
  return p.kind === "paragraph" && text.length <= 24 && !/[。！？；：:]/.test(text) && partOfTitle(text, year) !== null;
}

/**
 * The part of every paragraph of a report, by paragraph id. Parts open at the top-level headings and at
 * part lines ({@link isPartLine}); a top-level heading that names no part is read by its first paragraph
 * ({@link partOfOpening}) when that names a later part (parts only move forward; the plan never before
 * another part), else it continues the part before it. Paragraphs before the first part (the
 * greeting) and those of an appendix get null.
 */
export function partsOf(doc: Pick<ReportDocument, "meta" | "paragraphs">): Map<string, Part | null> {
  const year = doc.meta.year;
  const parts = new Map<string, Part | null>();
  let current: Part | null = null;
  let openedBy: string | undefined;
  for (const p of doc.paragraphs) {
    const top = p.headings.find((h) => h.depth === 2);
    if (top?.appendix) {
      parts.set(p.id, null);
      continue;
    }
    if (top && top.id !== openedBy) {
      openedBy = top.id;
      const opening = partOfOpening(p.text, year);
      // Before any part, words of the plan year open no plan: a report reviews before it plans, and a first part
      // that names nothing (一、关于新冠肺炎疫情防控: 2020年春节前夕，…) tells what happened this year so far.
      const later: Part | null =
        opening && (current === null ? opening !== "plan" : (PARTS as readonly Part[]).indexOf(opening) > (PARTS as readonly Part[]).indexOf(current)) ? opening : null;
      current = partOfTitle(top.text, year) ?? later ?? current;
    }
    if (isPartLine(p, year)) current = partOfTitle(p.text, year);
    parts.set(p.id, current);
  }
  return parts;
}
