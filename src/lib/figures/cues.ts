import { TextCache } from "../text/cache.ts";

/** A time word of the text before a figure, and the years it names. */
export interface TimeCue {
  /** Offset of the cue in the text searched (the last cue before a figure is the one that governs it). */
  at: number;
  /**
   * `year`: one year (`2020年，…`, `今年`); `span`: several years (`“十三五”时期`, `五年来`, `今后5年`, `2016年以来`);
   * `until`: a deadline (`到2025年`, `截至2020年底`).
   */
  type: "year" | "span" | "until";
  first: number;
  last: number;
  /**
   * The cue frames what follows it (`五年来`, `“十三五”时期`, `2020年`), not only its own clause (`自2011年以来首次提高`,
   * `到2025年`): only framing cues carry over to the next sentences of a paragraph.
   */
  frame: boolean;
}

/** The verb of a level reached and its figure, right after a time word (`分别达590万吨`, `达到`, `为`). */
const LEVEL_AFTER = /^(?:分别|均)?(?:达到|达|为)?\s*\d/;

/**
 * In the plan part, the ground the year's goals stand on told as it is now (`基础在于我市经济总量跨上400亿元台阶，正处在…
 * 起步加速阶段`, Guyuan 2023, after `实现上述目标，我们有机遇、有基础、有优势。`): the level the year reviewed reached, no goal,
 * and no word of the indicator's label.
 */
export const GROUND = "(?:基础|底气)在于";

/** Last year (`去年`, `上年`), but not `上` closing a phrase before `年均` (`在此基础上年均增长7%`). */
export const LAST_YEAR = "(?:去年|上年(?!均))";

/**
 * After last year, the value a share is taken of (`上年度城镇居民人均可支配收入的20%`): a base, no time of the figure.
 */
export const BASE_OF_SHARE = "度?\\p{Script=Han}{2,16}的(?=\\d|$)";

/**
 * After 由 or 从 and last year, the level a raise or cut starts from, then the verb to its new level (Guangxi 2013, in the
 * plan: `边民生活补助由上年每人每月80元提高到96元`): in the plan, last year names the start, no time of the figure.
 */
export const FROM_LAST_YEAR = "[由从](?:去年|上年)(?=[^，。；！？,;]*?(?:提高|增加|上升|上调|扩大|降低|下降|下调|减少|压缩)(?:到|至))";
const STARTS_FROM_LAST_YEAR = new RegExp(`^${FROM_LAST_YEAR}`);

/** First and last year of the n-th five-year plan (n ≥ 6: 六五 = 1981–1985). */
function nthPlanYears(n: number): [number, number] {
  const first = 1981 + 5 * (n - 6);
  return [first, first + 4];
}

/** First and last year of the five-year plan written `“十三五”`, given its middle numeral (`三`: 2016–2020). */
export function planYears(numeral: string): [number, number] {
  return nthPlanYears(10 + "一二三四五六七八九".indexOf(numeral) + 1);
}

/** First and last year of an earlier plan written in quotes, `“八五”` (1991–1995) or `“十五”` (2001–2005). */
export function earlyPlanYears(numeral: string): [number, number] {
  return nthPlanYears(numeral === "十" ? 10 : 6 + "六七八九".indexOf(numeral));
}

/** The ordinal of a plan named in full, `第十个五年` (10), `第十五个五年` (15), `第九个五年` (9). */
function nthOf(ordinal: string): number {
  const unit = "一二三四五六七八九".indexOf(ordinal.at(-1)!) + 1;
  return ordinal.startsWith("十") ? 10 + unit : unit;
}

/**
 * A five-year plan's name: in full (`第十个五年计划`, `第十五个五年规划`), an earlier one in quotes (`“九五”`, `“十五”`,
 * not the number 十五), or one since the “十一五” plan (`“十四五”`, `十五五`).
 */
const PLAN_NAME = /第(十[一二三四五六七八九]?|[六七八九])个五年|“([六七八九]|十)五”|“?十([一二三四五六七八九])五”?/g;

/** Each five-year plan a text names, with its first and last year and the offset right after the name. */
export function plansNamed(text: string): { years: [number, number]; end: number }[] {
  return [...text.matchAll(PLAN_NAME)].map((m) => {
    const years = m[1] ? nthPlanYears(nthOf(m[1])) : m[2] ? earlyPlanYears(m[2]) : planYears(m[3]!);
    return { years, end: m.index + m[0].length };
  });
}

/** The part of the report a text is read in, when the caller knows it (`review`, `outlook`, `plan`). */
export type CuePart = "review" | "outlook" | "plan" | null;

type Finder = [RegExp, (m: RegExpExecArray, year: number, part: CuePart, delivered: number | null) => Omit<TimeCue, "at"> | null];

/**
 * A plan's name inside a verb's object, before the noun it qualifies (`全面完成“十三五”移民搬迁安置任务`): it names a
 * task of the plan, not the time of what follows. Not a time word of the plan (`在“十三五”时期`, `“十三五”以来`).
 */
function attributive(m: RegExpExecArray): boolean {
  if (m[2]) return false;
  const before = m.input.slice(0, m.index).replace(/“$/, "").at(-1) ?? "";
  const rest = m.input.slice(m.index + m[0].length).replace(/^”/, "");
  const after = rest.charAt(0);
  const han = /\p{Script=Han}/u;
  // At the head of a sentence, the plan's name before a project or a programme of the plan (`“十三五”易地扶贫搬迁项目进展
  // 顺利，搬迁入住14153户`, `“十三五”重点工程全部开工`) names that programme, the subject, not the time of the sentences after it.
  // So does a clause opening on it, the programme's name a long one (`新农合实现全覆盖，“十二五”国家重大传染病综合防治示范区
  // 项目加快实施，…，7家新增三级医院通过评审`, Mianyang 2014).
  if (!han.test(before) && PROGRAMME.test(rest)) return true;
  return han.test(before) && !/[在从自于至到是和与及]/.test(before) && han.test(after) && !/[是以的中里来]/.test(after);
}

/**
 * A project or a programme named right after a plan's name, a noun of a few words with no verb of a place before it. So is
 * a plan of a field or a region for those years, named at a sentence's head as what was carried out (`“十二五”藏区经济社会发展
 * 规划执行顺利并通过中期评估，…。规划项目开工889项`, Gannan 2014): the document, not the time of the sentences after it.
 * Not that plan as what sets or states its aims (`…发展规划提出`, `…规划目标全面完成`), whose figures are over its years.
 */
const PROGRAMME = /^(?![全我本各])[^，。；！？、：,;:“”的是]{0,16}?(?:项目|工程|[^，。；！？、：,;:“”的是规]{2,}规划(?:纲要)?(?![中的]|提出|确定|明确|设定|要求|目标|任务|主要|各项))/;

/**
 * A plan's period named before the plan of it its clause ends on, what the aims after it follow (Pingxiang 2014: `按照省下达的
 * “十二五”期间住房保障规划要求，完成保障性安居工程2800套，棚户区改造9123户`): the time of that plan, not of the figures after it,
 * which are the year's.
 */
function ofPlan(m: RegExpExecArray): boolean {
  if (m[2] !== "期间" && m[2] !== "时期") return false;
  const clause = /^[^，。；！？,;]*/.exec(m.input.slice(m.index + m[0].length))![0];
  return /^\p{Script=Han}{1,12}?(?:规划|计划|纲要)(?:的)?(?:要求|目标|任务|部署)?$/u.test(clause);
}

/**
 * A plan's task told done at a sentence's head (`“十三五”易地扶贫搬迁安置任务全面完成，搬迁群众9.23万人。实施农村安全饮水巩固
 * 提升工程27个`, Dingxi 2020, in the review of 2019): its own sentence's figures are over the plan's years, the sentences
 * after it go back to the year reviewed. The cue frames nothing after its sentence. So does a field's aim of the plan met, its
 * name quoted or not (`“十三五”能耗“双控”目标全面完成。蓝天碧水净土保卫战有力推进，PM2.5平均浓度下降35.8%`, Huaibei 2022, in
 * the review of the term's four years): not the plan's aims as a whole (`规划目标`, `主要目标`), whose figures follow it.
 */
const TASK_DONE = /^”?(?:[^，。；！？、：,;:“”的是]|“[^，。；！？”]{1,6}”){2,16}?(?:任务|(?<!规划|主要|各项|预期|发展|总体|奋斗)目标)(?:已经|已|均|全面|基本|提前\S{0,3}|圆满|胜利|如期)?完成/;

function taskDone(m: RegExpExecArray, cue: Omit<TimeCue, "at">): Omit<TimeCue, "at"> {
  if (m[2] || !cue.frame) return cue;
  if (!/(?:^|[。！？；])\s*“?$/.test(m.input.slice(0, m.index))) return cue;
  return TASK_DONE.test(m.input.slice(m.index + m[0].length)) ? { ...cue, frame: false } : cue;
}

/**
 * A deadline whose clause ends its sentence on the aims to meet by it (`用三年时间，…，到2025年实现“12345”目标。“1”即实现一个
 * 翻番，绿色工业总产值…达到600亿元以上`, Wuwei 2023): the sentences after it spell those aims out, over the years up to it.
 */
function namesAims(m: RegExpExecArray): boolean {
  return /^(?:底|末)?(?:实现|达到|完成)[^，。；！？,;]{0,16}目标[。：:]/.test(m.input.slice(m.index + m[0].length));
}

/** A five-year plan named as what a year opens (`开局“十四五”`, `“十四五”开局之年`, `“十四五”起步之年`). */
function opening(m: RegExpExecArray): boolean {
  if (m[2]) return false;
  const before = m.input.slice(0, m.index);
  const after = m.input.slice(m.index + m[0].length).replace(/^”/, "");
  return /(?:开局|起步|开篇|开好局|起好步)$/.test(before) || /^(?:的)?(?:开局|起步|开篇|首年|第一年)/.test(after);
}

/**
 * A clause opening on a year as what it is (`2005年是…`), up to a time named in it; the year named by its place to the
 * plan year too (`今年是“十四五”规划收官、“十五五”发展谋划之年`, Dingxi 2025: the plan year, no term of five years ahead).
 */
const YEAR_IS = /(?:^|[。！？，；,;])\s*(?:(?:19|20)\d{2}年|今年|本年|明年)是[^，。；！？,;]*$/;
/** The rest of a clause that says what a year is in a plan (`…的承前启后之年`, `…的关键一年`). */
const YEAR_OF = /(?:之年|一年)$/;
/** The rest of a clause that ranks one year among the years before (`…最为艰难的一年`, `…最好的一年`). */
const SUPERLATIVE_YEAR = /最[^，。；！？]*的?一年/;
/**
 * A record set against the years before (`创近10年新高`, `为近五年来最高`, `均为近四年最快增幅`): a ranking, not the time
 * of a figure. So is the first time in so many years (Liaoning 2024: `全省地区生产总值增长5.3%，十年来首次超过全国增速，
 * 总量突破3万亿；一般公共预算收入增长9.1%`: the year's growth outran the nation's, the figures after it the year's).
 */
const RECORD = /^(?:来|以来)?的?(?:新高|新低|最[高低好多少大快慢佳优强]|之最|首次)/;

/**
 * A pledge right before a plan's `以来` (Shaanxi 2024, among the plan year's goals: `单位生产总值能耗降低2.5%以上，力争“十四五”
 * 以来累计降低10%左右`): a running total the plan year is to bring up to, over the plan's years to the plan year, a target.
 */
const AIM_BEFORE = /(?:力争|争取|确保)$/;

/**
 * The cue of a five-year plan named with `以来` (since), `末` (its end) or as a whole. Since the plan's start, run
 * straight into an average or a running total (`“十四五”以来年均增长7.8%（现价）;规上工业增加值增长7.6%`), it is that
 * figure's own time and frames nothing after it; `rest` is the text after the cue.
 */
function planCue([first, last]: [number, number], after: string | undefined, year: number, rest = "", aimed = false): Omit<TimeCue, "at"> {
  // Named inside the baseline a goal builds on (`万元生产总值综合能耗在“十一五”期间下降20%左右的基础上进一步下降`, Shanghai
  // 2008, among the goals of the coming five years), it is that baseline's time and frames nothing after it.
  const baseline = /^[^，。；！？,;]*基础上/.test(rest);
  if (after === "以来") return { type: "span", first, last: aimed ? year : year - 1, frame: !baseline && !/^(?:年均|平均|累计)/.test(rest) };
  if (after === "末" || after === "期末") return { type: "until", first: last, last, frame: false };
  return { type: "span", first, last, frame: !baseline };
}

/**
 * A deadline after the plan year that stands alone at the start of a sentence (`到2007年，三次产业比例为2：41：57。`,
 * `力争到2020年，…`): it frames the sentences after it in its paragraph, as `“十一五”时期，` does; inside a clause
 * (`…，到2007年国内生产总值比2001年翻一番`) it is that clause's own.
 */
function opensSentence(m: RegExpExecArray): boolean {
  const before = m.input.slice(0, m.index);
  const after = m.input.slice(m.index + m[0].length);
  return /(?:^|[。！？；])\s*(?:[—―-]+)?(?:力争|争取|确保)?$/.test(before) && /^[底末]?(?:$|[，,。；])/.test(after);
}

const YEAR = "((?:19|20)\\d{2})年";
/** Verbs of aiming at goals, before the goals' year (`围绕2030年…目标`, `瞄准2025年…`): no word of the goals. */
export const AIMED_AT = "(?:围绕|瞄准|锚定|紧扣|对标|聚焦|朝着|向着)";
/** A year as a web page or a PDF copy may space it, before or after its digits (`预计 2000 年全省…`). */
const SPACED_YEAR = "[ \\u3000]?((?:19|20)\\d{2})[ \\u3000]?年";
/** A verb of a change right before its figure (`由2013年下降9.5%`). */
/** A month, and its day, after a year (`4月13日`, `6月`), or none. */
const MONTH_DAY = "(?:\\d{1,2}月(?:\\d{1,2}[日号])?)?";
const CHANGE = "(?:增长|下降|增加|减少|提高|降低|上升|回落|回升|下滑)";
const FIVE = "(?:五|5)年";
/** A number of years of a term looked back on (`四年来`, `过去三年`, `这两年`): two to ten (not `二十年来`, `18年来`). */
const YEARS = "(?<![一二三四五六七八九十百千\\d.])([两二三四五六七八九十2-9]|10)年";
/** `这五年`: the years of a term named before it ({@link findCues}). */
const THESE_YEARS = new RegExp(`^这${YEARS}`);
const NUMERALS: Record<string, number> = { 两: 2, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10 };
/** The number of years written `四`, `两` or `4`. */
export const yearsIn = (n: string) => NUMERALS[n] ?? Number(n);
/**
 * Words before a year that make it a baseline or a comparison, not the figure's own year (`比2015年`,
 * `增幅力争高于“十五”时期`, a total passed: `超过“八五”时期的总和`).
 */
/** The start of a range of years a figure is compared with (`是1950年`, `相当于1978年`), right before 到 or 至. */
const COMPARED_FROM = /(?:[比较与同是]|相当于)(?:19|20)\d{2}年?\s*$/;
/** The same with its connector, right before the range's last year. */
const COMPARED_TO = /(?:[比较与同是]|相当于)(?:19|20)\d{2}年?\s*(?:到|至|[—–－~～-])\s*$/;
/** What a time started from is followed by (`从今年起`, `从今年开始`): the start of what is done, no comparison. */
const STARTING = /^(?:起|开始)/;
const COMPARED = /(?:[比较由从与同是]|[高低快慢]于|超[过出]|相当于|[比较](?:(?:19|20)\d{2}年?度?[、和])+)$/;
/**
 * The verb before a time whose level a multiple or a share is told of ({@link MULTIPLE_AFTER}); 达到 too, a level reached
 * as a multiple of an earlier one (`一般公共预算收入达到2016年的2.3倍`, Changzhi 2022), whose 到 the cue `到2016年` may take.
 */
const MULTIPLE_OF = /(?:为|达到?|恢复(?:到|至)?)\s*“?$/;
/**
 * A multiple or a share of a time's level, right after the time (`的1.8倍`, `1.5倍`, `同期的90%`), or the end of the
 * words before such a figure (the time of the figure's own clause is asked of the words before its number).
 */
const MULTIPLE_AFTER = /^”?(?:时期|期间|末|底|同期|水平)?的?\s*(?:\d+(?:\.\d+)?\s*(?:倍|%|％)|$)/;
/**
 * The level of a time that a thing is brought back to, named bare after it (`生猪产能恢复到2017年水平，设施蔬菜面积新增36.75万亩`,
 * Jiangxi 2021): a base, as a share of it is, no time of the clauses after it.
 */
const LEVEL_RESTORED = /^”?(?:同期|末|底)?的?水平/;
/**
 * The verb that brings a thing back to such a level: restored, or fallen back (`全市公共财政预算收入仅完成18亿元，回落到2009年
 * 水平，而保工资、保运转、保民生等刚性支出是2009年的2倍多`, Shuangyashan 2016: the spending is the past year's).
 */
const LEVEL_BACK_TO = /(?:恢复|回落|退回|倒退)(?:到|至)?\s*“?$/;

/**
 * A term longer than ten years looked back on (`建市20年来`, `40年来`, `四十年来`; group 1 the years, in digits or
 * numerals): the years before the plan year, up to the last one.
 */
const longTerm = (m: RegExpExecArray, y: number): Omit<TimeCue, "at"> | null => {
  const n = /^\d+$/.test(m[1]!) ? Number(m[1]) : yearsIn(m[1]![0]!) * 10 + (m[1]![2] ? yearsIn(m[1]![2]!) : 0);
  return n > 10 && n < 80 ? { type: "span", first: y - n, last: y - 1, frame: true } : null;
};

/**
 * The words after a year that make it the year things were entered into a plan or a list (`力争2020年纳入计划的1506个老旧小区
 * 改造全面完成`, Jiangxi 2021, in the plan year's work): it qualifies what they count, no time of the figure.
 */
/** The verbs of entering things into a plan or a list (`纳入`, `列入`, `写入`, `编入`). */
export const ENTERED = "(?:列入|纳入|写入|编入)";
const ENTERED_IN_PLAN = `${ENTERED}[^，。；！？,;]{0,10}(?:计划|规划|清单)的`;
/**
 * The words after a year that make it the year before which the things named were built (`2000年前建成的老旧小区`,
 * `2000年底以前建成的`): it qualifies them, no time of the figure. Not the months or quarters of a year (`2019年前三季度的`).
 */
const BUILT_BEFORE = "(?:底|末)?以?前(?![一二三四五六七八九十两])[\\u4e00-\\u9fff]{1,4}的";
/**
 * The verbs of things signed, begun or approved in a year (`签约`, `开工`, `批准`): after a year they make it the year the
 * things named came in, which qualifies them.
 */
export const SIGNED = "(?:新)?(?:签约|签订|签署|引进|招引|开工|落地|批准)";
/**
 * The words after a year, or a list of years, that make it the year the things named were signed or begun
 * (`2014年和2015年签约的318个项目开工率达到50%以上`, Kaifeng 2016, in the plan year's work): it qualifies them, no time
 * of the figure. So a span of years the things were approved in (Jiangmen 2018, in the plan: `确保2013—2017年间批准的
 * 建设用地供地率达到60%以上`), and last year's signed projects with no 的 (Ningde 2014, in the plan: `上年签约项目开工率
 * 80%以上`): a goal of the plan year.
 */
const SIGNED_IN = `(?:[和、及与](?:19|20)\\d{2}年)*${SIGNED}的`;
/** Last year's things signed or begun, with or without 的 (`上年签约项目`, `去年开工的项目`). */
export const SIGNED_LAST_YEAR = `${SIGNED}(?:的|项目)`;

const FINDERS: Finder[] = [
  // A list of years counted as a span (`2019、2020两年压减焦化产能1090万吨`): the years from the first to the last.
  [/((?:19|20)\d{2})年?(?:[、和及与](?:19|20)\d{2}年?)*[、和及与]((?:19|20)\d{2})年?(?:这)?[两二三四五2-5]年/g, (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a < b ? { type: "span", first: a, last: b, frame: false } : null;
  }],
  // Two years compared at the head of a sentence (`2000年与2005年预计数比较，全省生产总值由…增加到903亿元左右，年均递增10%`,
  // `2005年与2000年比较，…`): the years after the earlier one, up to the later one.
  [new RegExp(`${YEAR}(?:与|和|同)${YEAR}(?:预计数|预计)?(?:相比较|相比|比较)`, "g"), (m) => {
    const [a, b] = [Number(m[1]), Number(m[2])];
    return a === b ? null : { type: "span", first: Math.min(a, b) + 1, last: Math.max(a, b), frame: true };
  }],
  [new RegExp(`((?:19|20)\\d{2})年?\\s*(?:[—–－~～-]+|至|到)\\s*${YEAR}(?!间?${SIGNED_IN})`, "g"), (m) => ({ type: "span", first: Number(m[1]), last: Number(m[2]), frame: false })],
  // The date since which may name its month and day (`2018年4月13日以来`).
  [new RegExp(`${YEAR}${MONTH_DAY}(?:以来|至今)`, "g"), (m, y) => ({ type: "span", first: Number(m[1]), last: y - 1, frame: false })],
  // The term since a congress first met, in the year the text gives (`2009 年市二届人大一次会议以来，…初步预算，2015 年完成地区
  // 生产总值 960 亿元，年均增长 6.8%`, Lvliang 2016, a term of six years): the years from that one up to the last one, not
  // the five the congress alone would name. Ahead of a year opening the sentence, which would take the year for its own.
  // So is the term since the year the government took office (`本届政府自2018年履职以来，…`, Tongliao 2022, a term of four
  // years): the years from that one up to the last one.
  [new RegExp(`${SPACED_YEAR}(?:(?:市|省|区|州|县|自治区)?(?:[一二三四五六七八九十]{1,3}|\\d{1,2})届(?:市|省|区|州|县|自治区)?(?:人大|人民代表大会)(?:一|1|第一)次会议(?:召开)?|履职|就职|任职)以来`, "gu"), (m, y, part) =>
    part === "plan" || part === "outlook" || Number(m[1]) >= y ? null : { type: "span", first: Number(m[1]), last: y - 1, frame: true }],
  // A run of years already past (`由于已经连续三年增长速度在百分之十一以上`): the years up to the last one.
  [new RegExp(`已经?连续${YEARS}`, "g"), (m, y) => {
    const n = yearsIn(m[1]!);
    return { type: "span", first: y - n, last: y - 1, frame: false };
  }],
  // Not the end of a change told from its start (`从2015年的308亿元增加到2020年的512.75亿元`): a value, not a deadline.
  // Nor the end of how long a policy lasts (`国家对口支援赣南等原中央苏区政策延续至2030年，11个设区市地区生产总值全部突破千亿元`,
  // Jiangxi 2022, in the review): no deadline of the figures after it.
  [new RegExp(`(?<!延续|延长|顺延)(?:到|至|截至|截止到?)${YEAR}(?!的\\d)`, "g"), (m, y) => ({ type: "until", first: Number(m[1]), last: Number(m[1]), frame: Number(m[1]) > y && (opensSentence(m) || namesAims(m)) })],
  // The end of the century, said before 2000 (`到本世纪末，占国内生产总值的比重接近或达到60%`, Beijing 1998): a deadline of
  // 2000, as `到2000年` is. Said later it is 2100, no deadline of a plan: no cue.
  [/(?:到|至)?本世纪末(?:期)?/g, (m, y) => (y <= 2000 ? { type: "until", first: 2000, last: 2000, frame: 2000 > y && opensSentence(m) } : null)],
  // A year opening a sentence or a clause (`。2022年是…`, `，2020年，`, after a space a web page left: `、 2014年`, spaced
  // as a copy spaces it: `。 预计 2000 年全省…`, after the place named as its own: `，我省1993年经济发展的主要指标是`), or
  // `其中2022年`; or the first year of a change told year by year (`地区生产总值由2013年下降9.5%、2014年下降9.7%`), whose
  // 由 names no baseline: the change is that year's. A year of such a run, or of a list (`、2014年`), frames no later sentence.
  // Not a year before which the things named were built (`，2000年前建成的老旧小区基本改造完毕；…改建城中村455户`,
  // Jiuquan 2025): it qualifies them, no time of the clause nor of those after it.
  // So is a year singled out after the time it stands in (`2020年新冠疫情发生以来，…，特别是2022年成功处置了“4·06”“9·20”等90多起
  // 突发疫情`, Ningxia 2023): that year's.
  [new RegExp(`(?:(?:^|[。！？，；：,;:、“—])\\s*|过去的|其中|[由从](?=(?:19|20)\\d{2}年${CHANGE}(?:\\d|$)))(?:预计|力争|确保|争取|特别是|尤其是|全市|全区|全省|全州|全国|[我本][省市区州县]|在)?${SPACED_YEAR}(?!${MONTH_DAY}(?:以来|至今)|的|${ENTERED_IN_PLAN}|${BUILT_BEFORE}|间?${SIGNED_IN})`, "g"), (m) => ({ type: "year", first: Number(m[1]), last: Number(m[1]), frame: !/^[、由从]/.test(m[0]) })],
  // A year after a verb of aiming at goals, opening a clause (`围绕2030年GDP过万亿、一般公共预算地方收入过400亿…目标`,
  // Yueyang 2023): the goals' year, of that clause alone.
  // So is one after a verb of reaching them (`…，实现2007年人均国内生产总值达到1000美元以上的目标`, Anhui 2004).
  [new RegExp(`(?<=(?:^|[。！？，；：,;:])\\s*(?:${AIMED_AT}|实现))${YEAR}(?!${MONTH_DAY}(?:以来|至今)|的)`, "g"), (m) => ({ type: "year", first: Number(m[1]), last: Number(m[1]), frame: false })],
  // A year between an indicator and the verb of the level it reached then (`县（市）级财政收入增幅2002年达7.5%`, or right
  // before the figure: `上市公司1997年18家`, Heilongjiang 2003): that year, of that statement alone; not a year
  // compared with (`比2000年提高`).
  // A space may stand before the year, as a copy set the indicator apart (`国民收入 1995年达到158亿元`, Hainan 1993).
  // So is a year between an indicator and the bound it is to be kept within (`全国人口2000年要控制在13亿以内`, State
  // Council 1996): the year the bound is set for. So is a year before a milestone passed (Hunan 2016: `非公经济增加值2011年
  // 突破万亿，2015年超过1.7万亿元`): the year it was passed.
  // Not a year right after the verb of finishing what it counts (`完成2021年475座已开工小型水库除险加固项目并新开工691座`,
  // Jiangxi 2022, in the plan): the year the things were begun in, no time of the figures.
  [new RegExp(`(?<=[\\p{Script=Han}）)][ \\u3000]?)(?<![比较由从与同是于在自][ \\u3000]?)(?<!完成)${YEAR}(?=(?:达到|达|为|要控制在|突破|超过)?(?:\\d|$))`, "gu"), (m) => ({ type: "year", first: Number(m[1]), last: Number(m[1]), frame: false })],
  // A year whose work the speaker turns to report, in a sentence of its own that stands for the review's title (`首先报告
  // 2001年的工作。`, State Council 2002, before the paragraphs that tell that year with no part heading): that year, framing
  // what follows.
  [new RegExp(`(?<=(?:^|[。！？])\\s*(?:首先|下面|现在)?[，,]?(?:我)?(?:向大会)?报告)${YEAR}(?=的?(?:政府)?工作(?:[。！？]|$))`, "g"), (m) => ({ type: "year", first: Number(m[1]), last: Number(m[1]), frame: true })],
  // A year described in a clause of its own (`由于我省发展起点低，小康指标体系确立的2000年，全社会小康实现程度仅为47.6%`):
  // that year, as `刚刚过去的2020年，` is.
  [new RegExp(`(?<=(?:^|[。！？，；,;])\\s*[^，。；！？,;:：\\d]{1,20}的)${YEAR}(?=[，,])`, "g"), (m) => ({ type: "year", first: Number(m[1]), last: Number(m[1]), frame: true })],
  // Not the plan itself, its goals or its preparation (`“十二五”规划`, `提前两年实现“十二五”目标`, `启动“十五五”前期重大
  // 课题`, `完成“十四五”期资金申报任务`), which name no time of a figure.
  // The first years of a plan (`“十一五”前四年累计单位国内生产总值能耗下降14.38%`): those years only.
  [/“?十([一二三四五六七八九])五”?(?:的)?前([两二三四2-4])年/g, (m) => {
    const first = planYears(m[1]!)[0];
    return { type: "span", first, last: first + yearsIn(m[2]!) - 1, frame: true };
  }],
  // In the review, the first years of the five looked back on, no plan named, as the time of an average or a total
  // (`这五年，…地区生产总值迈过2000亿元，前四年年均增长7.6%`, Xiaogan 2021, its last year not yet counted): those years only.
  [/(?<![五”提目之此以日])前([两二三四2-4])年(?=年均|平均每年|每年平均|累计)/g, (m, y, part) =>
    part === "review" ? { type: "span", first: y - 5, last: y - 6 + yearsIn(m[1]!), frame: false } : null],
  // The last years of a plan (`力争“十五”后３年年均增长１２％`, Harbin 2003, in its outlook to 2007): those years only.
  [/“(十[一二三四五六七八九]?|[六七八九])五”(?:的)?后([两二三四2-4])年/g, (m) => {
    const n = m[1]!;
    const last = (n.length === 2 ? planYears(n[1]!) : earlyPlanYears(n))[1];
    return { type: "span", first: last - yearsIn(m[2]!) + 1, last, frame: false };
  }],
  // But the plan as the subject that sets a goal (`“十三五”规划提出全市地区生产总值年均增长8%的目标`, Liuzhou 2018; `“十四五”规划
  // 纲要确定…`): the goal is the plan's, over its years.
  [/“?十([一二三四五六七八九])五”?(?:发展)?规划(?:纲要)?(?:中)?(?:提出|确定|明确|设定|要求)/g, (m, y) => planCue(planYears(m[1]!), undefined, y)],
  // Nor the plan whose start a year is (`开局“十四五”`, `“十四五”开局之年`), which places that one year in it.
  [/“?十([一二三四五六七八九])五”?(时期|期间|以来|期末|末)?(?![”"]?(?:规划|目标|计划|前期|期(?![间末])))/g, (m, y) =>
    attributive(m) || opening(m) || ofPlan(m) ? null : taskDone(m, planCue(planYears(m[1]!), m[2], y, m.input.slice(m.index + m[0].length), m[2] === "以来" && AIM_BEFORE.test(m.input.slice(Math.max(0, m.index - 4), m.index))))],
  // The plans before them, in quotes and named as a time: `“八五”期末`, `“九五”时期`, `“十五”期间` (not `“七五”普法`, a
  // campaign of that name), or as the time of an average over them (`实现“十五”年均增长12％以上`, Wuhan 2002).
  // Not the plan whose first year a year is (`2001年是进入新世纪、实施“十五”计划的第一年`, State Council 2001): that one year.
  [/“([六七八九]|十)五”(时期|期间|以来|期末|末|计划|(?=年均|平均每年|每年平均))/g, (m, y) =>
    m[2] === "计划" && /^的?(?:开局|起步|开篇|首年|第一年)/.test(m.input.slice(m.index + m[0].length)) ? null : planCue(earlyPlanYears(m[1]!), m[2], y, m.input.slice(m.index + m[0].length))],
  [new RegExp(`(?:今后|未来)的?${FIVE}`, "g"), (_m, y) => ({ type: "span", first: y, last: y + 4, frame: true })],
  // `今明两年` (this year and next), `今后三年`, `未来两年`: the years from the plan year on.
  // In the review, such years inside a clause, after a comma (`与省经开投签署战略合作协议，未来三年向我市投资100亿元以上；
  // 大力推进直接融资，3家企业在“新三板”挂牌`, Rizhao 2016: a partner's pledge), are that statement's own: they frame
  // nothing after it.
  [/今明两年|(?:今后|未来)的?([两二三2-4])年/g, (m, y, part) => {
    const n = m[1] ? yearsIn(m[1]) : 2;
    const inClause = part === "review" && /[，,]\s*$/.test(m.input.slice(Math.max(0, m.index - 2), m.index));
    return { type: "span", first: y, last: y + n - 1, frame: !inClause };
  }],
  // In the plan or the outlook, a time within which an aim is to be met (`三年内新增独立公办幼儿园20所`, `力争两年内…`), or
  // a number of years before the verb of an aim (`三年新建…`): the years from the plan year on. Looking back it is no time
  // of the figures; nor is a lead of some years (`比全省提前2～3年实现…`, `提前两年完成`), nor the years in the name of a
  // programme its clause ends on (`对接推进全省民营企业雁阵五年培育和民营企业家梯队培育计划，力争民营经济增加值增长7.5%以上`,
  // Nanchong 2021); nor the years of a slogan its quote closes on (`按照“五年任务三年完成”的要求，…改造农村公路100公里`, Putian
  // 2014): the pace the slogan asks for, no time of the figures after it. Nor the years since someone left school or the
  // forces (`对毕业两年内初次创业学生给予创业补助，…新增创业担保贷款10亿元以上`, Ningxia 2023): the people an aid is for.
  [new RegExp(`(?<![连续近过去这前后每～~—–－\\-至到或]|毕业|离校|退役)${YEARS}(?:内|(?=(?:新增|新建|新开|建成|完成|实现|改造|培育|引进|打造|转移|淘汰|累计))(?![^，。；,;]*(?:计划|工程|行动)(?:[，。；,;]|$))(?![\\u4e00-\\u9fff]{2,4}”))`, "g"), (m, y, part) => {
    const n = yearsIn(m[1]!);
    // Five years in a sentence that named a five-year plan's time before them (`“十一五”期间，关停5000万千瓦小火电机组，今年要
    // 关停1000万千瓦；五年淘汰落后炼铁产能1亿吨`, State Council 2007, in the plan of its second year): that plan's years.
    const sentence = m.input.slice(0, m.index).split(/[。！？]/).at(-1) ?? "";
    const plan = n === 5 ? [...sentence.matchAll(/“?十([一二三四五六七八九])五”?(?:时期|期间)/g)].at(-1) : undefined;
    if (plan && (part === "plan" || part === "outlook")) return { type: "span", first: planYears(plan[1]!)[0], last: planYears(plan[1]!)[1], frame: false };
    return (part === "plan" || part === "outlook") && n <= 5 ? { type: "span", first: y, last: y + n - 1, frame: false } : null;
  }],
  // The term of the government a report hands over to (`下届政府的五年，要力争实现…城镇化率达到40%左右`, Shanxi 2003, the
  // outgoing government's last report; `新一届政府的五年`, or its term so named: `新一届政府任期的五年，是…关键时期`, Guangzhou 2003)
  // as a time of its own: the five years from the plan year, not five
  // looked back on. Not the term as a word of what it qualifies (`2003年是完成新一届政府五年任务的起步之年`).
  [/(?:下一?届|新一届)\p{Script=Han}{0,6}政府(?:任期)?的?(?:五|5)年(?=[，,：:]|$)/gu, (_m, y) => ({ type: "span", first: y, last: y + 4, frame: true })],
  // The five years a term begins, named as new or ahead (`新的五年，是率先在全省实现全面小康…的决战决胜期`, Zhangye 2017, opening
  // `未来五年的目标任务` before `经济社会发展的主要目标是：生产总值年均增长8%以上`): the five years from the plan year, not the
  // five looked back on that `…的五年` closes in the review (`极不平凡的五年`, `城乡面貌焕然一新的五年`, Liupanshui 2016: the
  // word opens its clause).
  [/(?<!\p{Script=Han})(?:新|未来|今后|接下来)的(?:五|5)年(?=[。！，]|$)/gu, (_m, y) => ({ type: "span", first: y, last: y + 4, frame: true })],
  [/五年征途|(?<!(?:下一?届|新一届)\p{Script=Han}{0,6}政府(?:任期)?|(?<!\p{Script=Han})(?:新|未来|今后|接下来))的(?:五|5)年(?=[。！，]|$)/gu, (_m, y) => ({ type: "span", first: y - 5, last: y - 1, frame: true })],
  // The term since the congress before the one a report is given to first met (`市五届人大一次会议以来，面对百年变局和世纪疫情，
  // 全市上下攻坚克难…`, Qujing 2022, to the sixth congress's first session): the outgoing government's five years, looked back
  // on, as `五年来` are.
  [/(?:[一二三四五六七八九十]{1,3}|\d{1,2})届(?:市|省|区|州|县|自治区)?(?:人大|人民代表大会)(?:一|1|第一)次会议(?:召开)?以来/gu, (_m, y, part) =>
    part === "plan" || part === "outlook" ? null : { type: "span", first: y - 5, last: y - 1, frame: true }],
  // The years since a thing began, counted in a clause of their own (`国家实施宏观调控政策以来的三年，我省生产总值年均增长12.8%`,
  // Henan 2006): looking back, those years up to the last one, not five.
  [/以来的([两二三四2-4])年(?=[，,])/g, (m, y, part) =>
    part === "plan" || part === "outlook" ? null : { type: "span", first: y - yearsIn(m[1]!), last: y - 1, frame: true }],
  // In the review, the years a work took, told in a clause of their own (`以州庆60周年为引领，历时三年，实施了…36个重大建设项目，
  // 完成投资234亿元`, Gannan 2014): those years up to the last one, of that sentence alone. Not months (`历时四个月`).
  [/(?<=(?:^|[，,。；;])\s*)历时([两二三四五2-5])年(?=[，,])/g, (m, y, part) =>
    part === "plan" || part === "outlook" ? null : { type: "span", first: y - yearsIn(m[1]!), last: y - 1, frame: false }],
  // The years since the place was founded or made a city (`建市20年来`, `设市二十年来`): a term longer than ten years
  // looked back on, named by what began it.
  [/(?:建|设|撤地设|撤县设)[市区州县盟](?:以来的?)?(\d{2}|[二三四五]十[一二三四五六七八九]?)年(?:来|间|中)/g, longTerm],
  // A term longer than ten years looked back on at the head of a sentence (`40年来，湖北人民…，地区生产总值年均增长10.6%`,
  // `改革开放四十年来，…`): the years up to the last one, as `五年来` are. Inside a clause (`为20年来最好`) it is no time.
  [/(?:^|[。！？])\s*(?:改革开放(?:以来的?)?)?(\d{2}|[二三四五六七]十[一二三四五六七八九]?)年(?:来|间)(?=[，,])/g, longTerm],
  // So is such a term looked back on in a clause of its own (`去年是改革开放40周年，回望40年奋斗历程，全省地区生产总值增长30.5倍，
  // …城乡居民收入分别增长158倍和91倍`, Qinghai 2019): the multiples are over the forty years, not the year reviewed.
  [/(?<=[，,]|^)(?:回望|回顾|纵观)(?:改革开放)?(\d{2}|[二三四五六七]十[一二三四五六七八九]?)年的?(?:奋斗|发展|改革|不平凡)?(?:历程|征程)(?=[，,])/g, longTerm],
  // A term looked back on, of five years or of another length (`四年来`, `过去三年`, `近三年`, `五年中`, a council's
  // term of office).
  // A bare `五年间` or `五年中` is the term of its part, as a bare `五年` is: looked back on in the review, ahead in the plan
  // or the outlook (Guangzhou 1993, on the stages of its fifteen-year aims: `五年间，国内生产总值年均增长13.5%左右`, no
  // look back on the five years before).
  [new RegExp(`${YEARS}来|这${YEARS}|(?:过去(?:的)?|近)${YEARS}|${YEARS}[间中]`, "g"), (m, y, part) => {
    const n = yearsIn(m[1] ?? m[2] ?? m[3] ?? m[4]!);
    if (m[4] && (part === "plan" || part === "outlook")) return { type: "span", first: y, last: y + n - 1, frame: true };
    // So is `这五年` in the outlook, the term just named ahead (`今后五年，是…关键时期。抓好这五年的工作，意义重大`, Ningxia
    // 2023): the years from the plan year, no look back.
    if (m[2] && part === "outlook") return { type: "span", first: y, last: y + n - 1, frame: true };
    return { type: "span", first: y - n, last: y - 1, frame: true };
  }],
  // In the review, a bare number of years after a comma or 、 right before a verb of change or an average (`国内生产总值增加
  // 到121万亿元，五年年均增长5.2%，十年增加近70万亿元、年均增长6.2%`): the years looked back on, a term of its own, not
  // the five before it. So is one before a sum spent (Shaanxi 2013: `近两年又把新增财力和财政支出的80%用于民生，五年投入9255亿元，…，
  // 城乡居民收入年均增长14%和16.9%`): the five years again, not the two named before them.
  // In the plan or the outlook, such a number before a sum to be spent is the years from the plan year on, of that
  // statement alone (Dongguan 2011, in the plan: `整合完善现有政策，五年投入100亿元，深入实施科技东莞工程`).
  // Before an average (Huizhou 2022: `2021年固定资产投资2972.4亿元，增长21.8%，五年年均增长13%；社会消费品零售总额1978.9亿元，
  // 增长13.3%`) the years are that average's alone, as `以来` before one is: the statements after it stay the year's. Not
  // an average with a note (Yunfu 2022: `五年年均（下同）增长5.6%左右；一般公共预算收入年均增长5.14%`, the note masked here):
  // it may be said to hold for what follows.
  [new RegExp(`(?<=[，,、；])${YEARS}(?=年均|平均每年|累计|增加|增长|翻|投入)`, "g"), (m, y, part) =>
    part === "plan" || part === "outlook"
      ? m.input.startsWith("投入", m.index + m[0].length) && yearsIn(m[1]!) <= 5 ? { type: "span", first: y, last: y + yearsIn(m[1]!) - 1, frame: false } : null
      : { type: "span", first: y - yearsIn(m[1]!), last: y - 1, frame: !/^(?:年均|平均每年)(?![（(□])/.test(m.input.slice(m.index + m[0].length)) }],
  // A bare `五年` opening a sentence: the term of its part. In the review the five years looked back on, as `五年来`
  // (`五年完成城市建设投资493亿元`); in the plan or the outlook the five years from the plan year (`五年新转移农村富余劳动力
  // 200万人以上`). Not a time within or after five years (`五年内`, `五年后`) nor a plan or a programme (`五年规划`).
  // So is a bare `五年` right after the verb of an aim (`力争实现五年转移农村劳动力20万人的目标`, `实现全省五年新增…`).
  // Not the saying that the first year is what the five are judged by (`五年看头年，起步是关键。`, Wenzhou 2026, opening the
  // plan year's part): it names the plan year, no term of the figures after it. Nor the five years in the name of a plan
  // the clause carries out (`深入实施推进服务业综合改革实现五年倍增行动计划，新增规模以上服务业企业20家`, Leshan 2019, in
  // the review: the year's results).
  [/(?:^|[。！？；]|实现(?:全省|全市|全区|全州|全县|全国)?)(?:五|5)年(?![来前后内间中里以多半度级制期看])(?!\p{Script=Han}{0,4}(?:规划|计划|行动)|攻坚|时间|左右)/gu, (_m, y, part) =>
    part === "plan" || part === "outlook" ? { type: "span", first: y, last: y + 4, frame: true } : { type: "span", first: y - 5, last: y - 1, frame: true }],
  // In the plan or the outlook, a bare `五年` right after the verb of an aim (Hunan 2006: `力争五年实际利用外资达到130亿美元`,
  // `力争五年引进内资4000亿元`): the five years from the plan year, of that statement alone.
  [/(?<=(?:力争|争取|确保)(?:全省|全市|全区|全州|全县)?)(?:五|5)年(?![来前后内间中里以多半度级制期])(?!规划|计划|行动|攻坚|时间|左右)/g, (_m, y, part) =>
    part === "plan" || part === "outlook" ? { type: "span", first: y, last: y + 4, frame: false } : null],
  // A number of years to be spent on a work (`用3年时间突破和推广应用150项左右先进适用技术`, Henan 2023): in the plan or the
  // outlook, those years from the plan year, of that statement alone. So are the years of effort a pledge is to take
  // (Jilin City 2014: `力争通过3年的努力，清收166万亩、还林100万亩以上，全市森林覆盖率达到57%`), said with 经过 too; more
  // than that many years (Ningxia 2010: `力争经过两年多的努力，新技术、新品种到位率达到90%，农机化综合水平70%，科技贡献率70%`)
  // run into the year after them.
  [/用([两二三四五2-5])年(?:左右)?的?时间|(?:通过|经过)([两二三四五2-5])年(左右|多)?的?努力/g, (m, y, part) =>
    part === "plan" || part === "outlook" ? { type: "span", first: y, last: y + yearsIn((m[1] ?? m[2])!) - (m[3] === "多" ? 0 : 1), frame: false } : null],
  // In the review, an estimate of this year (`预计今年地区生产总值达到377亿元`, a report given in the December before
  // its plan year) is of the year reviewed: the plan year has no outturn to estimate yet. So is this year in the review
  // of a report given before its plan year (`今年地区生产总值突破千亿元大关`, said on 20 December): the year it was given.
  // So is this year's work so far in any part of such a report (Zigong 2023, given on 28 December 2022, in `三、全面加强政府
  // 自身建设`: `今年工作中，…490件人大议案、代表建议、政协提案全部办结，满意率100%`; `今年以来`): the work done, not the plan
  // year's. Not this year alone, which such a report may still say of its plan year (Yinchuan 2017, given on 28 December
  // 2016: `今年是新一届政府的开局之年，…今年主要预期目标：地区生产总值增长8%左右`).
  // This year as the part of a goal over the coming years (`国内生产总值年均增长9%以上，其中今年达到870亿元，增长8%；财政收入
  // 达到150亿元，年均增长10.6%`, Gansu 1998) dates its own statement alone: the goals after its semicolon are the term's again.
  [/今年|本年/g, (m, y, part, delivered) => {
    const before = m.input.slice(0, m.index);
    const given = delivered !== null && delivered < y;
    const reviewed = part === "review" && (/预计$/.test(before) || given) ? y - 1 : given && /^(?:以来|工作中)/.test(m.input.slice(m.index + m[0].length)) ? y - 1 : y;
    return { type: "year", first: reviewed, last: reviewed, frame: !before.endsWith("其中") };
  }],
  // Not a comparison (`比去年`) nor a baseline (`在去年完成数的基础上有所增长`, `以上年为基数`), nor the time of a policy
  // carried on (`继续执行去年出台的…政策，新增减税降费约5000亿元`), nor the base of a share (Jilin City 2015:
  // `城乡低保标准分别达到上年度城镇居民人均可支配收入的20%`, a share of last year's income set for the plan year), nor `上`
  // closing a phrase before `年均` (`在提高质量和效益的基础上年均增长7%`).
  // Last year between an indicator and the verb of the level it reached then (`瓜果菜、生猪、家禽出岛量去年分别达590万吨、
  // 220万头和3950万只`, Hainan 2013, in a review of five years) is that statement's year alone, as a year in digits there is:
  // the sentences after it go on telling the five years.
  // Nor, in the plan, the level a raise starts from (`补助由上年每人每月80元提高到96元`, Guangxi 2013): the new level is the
  // plan year's.
  [new RegExp(`(?<![比较同在以按]|按照|依照|参照)(?:${LAST_YEAR}|过去(?:的)?一年|一年来)(?!(?:出台|制定|实施|推出|部署|下达|启动)的|${SIGNED_LAST_YEAR})(?!${BASE_OF_SHARE})`, "gu"), (m, y, part) => {
    if (part === "plan" && m.index > 0 && STARTS_FROM_LAST_YEAR.test(m.input.slice(m.index - 1))) return null;
    const inside = /^(?:去年|上年)$/.test(m[0]) && /[\p{Script=Han}）)]$/u.test(m.input.slice(0, m.index)) && LEVEL_AFTER.test(m.input.slice(m.index + m[0].length));
    return { type: "year", first: y - 1, last: y - 1, frame: !inside };
  }],
];

/**
 * Every time cue of a text (a report of plan year `year`, read in `part` of it, given in the year `delivered` when its
 * dateline says), in text order; years used as baselines (`比2015年`) and years inside titles or brackets are left out.
 */
export function timeCues(raw: string, year: number, part: CuePart = null, delivered: number | null = null): readonly TimeCue[] {
  // A text with no year, no five-year plan and no century's end has no cue (most clauses): no need to keep its answer.
  if (!CUE_CHAR.test(raw)) return NONE;
  // A report's figures ask for the cues of the same sentences and paragraphs again and again (a paragraph's context for
  // each of its figures): each text's cues are found once, for the report's years and part.
  return CUES.get(raw, `${year} ${part} ${delivered}`, () => Object.freeze(findCues(raw, year, part, delivered).map((c) => Object.freeze(c))));
}

/**
 * The time cues of a text asked for once (the text before one figure, each figure's own): found as {@link timeCues}
 * finds them, not kept, so that the cache holds the texts asked for again.
 */
export function cuesOnce(raw: string, year: number): readonly TimeCue[] {
  return CUE_CHAR.test(raw) ? findCues(raw, year, null, null) : NONE;
}

/** Texts whose cues are known, by the report's years and part. */
const CUES = new TextCache<string, readonly TimeCue[]>(4096);
const NONE: readonly TimeCue[] = Object.freeze([]);

/**
 * Every cue names a year (`年`), a five-year plan (`“十三五”`, `“九五”`), a congress's term (`市五届人大一次会议以来`) or the
 * century's end (`本世纪末`): a text with none has none.
 */
const CUE_CHAR = /[年五届]|世纪末/;

function findCues(raw: string, year: number, part: CuePart, delivered: number | null): TimeCue[] {
  // Titles and asides (`《…规划（2018—2035年）》`) name things; their years are no time of the text.
  // So is a name in quotes that opens on its year (`被中国标准化研究院评为“2015年中国大陆城市‘氧吧’50强”第一名`, Fuzhou 2016,
  // in a look back over five years): the year of the list, no time of the sentences after it.
  const text = raw.replace(/《[^》]*》|（[^）]*）|\([^)]*\)|“(?:19|20)\d{2}年[^“”，。；]{2,}”/g, (m) => "□".repeat(m.length));
  const out: (TimeCue & { end: number })[] = [];
  for (const [re, read] of FINDERS) {
    for (const m of text.matchAll(re)) {
      const at = m.index + (/^[。！？，；：,;:、“—]/.test(m[0]) ? 1 : 0);
      const end = m.index + m[0].length;
      // A stray space may part the comparison word from what it compares with (`比 “十一五”末增长1.6倍`, Shiyan 2016).
      // Not 从 or 由 before a time that starts what follows (`从今年开始，全省重点支持一批…大企业`, Hunan 2005; `从今年起全省免征
      // 农业税`): the time from which it is done, as `自今年起` and `今年起` are, no baseline.
      if (COMPARED.test(text.slice(0, at).replace(/\s*“?$/, "")) && !(/[从由]$/.test(text.slice(0, at)) && STARTING.test(text.slice(end)))) continue;
      // Nor a time a multiple or a share of its level is told of (`财政累计用于民生支出1045亿元，为“十二五”时期的1.8倍`,
      // Xiangxi 2021; `新增贷款213.4亿元，为2019年1.5倍`; `恢复到2019年同期的90%`): the base of the figure, no time of it
      // or of the clauses after it.
      if (MULTIPLE_OF.test(text.slice(0, at)) && MULTIPLE_AFTER.test(text.slice(end))) continue;
      if (LEVEL_BACK_TO.test(text.slice(0, at)) && LEVEL_RESTORED.test(text.slice(end))) continue;
      // Nor the end of a range of years compared with (`五年新增电力装机3.5亿千瓦，是1950年到2002年53年的总和`).
      if (/^(?:到|至|[—–－~～-])/.test(m[0]) ? COMPARED_FROM.test(text.slice(0, at)) : COMPARED_TO.test(text.slice(0, at))) continue;
      if (out.some((c) => c.at < end && at < c.end)) continue;
      // Nor a year whose level the figures build on (Lanzhou 2012, in the outlook: `…等主要经济指标，在2011年基础上翻一番，
      // 生产总值达到3000亿元以上`): a baseline, no time of the figures after it.
      // So is a year whose level a clause names before 的基础上 (`在2008年提供951套的基础上再向社会提供保障性住房12138套`,
      // Xiamen 2010: the houses the year reviewed provided).
      if ((/在$/.test(text.slice(0, at)) || /^\s*在/.test(text.slice(at, end))) && /^(?:末|底)?(?:[^，。；！？,;]*?\d[^，。；！？,;]*?)?的?(?:良好|坚实)?基础上/.test(text.slice(end))) continue;
      const cue = read(m as RegExpExecArray, year, part, delivered);
      // A span that a year is measured against in a superlative (`2013年是我市近十年来经济发展最为艰难的一年`,
      // `五年来最好的一年`) names no time of the figures: the clause is about that one year.
      if (cue?.type === "span" && SUPERLATIVE_YEAR.test(text.slice(end).split(/[，。；！？,;]/)[0] ?? "")) continue;
      if (cue?.type === "span" && RECORD.test(text.slice(end))) continue;
      // Nor a plan named in what a year is (`2005年是全面实现“十五”计划目标、认真谋划“十一五”发展的承前启后之年`, Ningbo 2006,
      // closing a look back over the plan's five years on the year just past): the year's place in the plan, no time of
      // the figures after it, which are that year's.
      if (cue?.type === "span" && YEAR_IS.test(text.slice(0, at)) && YEAR_OF.test(text.slice(end).split(/[，。；！？,;]/)[0] ?? "")) continue;
      if (cue) out.push({ ...cue, at, end });
    }
  }
  const sorted = out.sort((a, b) => a.at - b.at);
  // `这五年` after a term of as many years named before it in the text (`“十四五”时期，…。这五年，综合经济实力再攀新高峰`,
  // Shanghai 2026, in the part on the next plan) is that term, looked back on or ahead, whatever the part.
  for (const [i, cue] of sorted.entries()) {
    const these = THESE_YEARS.exec(text.slice(cue.at));
    if (!these || cue.type !== "span") continue;
    const n = yearsIn(these[1]!);
    const named = sorted.slice(0, i).reverse().find((c) => c.type === "span" && c.frame && c.last - c.first + 1 === n);
    if (named) sorted[i] = { ...cue, first: named.first, last: named.last };
  }
  return sorted.map(({ end: _end, ...c }) => c);
}

/**
 * The year a change is measured against (`比2015年`, `较“十二五”末`, `与2016年持平`), or a multiple of an earlier level
 * (`是2011年的1.48倍`, `是“十二五”末的2.3倍`, `分别是“十五”末期的2.4倍和2.9倍`, `接近2007年的3倍`), or null.
 */
export function baseYearOf(text: string): number | null {
  // `与2016年基本持平`: the year a flat figure is compared with, right before 持平. A PDF's copy may space the year from
  // the word before it and the figure after it (`分别是 2010年的 1.5倍和 2倍`, `比 2010年提高 17个百分点`, Zaozhuang 2016).
  const y =
    /[比较]\s?((?:19|20)\d{2})\s?年/.exec(text) ??
    /(?:与|同|和|跟)\s?((?:19|20)\d{2})年(?:同期)?(?:水平)?(?:相比)?(?:基本|大体|总体)?\s?$/.exec(text) ??
    // So a level reached as a multiple of it (`一般公共预算收入达到2016年的2.3倍`, Changzhi 2022).
    // So one said with 为, and the multiples after the first of a list (`一般公共预算收入、居民人均可支配收入、社会消费品零售总额
    // 分别为2016年的1.6倍、1.5倍、1.35倍`, Xinzhou 2022).
    /(?:是|相当于|接近|将近|达到|为)\s?((?:19|20)\d{2})\s?年(?:末|底)?的?\s?(?:\d+(?:\.\d+)?\s?倍\s?[、和及]\s?)*$/.exec(text) ??
    // A year whose level a change is measured from, said as the ground it builds on (`水、气主要污染物在2005年基础上累计分别
    // 削减16%和11%`, Harbin 2010): as `比2005年` would say. Not a level named inside that ground (`在2008年提供951套的基础上`).
    /在((?:19|20)\d{2})年(?:末|底)?的?基础上[^，。；,;]*?(?:增长|提高|增加|下降|减少|降低|削减|压减|上升)/.exec(text);
  if (y) return Number(y[1]);
  const plan = /[比较]\s?“?十([一二三四五六七八九])五”?期?末/.exec(text) ?? /(?:是|相当于|接近|将近)“?十([一二三四五六七八九])五”?期?末期?的?$/.exec(text);
  if (plan) return planYears(plan[1]!)[1];
  const early = /[比较]\s?“([六七八九]|十)五”期?末/.exec(text) ?? /(?:是|相当于|接近|将近)“([六七八九]|十)五”期?末期?的?$/.exec(text);
  return early ? earlyPlanYears(early[1]!)[1] : null;
}

/**
 * A clause opening on a bare number of years (`五年粮食总产量达`, `五年实际利用外资165.4亿美元`), the count of years its
 * first group: a sum over them, not a time within or after them (`五年内`, `五年后`) nor a plan, nor the schooling of so many
 * years (`九年义务教育巩固率`, `九年一贯制学校`).
 */
export const YEARS_SUMMED = /^(?:全市|全区|全省|全州|全县|全国)?([两二三四五六七八九十2-9])年(?![来前后内间中里以多半度级制期])(?!规划|计划|行动|攻坚|时间|左右|义务|一贯)/;
