import type { SourceLine } from "../source/lines.ts";
import { compact } from "./dateline.ts";
import { enumerationOf, markerOf } from "./markers.ts";

/** Longest unnumbered part title (`2020年和“十三五”工作回顾`, `“十四五”规划和二〇三五年远景展望`). */
const MAX_PART = 30;

/**
 * Words a part title names: what was done (`“十五”计划完成情况`, `计划执行情况`), what is planned and the thinking
 * that guides it (`“十三五”时期的指导思想、奋斗目标和主要任务`), how the government works, or how it governs
 * (`全面提升政府治理能力`, the closing part on the government itself).
 */
const PART_WORDS = /回顾|工作|任务|目标|展望|规划|建设|安排|发展|成就|成绩|要求|重点|举措|部署|思路|指导思想|形势|建议|说明|完成情况|执行情况|政府治理/;

/**
 * A title that names a period, then after a dash what it was or is to be (`“十二五”——创新创业、稳中求进的五年`,
 * `2016——抢抓先机、扎实开局的一年`): the period names the part (its five years or its year), the words after the dash,
 * which may list two phrases with `、`, characterize it. A year may take a colon for the dash, the words after it then
 * no sentence (`2017年：“四大会战”强力开启岳阳发展新局面`, Yueyang 2018), in ASCII or full-width digits.
 */
const PERIOD_TITLE = /^(?:“[^“”]{2,5}”(?:时期|期间)?|(?:19|20)\d{2}年?|今后五年|过去五年)[—─]{2}[^—─]{2,24}$/;
const YEAR_COLON_TITLE = /^(?:19|20|１９|２０)[0-9０-９]{2}年[：:][^。；！？，,：:;!?—─]{4,24}$/;

/**
 * A title that names a year after a word or two of what it was or is to be, then after a comma what was or will be done,
 * with no mark of a sentence (Yiyang 2025: `实干二〇二四，我们攻坚克难、收获满满` over the review, `奋斗二〇二五，我们锚定
 * 目标、拼搏进取` over the plan year's work): the year names the part. A year with 年 and nothing before it opens a
 * paragraph's first sentence instead (`2024年，面对…`), so a year alone before the comma takes no 年.
 */
const YEAR_COMMA_TITLE =
  /^(?:\p{Script=Han}{1,4}(?:(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零○Ο][〇零○Ο一二三四五六七八九]{2})年?|(?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零○Ο][〇零○Ο一二三四五六七八九]{2})[，,](?=\p{Script=Han})[^。；！？，,：:;!?—─]{4,20}$/u;

/**
 * A paragraph that opens on a year and says what that year is (`2001年是新世纪的第一年，…`, `2025年是“十四五”规划的收官之年，…`):
 * the first sentence of a part on that year, which its title, if any, stands right before.
 */
export const YEAR_IS_OPENING = /^(?:19|20)\d{2}年是/;

/** Whether a line is a title naming a year after a word, then after a comma what was done ({@link YEAR_COMMA_TITLE}). */
export const namesYearBeforeComma = (text: string): boolean => YEAR_COMMA_TITLE.test(compact(text));

/** Whether a title names a period and, after a dash, what it was ({@link PERIOD_TITLE}). */
const namesPeriod = (text: string): boolean => PERIOD_TITLE.test(text) || YEAR_COLON_TITLE.test(text) || YEAR_COMMA_TITLE.test(text);

/**
 * A period named bare as a whole title (Changde 2015: `过去一年` over the review, `新的一年` over the plan year's work, each
 * with a slogan line under it): the part it names, as `过去五年——…` is with its dash.
 */
const BARE_PERIOD = /^(?:过去的?|今后|未来)[一两二三四五1-5]年$|^新的一年$/;

/** Whether a part title says what part it is (`2021年重点工作`, `2015——奋发有为、迎难而上的一年`), as a plain line must to be taken for one. */
export function namesPart(text: string): boolean {
  return PART_WORDS.test(text) || namesPeriod(compact(text)) || BARE_PERIOD.test(compact(text));
}

/**
 * The closing part on the government itself, titled by the government it is to build, its qualities listed with `、`
 * (`努力建设依法行政、廉洁高效的人民政府`, Xiamen 2000, after `2000年主要工作`): a part title, which a list of things
 * (`民族、宗教工作`) is not.
 */
const buildsGovernment = (c: string): boolean => /^(?:努力|全面|切实|着力|加快|大力)?(?:建设|建成|打造)\p{Script=Han}[\p{Script=Han}、]*的(?:人民)?政府$/u.test(c);

/**
 * Whether a line reads as an unnumbered part title: short, no sentence punctuation, no numbering marker,
 * not a table row. A `、` may join what the part holds when each of its pieces names a part
 * (`2020年的总体要求、奋斗目标和重点任务`), or, with `listing`, between any two words of the title
 * (`“十一五”经济社会发展的指导思想、奋斗目标和工作重点`, a whole line set in bold); a short list of things
 * (`民族、宗教工作`) stays text. Such a line is a heading only in a report whose body opens with one (or when the
 * source marks it as a Markdown heading).
 */
export function isPartTitle(l: SourceLine, listing = false): boolean {
  if (l.tableRow || l.footnote) return false;
  const c = compact(l.text);
  const n = [...c].length;
  if (n < 4 || n > MAX_PART) return false;
  // A whole bold line in a body of unnumbered parts may join two phrases with one comma when it names a part (Guangdong
  // 2001: `**扎实工作，为“十五”计划开好头起好步**`, the part of the plan year after the review and the five-year plan).
  const joined = listing && /^[^，,]{2,}[，,][^，,]{2,}$/.test(c) && namesPart(c) ? c.replace(/[，,]/, "") : c;
  const unmarked = YEAR_COLON_TITLE.test(joined) ? joined.replace(/[：:]/, "") : YEAR_COMMA_TITLE.test(joined) ? joined.replace(/[，,]/, "") : joined;
  if (/[。；！？，,：:;!?]/.test(unmarked) || !/\p{Script=Han}/u.test(c) || /^各位代表/.test(c)) return false;
  const listed = listing && !/(?<!\p{Script=Han})、|、(?!\p{Script=Han})/u.test(c);
  if (c.includes("、") && !listed && !namesPeriod(c) && !buildsGovernment(c) && !c.split("、").every((piece) => namesPart(piece))) return false;
  return markerOf(l.text) === null && enumerationOf(l.text) === null;
}

/**
 * What a part title run on at a paragraph's end names: a review, a plan, tasks, aims (narrower than `PART_WORDS`, so
 * that a photo caption run on the same way, `图为全市经济发展大会现场`, stays text).
 */
const FUSED_PART_WORDS = /回顾|安排|建议|任务|目标|展望|规划|部署|思路|要求|重点工作|主要工作|自身建设/;

/** A part title that ends on a word naming what the part is (`二、2018年工作安排`, `一、2017年工作回顾`): a whole title. */
const ENDS_ON_PART_WORD = new RegExp(`(?:${FUSED_PART_WORDS.source})$`);

/**
 * A part title, then the year that opens its first sentence: the title ends at its last part word before the year. So
 * it does before the past year or years a review's first sentence opens with (Huludao 2023: `一、2022年工作回顾过去的
 * 一年，极不平凡、极不容易、极为难忘。`), the title `一、2022年工作回顾`.
 */
const TITLE_BEFORE_YEAR = new RegExp(`^(.*(?:${FUSED_PART_WORDS.source}))(?=(?:\\d{4}|今|明)年|过去的?[一两二三四五]年[，,来])`);

/**
 * Where a numbered part title run on into its first sentence with no mark between ends (`三、2006年的主要工作2006年是
 * “十一五”开局之年，…` ends after `工作`; `一、2022年工作回顾过去的一年，…` after `回顾`): the length of the title, or
 * null when no part word is followed by a year.
 */
export function partTitleBeforeYear(head: string): number | null {
  const m = TITLE_BEFORE_YEAR.exec(head);
  // A title whose part word is its verb, the year after it its object (Pingxiang 2014, a PDF copy: `一、回顾2013年：攻坚
  // 克难，经济社会发展稳中有进`): no title ends before the year when nothing but its numeral comes before the part word.
  if (!m || BARE_PART_WORD.test(m[1]!)) return null;
  return m[1]!.length;
}

/** A numeral and a part word alone (`一、回顾`): the opening verb of a title, never a whole one. */
const BARE_PART_WORD = new RegExp(`^[一二三四五六七八九十]+[、.．]\\s*(?:${FUSED_PART_WORDS.source})$`);

/** A year's work named bare (`二、2024年工作`, `今年的政府工作`): a whole title, as `…年工作安排` is. */
const YEARS_WORK = /(?:\d{4}|[今明本]|新的一)年的?(?:政府)?工作$/;

/**
 * Whether a part title is whole: it ends on a part word ({@link FUSED_PART_WORDS}) or names a year's work, so the line
 * under it is no second half of it but its text (`**二、2018年工作安排**` then `今年是全面贯彻党的十九大和省第十一次党代会
 * 精神的开局`, a paragraph a printed page cut) or a heading of its own (`二、2024年工作` then `总体要求和预期目标`, Shaanxi 2024).
 */
export const endsOnPartWord = (text: string): boolean => ENDS_ON_PART_WORD.test(compact(text)) || YEARS_WORK.test(compact(text));

/**
 * Whether a bold line alone after a report's numbered parts reads as the title of one more, unnumbered part
 * (`**关于政府自身建设**` after `四、…`): a part title ({@link isPartTitle}) that opens with `关于` or names a part as a
 * title run on does ({@link FUSED_PART_WORDS}).
 */
export function isClosingPartTitle(l: SourceLine): boolean {
  return l.strong === true && l.heading === undefined && isPartTitle(l) && (/^关于/.test(compact(l.text)) || FUSED_PART_WORDS.test(l.text));
}

/**
 * Whether a plain line alone after a report's numbered parts, in a copy that sets nothing in bold, reads as the title of
 * one more, unnumbered part (`关于政府自身建设` after `四、…`, Liangshan 2014 as a plain copy): a part title that opens with
 * `关于` and ends on a word naming what the part is.
 */
export function isPlainClosingPartTitle(l: SourceLine): boolean {
  return l.strong !== true && l.heading === undefined && isPartTitle(l) && /^关于/.test(compact(l.text)) && endsOnPartWord(l.text);
}

/** A paragraph's last sentence, then a short unpunctuated tail: a part title run on after it (`…自由流动。2003年政府工作建议`). */
const FUSED_TITLE = /^([\s\S]*[。！？][”’）)]?)[ \t\u3000]*([^。！？；，,：:;!?、\s][^。！？；，,：:;!?、]{3,29})$/;

/** A part title's last word, where a title run on into the next sentence ends (`2005年工作安排今年是…`). */
const FUSED_PART_END = new RegExp(`(?:${FUSED_PART_WORDS.source})`, "g");

/**
 * Words that make a title-like run the subject of its sentence (`2020年政府工作总体要求是：坚持…`, `…主要任务如下：`):
 * what follows tells what it is, so it is no title run on.
 */
const PREDICATE = /^(?:是|为[：:]|如下|主要(?:是|有|包括)|包括)/;

/** A number that is no year (`15亿元`, `2000万元`, not `2005年`): a quantity, the object of a verb before it. */
const QUANTITY_NEXT = /^[0-9０-９][0-9０-９.．,，]*(?![0-9０-９.．]*[ \t]*年)/;

/** Where the sentences of a paragraph end: after `。！？` and a closing quotation mark or bracket. */
const SENTENCE_END = /[。！？][”’）)]?/g;

/**
 * A part title run on between two sentences of a paragraph (`…做得更好。2005年工作安排今年是全面完成…`,
 * `…沼气池20万口。政府自身建设 各位代表，过去的一年…`): the title ends at a space, or, opening with its year, at the
 * last part word of its first 16 characters; the rest is a sentence of the part it opens, not the predicate of the
 * words before it ({@link PREDICATE}: `…发展目标。2020年政府工作总体要求是：坚持…` is one sentence). Only after a
 * paragraph's text, not after a salutation. The three lines, or null.
 */
function splitMidPartTitle(l: SourceLine): [SourceLine, SourceLine, SourceLine] | null {
  for (const m of l.text.matchAll(SENTENCE_END)) {
    const head = l.text.slice(0, m.index + m[0].length);
    // The title follows a paragraph's text, not the salutation that opens one (`各位代表！2021年各项工作任务顺利完成，…`).
    if ([...head].length < 10 || /^[\s\u3000]*各位代表[！!：:，,]?$/.test(head)) continue;
    const tail = l.text.slice(head.length).replace(/^[ \t\u3000]+/, "");
    let title: string | undefined;
    let rest: string | undefined;
    const spaced = /^([^。！？；，,：:;!?、\s]{4,30})[ \t\u3000]+(\S[\s\S]*)$/.exec(tail);
    if (spaced) [title, rest] = [spaced[1]!, spaced[2]!];
    else if (/^\d{4}年/.test(tail)) {
      const window = /^[^。！？；，,：:;!?、\s“”"]{0,16}/.exec(tail)![0];
      const end = [...window.matchAll(FUSED_PART_END)].at(-1);
      if (end) [title, rest] = [tail.slice(0, end.index + end[0].length), tail.slice(end.index + end[0].length)];
    }
    if (title === undefined || rest === undefined || !/[。！？]/.test(rest) || /^[。！？；，,：:;!?、]/.test(rest) || PREDICATE.test(rest)) continue;
    // A quantity after the space is the object of the verb before it, as a copy that spaces its numbers leaves it
    // (`…应急办法》。省政府安排 15亿元，专项用于…`: `安排` arranges the money, no title `省政府安排`); a year opens a sentence.
    if (spaced && QUANTITY_NEXT.test(rest)) continue;
    const line: SourceLine = { text: title, line: l.line };
    if (!isPartTitle(line) || !new RegExp(`(?:${FUSED_PART_WORDS.source})$`).test(title)) continue;
    return [{ ...l, text: head }, line, { ...l, text: rest }];
  }
  return null;
}

/**
 * A part title run on at the end of a paragraph, after its last sentence, as a copy that lost a line break leaves
 * it (`…促进商品和生产要素的自由流动。2003年政府工作建议`): the paragraph and the title as two lines, or null. The
 * tail must read as a part title (short, no punctuation or numbering) and name a part; a paragraph ends with its
 * punctuation, so such a tail is no sentence of it. A title run on between two sentences ({@link splitMidPartTitle})
 * gives three lines: the paragraph, the title and the paragraph it opens.
 */
export function splitFusedPartTitle(l: SourceLine): SourceLine[] | null {
  if (l.strong || l.heading !== undefined || l.tableRow || l.footnote || l.listItem) return null;
  const m = FUSED_TITLE.exec(l.text);
  if (!m) return splitMidPartTitle(l);
  const title: SourceLine = { text: m[2]!.trim(), line: l.line };
  if (!isPartTitle(title) || !FUSED_PART_WORDS.test(title.text)) return splitMidPartTitle(l);
  return [{ ...l, text: m[1]! }, title];
}

/**
 * A paragraph's last sentence, then a numbered part title (`…让人民放心。二、对第十届省人民政府工作的建议`), in a copy
 * that spaces its numbers also after the numeral's `、` (`…提出意见。一、 2013 年工作回顾`).
 */
const FUSED_NUMBERED = /^([\s\S]*[。！？][”’）)]?)[ \t\u3000]*([一二三四五六七八九十]{1,3}、[ \t\u3000]*([^。！？；，,：:;!?、\s][^。！？；，,：:;!?、]{3,29}))$/;

/**
 * A paragraph a copy cut short, its last sentence left open, then after a space a numbered part title (Jixi 2014:
 * `…切实提升应急救援能 三、切实加强改革和政府自身建设`): the space is where the lost text and the line break were.
 */
const FUSED_NUMBERED_AFTER_CUT = /^([\s\S]*[。！？][\s\S]*\p{Script=Han})[ \t\u3000]+([一二三四五六七八九十]{1,3}、[ \t\u3000]*([^。！？；，,：:;!?、\s][^。！？；，,：:;!?、]{3,29}))$/u;

/**
 * A numbered part title run on at the end of a paragraph (Yunnan 2003: `…并请省政协各位委员提出意见。一、第九届省人民
 * 政府工作的回顾`, `…让人民放心。二、对第十届省人民政府工作的建议`; Yulin 2014: `…提出意见。一、 2013 年工作回顾`): the
 * paragraph and the title as two lines, or
 * null. The title names a part (a review, a plan, tasks, proposals) and follows a paragraph's text.
 */
export function splitFusedNumberedTitle(l: SourceLine): [SourceLine, SourceLine] | null {
  if (l.strong || l.heading !== undefined || l.tableRow || l.footnote || l.listItem) return null;
  const m = fusedNumbered(l.text);
  if (!m) return null;
  return [{ ...l, text: m[1]! }, { text: m[2]!, line: l.line }];
}

function fusedNumbered(text: string): RegExpExecArray | null {
  // The title's numeral and its 、 are the paragraph's last 、 (most paragraphs: no title, no need to try the patterns).
  const last = text.lastIndexOf("、");
  if (last < 1 || !/[一二三四五六七八九十]/.test(text[last - 1]!)) return null;
  const m = FUSED_NUMBERED.exec(text) ?? FUSED_NUMBERED_AFTER_CUT.exec(text);
  return m && [...m[1]!].length >= 10 && FUSED_PART_WORDS.test(m[3]!) ? m : null;
}

/** Whether a paragraph ends on a numbered part title run on after it ({@link splitFusedNumberedTitle}). */
export function endsOnFusedNumberedTitle(text: string): boolean {
  return fusedNumbered(text) !== null;
}

/** A part title that opens with the year or the years it is about (`2003年工作回顾`, `今年的主要任务`, `“十五”时期…`). */
export const TIMED_TITLE = /^(?:(?:19|20)\d{2}年|[今明本]年|“[^“”]{2,5}”|过去(?:一|五)年)/;

/** A part title at a paragraph's start, then after white space the paragraph's first sentence. */
const OPENING_TITLE = /^([^\s。！？；，,：:;!?、“”"]{4,30})[ \t\u3000]+(\S[\s\S]*)$/;

/**
 * A part title that opens a paragraph, set off from its text by a space, as a plain copy of a page that set the title
 * in bold before its text leaves it (Xizang 2004: `2003年工作回顾 2003年，在党中央、国务院和自治区党委的坚强领导下，…`):
 * the title and the paragraph as two lines, or null. The title names the year or years it is about and ends on a word
 * naming the part ({@link TIMED_TITLE}, {@link endsOnPartWord}); the rest is a sentence of the part it opens, not the
 * predicate of the title's words (`2004年工作任务 是…`) nor a quantity a verb before it governs.
 */
export function splitOpeningPartTitle(l: SourceLine): [SourceLine, SourceLine] | null {
  if (l.strong || l.heading !== undefined || l.tableRow || l.footnote || l.listItem) return null;
  const m = OPENING_TITLE.exec(l.text);
  if (!m) return null;
  const [title, rest] = [m[1]!, m[2]!];
  if (!TIMED_TITLE.test(title) || !endsOnPartWord(title) || !isPartTitle({ text: title, line: l.line })) return null;
  if (!/[。！？]/.test(rest) || /^[。！？；，,：:;!?、]/.test(rest) || PREDICATE.test(rest) || QUANTITY_NEXT.test(rest)) return null;
  return [{ text: title, line: l.line }, { ...l, text: rest }];
}
