import type { SourceLine } from "../source/lines.ts";
import { compact } from "./dateline.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { parseGlossaryLine, parseTermLine } from "./glossary-line.ts";
import { markerOf } from "./markers.ts";

/** Longest appendix title. */
const MAX_TITLE = 40;

/**
 * A title naming a glossary: `名词解释`, `注 释`, `部分名词注释`, `名词注解：`, `《政府工作报告》名词术语解释`,
 * `附：术语解读`, `附：有关情况说明`, `附录一：《政府工作报告》名词解释`, `附件2 名词解释`, `解释说明`,
 * `名词解释和说明`, `《政府工作报告》有关术语的说明` (Guiyang 2008), `政府工作报告专业术语名词解释` (Xizang 2007),
 * `词解释和说明` (a copy that lost 名, Liangshan 2014), `《政府工作报告》有关内容名词注释` (Jiangxi 2020),
 * the abbreviations a report lists with what they stand for (`《政府工作报告》相关缩略语`, Xinjiang 2017),
 * and any of them with a note in parentheses after it (`名词注释（按报告中出现顺序排列）`), or with a label for what
 * is attached before it, as 附： is (`资料：《政府工作报告》名词解释（按报告中出现顺序排列）`, Hangzhou 2012).
 */
const GLOSSARY_TITLE =
  /^(?:附[件录]?[一二三四五六七八九十\d]*[：:]?|资料[：:])?(?:《?政府工作报告》?|报告中的?)?(?:部分|有关|相关|主要|专业)?(?:内容)?(?:(?:名词术语|名词|术语|词语|用语|情况|词)?的?(?:解释说明|名词解释|解释|注释|注解|解读|释义|说明)|(?:缩略语|缩略词)(?:的?(?:解释说明|解释|注释|注解|解读|释义|说明))?)(?:[和及与、](?:有关)?(?:说明|注释|注解|解释))?(?:[（(][^（）()]{1,20}[）)])?[：:]?$/;
/**
 * Notes after the closing words (`附注：`, Liuzhou 2016, then its terms `1．“双高”糖料蔗基地：…`), the report's named
 * before them or not (`《政府工作报告》附注`, Xiangtan 2014): a glossary too.
 */
const NOTES = /^(?:《?政府工作报告》?)?附注[：:]?$/;
/** An appendix heading that does not say what follows: `附件`, `附件1`, `附 录`, `附录二：…数据汇总表`, `附：…`. */
const APPENDIX = /^附(?:件[一二三四五六七八九十\d]*|录[一二三四五六七八九十\d]*)(?:$|[：:\s]|(?=[《“\p{Script=Han}]))|^附[：:]/u;

/**
 * The closing words of a report (`…为全面建成小康而努力奋斗！`, or an address to the deputies that ends on an
 * exclamation: `各位代表！风劲好扬帆，…为全市人民交上一份满意的答卷！`), after which only residue or appendices follow.
 */
export const CLOSING = /(?:奋斗|奋进|前进)[！!。]$|^各位代表[！!，,].*[！!]$/;
/**
 * The title of the year's list of livelihood projects (`九江市2016年重大民生工程`, `2021年十件民生实事`,
 * `2019年市政府为民办10件实事`, `西安市2025年为民实事`, `2020年市十件民生实事`, Meizhou 2020, the level of government after
 * the year), a place and a year before it or not; an appendix when it follows the closing words, though no `附件` names it so. So is the title
 * of the report on how last year's list went, set after this year's (Guangzhou 2018: `2017年十件民生实事完成情况`
 * after `2018年十件民生实事`).
 */
const LIVELIHOOD_LIST =
  /^(?:[\p{Script=Han}]{2,8}?[省市县区州盟旗])?(?:(?:19|20)\d{2}年度?[市区县州]?)?(?:(?:重大|重点|为民办|[十一二三四五六七八九]+[件项大])?民生(?:工程|实事)|(?:[市区县州]?(?:人民)?政府)?(?:为民办|为民)?(?:[十一二三四五六七八九]+|\d{1,2})件(?:民生)?实事|(?:[市区县州]?(?:人民)?政府)?为民办?实事)(?:项目)?(?:清单|安排|计划|(?:完成|落实|办理|进展)情况)?$/u;

/** Whether a line after the closing words titles the year's list of livelihood projects. */
export function isLivelihoodListTitle(line: string): boolean {
  const c = compact(asciiDigits(line));
  return [...c].length <= MAX_TITLE && LIVELIHOOD_LIST.test(c);
}

/** Whether a line titles a glossary appendix. */
export function isGlossaryTitle(line: string): boolean {
  const c = compact(asciiDigits(line));
  return [...c].length <= MAX_TITLE && (GLOSSARY_TITLE.test(c) || NOTES.test(c)) && !/^说明(?:[（(][^（）()]*[）)])?[：:]?$/.test(c);
}

/** A paragraph's last sentence, then a bare appendix heading (`…再谱新篇章！附件1`, `…收件送件等服务。附件2`). */
const RUN_ON_APPENDIX = /^([\s\S]*[。！？!?][”’）)]?)[ \t\u3000]*(附[件录][一二三四五六七八九十\d]{0,2})$/;

/**
 * An appendix heading run on at the end of a paragraph, after its last sentence, as a copy that lost a line break
 * leaves it (Zhongshan 2016: `…再创新辉煌，再谱新篇章！附件1`, then its 民生实事; `…收件送件等服务。附件2`, then its
 * glossary): the paragraph and the heading as two lines, or null. Only a bare heading (`附件`, `附件1`, `附录二`) is
 * taken apart: a title after it could be words of a sentence.
 */
export function splitRunOnAppendix(l: SourceLine): [SourceLine, SourceLine] | null {
  if (l.strong || l.heading !== undefined || l.tableRow || l.footnote || l.listItem) return null;
  const m = RUN_ON_APPENDIX.exec(l.text);
  if (!m || [...m[1]!].length < 10) return null;
  return [{ ...l, text: m[1]! }, { text: m[2]!, line: l.line }];
}

const INDEX_NUMERALS = "一二三四五六七八九十";
/** The first appendix of a list, a bare numbered heading (`附件1`, `附件一`, `附录1：`). */
const FIRST_APPENDIX = /^附[件录](?:1|一)[：:]?$/;

/**
 * The number of lines of an index of the appendices set before them (`附件：1、2018年云浮市十件民生实事`, `2、注释`, then
 * `附件1`): the list of what is attached, lines of the body and no headings; 0 when the line opens none. The items count
 * on from 1, and the first appendix they list follows them. So is an index of one appendix, its title after the colon,
 * when the appendix follows under a bare heading with that title on the next line.
 */
export function appendixIndexLength(lines: readonly { text: string }[], i: number): number {
  const c = compact(asciiDigits(lines[i]!.text));
  // An index of one appendix, named after the colon, then that appendix under a bare heading and its title again
  // (Tieling 2023: `附件：2023年拟实施民生实事项目`, then `附件：` and `2023年拟实施民生实事项目`): a line of the body.
  const one = /^附[件录][：:](.+)$/.exec(c);
  if (one && lines[i + 2] !== undefined && /^附[件录](?:1|一)?[：:]?$/.test(compact(asciiDigits(lines[i + 1]!.text)))) {
    return compact(asciiDigits(lines[i + 2]!.text)) === one[1] ? 1 : 0;
  }
  if (!/^附[件录][：:](?:1|一)[、.．]/.test(c)) return 0;
  let n = 1;
  for (let k = 2; i + n < lines.length; k++, n++) {
    const item = new RegExp(`^(?:${k}|${INDEX_NUMERALS[k - 1] ?? k})[、.．]`);
    if (!item.test(compact(asciiDigits(lines[i + n]!.text)))) break;
  }
  return i + n < lines.length && FIRST_APPENDIX.test(compact(asciiDigits(lines[i + n]!.text))) ? n : 0;
}

/** Whether a line is an appendix heading (`附：有关情况说明`, `附件1`, `附 录`, `名词解释`, `注释`). */
export function isAppendix(line: string): boolean {
  const c = compact(asciiDigits(line));
  if ([...c].length > MAX_TITLE || /[。；！？]/.test(c)) return false;
  return isGlossaryTitle(c) || APPENDIX.test(c);
}

/**
 * Whether the lines after an appendix heading that does not name its content are glossary entries
 * (`1.“放管服”：…`) rather than a list such as the year's 民生实事 (grouped under `一、…`, items with targets)
 * or a table of figures.
 */
export function looksLikeGlossary(lines: readonly { text: string; tableRow?: true }[]): boolean {
  const sample = lines.slice(0, 12);
  if (sample.length === 0 || sample.filter((l) => l.tableRow).length * 2 >= sample.length) return false;
  if (sample.some((l) => markerOf(l.text)?.family === "cn")) return false;
  const entries = sample.filter((l) => {
    const e = parseGlossaryLine(l.text) ?? parseTermLine(l.text);
    return e !== null && !/[，,]/.test(e.term);
  });
  return entries.length >= Math.ceil(sample.length * 0.6);
}
