import type { Period } from "../report/document.ts";
import { BASE_OF_SHARE, baseYearOf, FROM_LAST_YEAR, GROUND, LAST_YEAR, planYears, plansNamed, SIGNED_LAST_YEAR, timeCues, yearsIn, YEARS_SUMMED, type TimeCue } from "./cues.ts";
import { APPROVED_PLAN, SET_BEFORE } from "./verb.ts";
import { chineseNumeral } from "../text/numerals.ts";

/** A bare number of years opening a time of its own (`五年间`, `五年中`). */
const BARE_YEARS = /^(?:[两二三四五六七八九十2-9]|10)年[间中]/;

/** Whether a figure reports the reviewed year(s) or plans the coming one(s). */
export type FigureKind = "result" | "target";

/** When a figure is about: its kind, year, base year and the years it spans. */
export interface TimeSpan {
  kind: FigureKind;
  /** The year the figure is about (the last year of `period`). */
  year: number;
  /** The year a change is measured against when not the year before `year` (`比2015年` → 2015). */
  base_year: number | null;
  /** [first, last] year of a figure over several years (`年均`, `累计`, `“十三五”时期`, `到2025年`), else null. */
  period: [number, number] | null;
}

/** What the text around a figure says about its time. */
export interface TimeContext {
  /** The report's plan year. */
  year: number;
  /** The part of the report holding the figure. */
  part: Period;
  /**
   * The first clause of each earlier sentence of the paragraph (`五年来`, `“十四五”时期`, `特别是刚刚过去的2016年`):
   * the last time word there sets the span of the sentences that follow, a single year ending it.
   */
  context: string;
  /** The sentence from its start up to the figure. */
  before: string;
  /** The figure's label as read (`地区生产总值年均增长`). */
  label: string;
  /** The figure is a level reached (`达到63家`, `2%`), not an amount or a change over the span. */
  level: boolean;
  /** The figure follows a `主要预期目标是：` marker of its sentence (the plan year's main targets). */
  authority: boolean;
  /** The one year the heading of the figure's part names and no span (`一、2021年工作回顾`), else null. */
  partYear?: number | null;
  /** The span of past years the heading of the figure's part names and no year alone (`一、过去五年政府工作的回顾`), else null. */
  partSpan?: [number, number] | null;
  /** The year the report was given, from its dateline (the December before the plan year, or the plan year), else null. */
  delivered?: number | null;
  /** The figure's paragraph opens on a past year (`各位代表，过去一年，…`), whatever part holds it. */
  opensPast?: boolean;
  /** The figure's paragraph opens on a term gone by (`各位代表，“十二五”时期，…`), whatever part holds it. */
  opensPastTerm?: boolean;
  /** The figure is an item of a clause of main goals whose first item is a yearly average: the goals of the plan's years. */
  termGoals?: boolean;
  /** The figure's paragraph gives a yearly average (`年均增长10.4%`): it sums up years, not one. */
  averagedParagraph?: boolean;
  /**
   * The bare count of years of an average the sentence right before the figure's gives (`工业投资总量三年超万亿元、年均增长
   * 17.3%` → 三), else null.
   */
  averagedBefore?: string | null;
  /** The figure's time comes only from the paragraphs framing it (`刚刚过去的2020年，…` above `三是…`): its own names none. */
  framedOnly?: boolean;
  /** The figure counts people or households the subject of a yearly amount right after it (`8000名…年均发放助学金1000元`). */
  eachYearly?: boolean;
  /** The figure's statement goes on to compare it with an earlier plan's whole term (`分别比“九五”时期增长…`): a sum over its span. */
  againstTerm?: boolean;
  /** The figure is compared with the year before, in its own clause or right after it (`，比上年增长36.5%`): that year's alone. */
  yearOnYear?: boolean;
}

/**
 * Words that tell a figure of the plan part as it stands now: an estimate, last year, the past year, the ground the goals
 * stand on ({@link GROUND}), a list of what is already built or done (State Council 2000, in the part on the coming year's
 * policy: `已建成的主要有：加固大江大河大湖堤防近6100公里；新增公路通车里程1.2万公里`).
 */
const PAST = new RegExp(`预计|${LAST_YEAR}|过去一年|${GROUND}|已经?(?:建成|完成|竣工|实施)的(?:项目|工程)?主要(?:有|是|包括)[：:]`);
/**
 * In the plan part, words of a past time that tell no time of the figure: an estimate of this whole year, the year
 * named before 预计 as well as after it (Shenyang 2017, on what the plan year's targets rest on: `全年预计新增规模以上企业
 * 200户左右`, `当年预计完成投资1250亿元左右`), last year as the time of a policy carried on, last year's value a share is
 * taken of, last year's level a raise starts from (`由上年每人每月80元提高到96元`).
 */
const NOT_PLAN_TIME = new RegExp(`预计(?=全年|今年|当年)|(?<=全年|今年|当年)预计|(?:去年|上年)(?:(?:出台|制定|实施|推出|部署|下达|启动)的|${SIGNED_LAST_YEAR})|(?:去年|上年)${BASE_OF_SHARE}|${FROM_LAST_YEAR}`, "gu");
/**
 * In any part, 预计 before the people a task is to serve (`由学生所在学校提供课后托管2学时服务，预计为全市60万中小学生提供…
 * 课后托管服务`, Shantou 2022, in an appendix on the plan year's tasks): what the task is expected to reach, no estimate
 * of last year (unlike a value it is estimated to be, `预计为2.5%`). In the review the figure is the year's all the same.
 */
const EXPECTED_REACH = /预计(?=为\p{Script=Han})/gu;
/**
 * A pledge (`力争`) or next year: a time to come. Not 力争 straddling two words (`努力争取`, `全力争取到中央新增投资`: 全力 and
 * 争取, funds won; `持续加力争创全域全国文明城市…，维修黑色路面11万平方米`, Panjin 2023: 加力 and 争创, work done; so 着力,
 * 大力, 合力, 倾力, 聚力, 协力 before 争创 or 争取).
 */
const FUTURE = /(?<![努全奋竭尽加着大合倾聚协])力争|明年/;

/** A level said to be only so much (`仅为`, `仅占`, `仅相当于`): a shortfall as things stand. */
const SHORT_NOW = /仅(?:为|占|相当于)/;
/**
 * `年均增长`, `年均20万人`, `平均每年增长`, `五年平均增长`: a yearly average over several years (an annual mean such as
 * `年均浓度` is one year's, and so is one year's average level: `在2008年平均水平基础上增加10％左右`, and a year's
 * average wage: `在岗职工年均工资1.2万元，增长6%`, `年平均工资`, and a year's income of each: `实现休闲农业从业农民年均收入增长30%以上`,
 * Pingxiang 2014, the plan year's rise of what they earn in a year, and a yearly standard of relief: `农村低保年均保障标准提高到3031元`,
 * Linyi 2016; nor is the mean of some years a change is measured against:
 * `生产安全事故起数、死亡人数比前两年平均数下降20%`, Lishui 2021, a fall in the plan year). Nor is the mean over the year
 * itself: `全年平均居民消费价格总水平下降0.8%` (Henan 2001) is that year's, and so is 均 after the whole year, "all through
 * it": `五大千亿产业产值增幅全年均保持11%以上` (Yangzhou 2015) is no yearly average. Nor is a year's mean water quality:
 * `河流国考和省考断面年平均水质达标率、优良率均达100%` (Meizhou 2020) is the year's. Nor is what each person or household
 * gets in a year: `城市低保每人月均302元，农村低保每人年均1300元` (Yantai 2009) is the year's relief of each.
 */
const AVERAGE = /(?:(?<!全|每[人户])年均|平均每年|每年平均|(?<!(?:19|20)\d{2}|[全今去上当本])年平均)(?!浓度|值|气温|降水|水质|工资|收入|数|水平|(?:保障|补助|供养)?标准)/;
/**
 * A count of households or persons as the subject of `年均` (`4.9万户经营者年均增收8000元左右`): an amount each of them gains
 * in a year, no average over several years. Not a rate (`年均增长`), which is the count's own.
 */
/**
 * An average over a bare count of years its clause names before it (`工业投资总量三年超万亿元、年均增长17.3%`, Guangxi 2024),
 * not a year in digits, a run or a ranking, nor the years of a plan or an action (`三年行动`).
 */
export const YEARS_AVERAGED = /(?<![\d〇零十连续近过去这前后每第])([两二三四五六七八九十2-9])年(?![来前后内间中里以多半度级制期])(?!规划|计划|行动|攻坚)[^，；。,;]*?[、，,]?(?:年均|平均)/;
const PER_UNIT = /\d(?:多|余)?万?(?:户|人|名)[\u4e00-\u9fff]{1,8}?年均(?!增长|递增|增速|增幅|提高|下降)/;
/** A sentence opening on the whole year (`全年改造国省道1000公里`, `全省全年新增城镇就业5万人`): that year's figures. */
const WHOLE_YEAR = /^[\s\u3000]*(?:全[省市区州县])?全年(?!累计)/;
/**
 * In the plan, a clause that takes this year's part of what a span before it is to bring (`力争三年内在每个县城修建一家中型超市，
 * 其中年内建成30家`, Shaanxi 2009): the plan year's. So is a clause that opens on 年内 with no 其中 (`用3年时间建成绿电园区，
 * 年内市域内建设100万千瓦、异地建设100万千瓦新能源项目`, Shizuishan 2025): what is to be done within this year. So is one
 * that opens on 当年 after a plan of several years (`实施排灌泵站三年改造提升规划，当年完成10个`, Anqing 2014).
 */
const WITHIN_THIS_YEAR = /^[\s\u3000]*(?:其中(?:年内|当年)|(?:今年)?年内|当年)/;
/**
 * In the plan, a clause that aims at the whole year or at this year (`力争全年新引进5000万元以上产业项目320个、实际进资437亿元`,
 * Fuzhou 2016, sentences after `力争到2018年，主营业务收入过100亿元的工业企业达5户以上`): the plan year's, not the deadline's.
 */
const AIMED_THIS_YEAR = /^[\s\u3000]*(?:力争|争取|确保)(?:今年|全年|年内)(?!累计)/;

/** A running total (`累计`), but not one over a single year (`全年累计上涨1.7%`, `当年累计`: that year's). */
export const CUMULATIVE = /(?<!全年|当年|年内|本年)(?:累计|总计|合计|共计)/;

/**
 * A statement opening with a verb of a task or with the object of one (`对主城区33个路段…进行改造`, `建设…处理厂`,
 * `加快实施…`): a new verb phrase, not a further subject of the deadline before it (`到2020年，…；城镇化率达到60%`).
 */
const TASK_OPENING = /^[\s\u3000]*(?:对|把|将|加快|加大|加强|推进|推动|实施|建设|新建|改建|扩建|续建|启动|开工|开展|完成|打造|完善|落实|组织|整治|治理|改造|规划)/;

/**
 * The words right after a figure that name it a goal (`去年地区生产总值增速与10%的预期目标有少许差距`, `略高于3%左右的控制
 * 目标`): the target a result is held against, not a result; so is a goal named by its field (`化学需氧量减少1%的节能减排目标预计
 * 可以完成`, Fujian 2008), and one named by two such words (`低于4.5%的年度调控目标`, Shanxi 2005; `3%的预期调控目标`), or by
 * such a word with no 的 (`去年地区生产总值增速未达到10%预期目标`, Foshan 2013).
 */
export const GOAL_AFTER = /^(?:左右|以上|以内|以下)?(?:的(?:预期|控制|调控|年度|计划|奋斗|节能减排|约束性|减排|节能){0,2}|(?:预期|控制|调控|年度|奋斗|约束性){1,2})目标/;

/** A clause that holds a result against a goal (`接近“十一五”末8.5项的规划目标`, `超过…的目标`). */
const GOAL_NEARED = /^(?:接近|超过|超出|高于|逼近)[^，；。]*目标/;

/** The clause of `text` (between commas or semicolons) that holds position `at`. */
function clauseAt(text: string, at: number): string {
  const start = Math.max(...["，", "；", ",", ";"].map((d) => text.lastIndexOf(d, at))) + 1;
  const end = text.slice(at).search(/[，；,;]/);
  return text.slice(start, end < 0 ? undefined : at + end);
}

/**
 * The later goals a plan lays the ground for (`确保国内生产总值年均增长9%左右，为到2010年国内生产总值比2000年翻一番以上、2020年
 * 比2010年再翻一番奠定坚实基础；…；力争城镇登记失业率控制在4.5%左右`, Guizhou 2003): their years are no time of the figures
 * after them, which keep the plan's.
 */
const FOUNDATION_FOR = /为[^，；。,;]*?(?:19|20)\d{2}年[^；。;]*?(?:奠定|打下)[^，；。,;]*?基础/g;

/**
 * A comparison with a plan's or a period's total (`相当于“十二五”时期投资总额的`), naming no year in digits, or with its first
 * years (`争取项目建设用地24.15平方公里，接近“十一五”时期前4年的总和；…全年实际利用外资7亿美元`, Harbin 2011: that year's).
 */
const AGAINST_PLAN = /(?:相当于|接近|将近)[^，；。\d]*(?:“[^”]{1,4}”|时期)(?:前[\d两二三四五六七八九]年)?[^，；。\d]*?的/g;

/**
 * A comparison with the total of all the years before a date (`是新中国成立以来至1997年以前总投入的1.3倍`, Guangxi 2003): the
 * years of what the figure is measured against, no time of the figure.
 */
const AGAINST_TOTAL_BEFORE = /(?:是|相当于|接近|将近)[^，；。]*?(?:以前|之前)[^，；。\d]*?的/g;

/**
 * A year that only dates a thing an earlier statement of the sentence tells of (`2018年摸排的449个问题全部办结，…；…省政府
 * 发文减少30.5%`, Jiangxi 2020): the year a verb then 的 put before its noun, no time of the figures of later statements.
 */
const DATED_THING = /^(?:19|20)\d{2}年(?:度)?[\u4e00-\u9fff]{1,3}的/;

function span(first: number, last: number, reportYear: number): TimeSpan {
  return { kind: last < reportYear ? "result" : "target", year: last, base_year: null, period: first < last ? [first, last] : null };
}

/**
 * The first year of an average ending `last`: after the base year (`由2010年的2万亿元增加到2015年的…`), else five years. Only
 * the statement of the average counts: a year an earlier statement of the sentence starts from (`地区生产总值由2013年下降
 * 9.5%…；社会消费品零售总额实现116亿元，年均增长10.2%`) is no base of it.
 */
function averageFrom(before: string, last: number, reviewed: [number, number] | null = null): number {
  const base = /[由从]((?:19|20)\d{2})年/.exec(before.slice(before.lastIndexOf("；") + 1));
  if (base && Number(base[1]) < last) return Number(base[1]) + 1;
  // A multiple of a year's level right before the average (`规模以上工业实现增加值880.53亿元，是2002年的2.35倍，年均增长21.6%`,
  // Wuhan 2007): the years after that one.
  const multiple = /是((?:19|20)\d{2})年的?[\d.]+倍[，,][^，,；;。]*$/.exec(before);
  if (multiple && Number(multiple[1]) < last) return Number(multiple[1]) + 1;
  // The years of the span the part reviews, ending with that year (`一、过去四年工作回顾`), else five.
  return reviewed && reviewed[1] === last ? reviewed[0] : last - 4;
}

/**
 * A level held within a bound right before the figure (`城镇调查失业率控制在5.5%以内`, `财政民生支出保持在70%以上`): over a span
 * looked back on (`五年来，…`), it held in each of the years, not in the last alone.
 */
const HELD = /(?:控制|保持|稳定|维持)在$/;

/** The span a figure covers when its sentence or paragraph names several years. */
function overSpan(cue: TimeCue, c: TimeContext, average: boolean, cumulative: boolean): TimeSpan {
  const past = cue.last < c.year;
  // A level reached at the end of a past span (`五年来…高新技术企业达到63家`) is that year's level.
  // So is a figure compared with the year before (`社会消费品零售总额17415亿元，比上年增长17.3%`, Guangdong 2011, under
  // `五年完成…`): the span's last year alone.
  if (past && (c.level || c.yearOnYear === true) && !average && !cumulative) return span(cue.last, cue.last, c.year);
  return span(cue.first, cue.last, c.year);
}

/** The kind, year and span a figure has before its base year is applied. */
/**
 * The year a pledge was made, before its maker and 提出 (`2004年我们提出用三年时间基本解决…拖欠工程款和农民工工资的问题，这项工作
 * 基本完成，各地已偿还拖欠工程款1834亿元`, State Council 2007): when the pledge was made, no time of the figures that tell
 * how it was kept, which have the time of their part.
 */
const PLEDGED_IN = /(?:19|20)\d{2}年(?=(?:我们|国务院|本届政府|政府|中央|省委|省政府|市委|市政府)?(?:曾)?提出(?:用|要|在))/g;

/** The stretches of a clause's text before a figure that say no time of it, each pattern after a cheap test of a word it needs. */
const BLANKED: readonly [cue: RegExp, stretch: RegExp][] = [
  [/基础/, FOUNDATION_FOR],
  [/相当于|接近|将近/, AGAINST_PLAN],
  [/以前|之前/, AGAINST_TOTAL_BEFORE],
  [/批/, APPROVED_PLAN],
  [/提出/, PLEDGED_IN],
];

/** A running total over so many years (`五年累计`, `5年累计`; not `2005年累计`, `连续三年累计`, `第五年累计`). */
const TOTALLED = /(?:^|(?<![\d〇零十连续近过去这前后每第]))([两二三四五六七八九十2-9])年(?:来)?(?:累计|总计|合计|共计)/;

/**
 * A level the clause says is already reached now (`现在我国人口已经达到12亿`, State Council 1995; `目前我市按户籍人均GDP已超过
 * 8000美元`, Hangzhou 2008): where things stand as the year begins, the level of the year before, in any part.
 */
const PRESENT_LEVEL = /(?:目前|现在|当前)[^，；。,;]{0,16}已经?[^，；。,;\d]{0,12}$/;

/**
 * A count the clause says there still is, alone after 尚有 or 仍有 (`城乡居民收入还不高，尚有61万农村贫困人口`, Chengde 2015,
 * among the difficulties in the part on the plan year): where things stand as the year begins, no target. Not 还有, which
 * may be "also".
 */
const REMAINING_NOW = /^(?:全[省市区州县]|[我本][省市区州县])?(?:尚有|仍有)约?$/;

/**
 * What the clause says is already done, 已经 and a verb closed by 了 right before the figure (`国家已经组织了57户企业集团试点，
 * 今年要扩大到120户`, State Council 1997): the count reached as the plan year begins, a result of the year before, unless the
 * clause names the plan year or the future (`今年已经安排了…`).
 */
const DONE_ALREADY = /已经[\p{Script=Han}]{1,4}了$/u;
/**
 * A level the clause says is already reached, right before the figure (`我国60岁以上人口已达2.5亿`, State Council 2019, in the
 * part on the plan year's work): where things stand as it begins, unless the clause names the plan year or the future.
 */
const REACHED_ALREADY = /已经?(?:达到?|超过|突破)约?$/;
const AHEAD = /今年|本年|明年|将|要/;
/** A clause opening on 已 and a verb of things begun or done (`已启动31.8万户`, `已经完成`, `目前已开工`). */
const ALREADY_OPENING = /^[\s\u3000]*(?:目前|现在)?(?:已经?|均已)(?:启动|开工|完成|建成|实施|开展|落实|竣工|改造|签约|安置|搬迁|投入|下达|拨付)/;

/**
 * A clause of the sentence that opens on now, or on a day of the plan year already past (`截至今年2月底，全国已撤并公司7万多个，占公司总数
 * 的百分之二十四点五`, State Council 1990; `目前在全国注册登记的各种经济联合体有32000多个，已形成24个…网络`, State Council
 * 1987), its year left unsaid (`截至5月6日，全省累计报告确诊病例561例，治愈出院558例、死亡3例`, Sichuan 2020, given in May):
 * where things stand as the year begins, as a level said to be reached now is, unless the sentence says what is to be
 * done (`目前…，今年要…`, `力争`, `目标`).
 */
const PLEDGED = /力争|确保|争取|预计|计划|目标/;
const NOW_OPENING = /(?:^|[，,；;])[\s\u3000]*(?:目前|现在|当前|截至今年[^，；。,;]{0,6}(?:底|末|为止)[，,]|截[至止]\s?[\d０-９]{1,2}\s?月(?:\s?[\d０-９]{1,2}\s?日)?(?:底|末|为止)?[，,])/;

/**
 * Whether a figure tells where things stand as the plan year begins (its clause `clause`): in the plan part, a level said
 * to be reached now or a thing already done; in any part, a clause of the sentence opening on now or on a day of the plan
 * year gone by (in the review too, where `今年` would date it the plan year's).
 */
function standsNow(c: TimeContext, clause: string): boolean {
  if (c.part !== "review" && (PRESENT_LEVEL.test(clause) || REMAINING_NOW.test(clause.trim()) || ((DONE_ALREADY.test(clause) || REACHED_ALREADY.test(clause)) && !AHEAD.test(clause) && !PLEDGED.test(clause)))) return true;
  const now = NOW_OPENING.exec(c.before);
  return now !== null && !AHEAD.test(c.before.slice(now.index + now[0].length)) && !PLEDGED.test(c.before.replace(STRIVEN_BY, ""));
}

/**
 * Efforts made to win what the sentence tells of, a means gone by (`近几年来，通过努力争取，一批重点工程建成使用，…，目前重大项目
 * 在库总数434个`, Yichun 2016, in the part on the plan year): no pledge of what is to be done.
 */
const STRIVEN_BY = /(?:通过|经过)[^，,；;。]{0,6}争取(?=[，,])/g;

function spanOf(c: TimeContext): TimeSpan {
  const clause = c.before.split(/[，；：,;:]/).at(-1) ?? "";
  if (standsNow(c, clause)) return span(c.year - 1, c.year - 1, c.year);
  // In the review, a level joined by 、 after a yearly average of its clause, with words of its own (`文化及相关产业增加值年均增长
  // 7%、达2500亿元`, `技术合同交易成交额年均增长65.8%、总量突破2500亿元`, Hunan 2023, in a review of five years): the level the
  // span ends on; the average is the figure's before it, and so is the 年均 of a label borrowed from it. Not a later value of
  // a list of averages (`…工业投资年均增幅分别达到17%、14.3%和29.6%`, Yancheng 2012), whose item has no words.
  const joined = c.level && c.part === "review" && clause.includes("、") ? /\d[^、\d]{0,4}、([^\d、]*\p{Script=Han}[^\d、]*)$/u.exec(clause) : null;
  const item = joined ? joined[1]! : clause;
  const average = (AVERAGE.test(item) || (!joined && AVERAGE.test(c.label))) && !PER_UNIT.test(clause) && c.eachYearly !== true;
  // A bound held right after a running total of the same statement (`累计新增城镇就业125.2万人，城镇登记失业率控制在4.15％以内`,
  // Guangxi 2008): held over the years the total runs over, as the total is.
  const previous = /(?:^|[，；：,;:])([^，；：,;:]*)[，,][^，；：,;:]*$/.exec(c.before)?.[1] ?? "";
  const cumulative = CUMULATIVE.test(clause) || (HELD.test(clause) && CUMULATIVE.test(previous)) || c.againstTerm === true;
  // In the review, a running total whose own clause says over how many years (`…918.73亿元，五年累计达到3159亿元`,
  // `全市五年累计举债134亿元`) covers those years up to the year reviewed, whatever year an earlier sentence names; so does
  // one whose years follow what it totals (`地方财政收入五年累计完成7155.9亿元`, Shanghai 2008), but not a year in digits or
  // words, a run or a ranking (`2005年累计`, `连续三年累计`, `第五年累计`).
  const totalled = c.part === "review" && cumulative ? TOTALLED.exec(clause) : null;
  if (totalled) return span(c.year - yearsIn(totalled[1]!), c.year - 1, c.year);
  // So does an amount whose clause opens on the bare verb of getting it done right after such a running total, with no
  // subject of its own (`5年累计实际利用外资2.7亿美元，完成进出口总额19.6亿美元`, Ningxia 2003): the same running total goes on.
  const goneOn = c.part === "review" && /^(?:完成|实现)(?!率)/.test(clause.trim()) ? TOTALLED.exec(previous) : null;
  if (goneOn) return span(c.year - yearsIn(goneOn[1]!), c.year - 1, c.year);
  // So does an average whose own clause says over how many years (`同比增长12.1%，两年平均增长7.5%`, a year's growth told
  // with its average over that year and the one before).
  const averaged = c.part === "review" ? /^(?:全市|全区|全省|全州|全县|全国)?([两二三四2-4])年(?:平均|年均)/.exec(clause) : null;
  if (averaged) return span(c.year - yearsIn(averaged[1]!), c.year - 1, c.year);
  // And a level held over a run of years up to the year reviewed (`粮食产量达到726.6亿斤，连续6年保持在700亿斤以上水平`,
  // Jilin 2019): held in each of those years, beside the year's own level. So is a run of ten years or more
  // (`粮食产量连续10年稳定在120亿斤以上`, Hulunbeier 2021, in a paragraph on the five years of “十三五”): its own years, not the term's.
  const heldRun = c.part === "review" && HELD.test(clause) ? /连续([两二三四五六七八九2-9]|十[一二三四五六七八九]?|1\d)年(?:以上)?(?:保持|稳定|控制|维持)在$/.exec(clause) : null;
  if (heldRun) return span(c.year - chineseNumeral(heldRun[1]!), c.year - 1, c.year);
  // So is a pace held over a run of years, the rate the object of 保持 (`完成地方一般预算收入61.3亿元，增长28.6%，连续3年保持了
  // 20%以上的增幅`, Ningxia 2007): the floor of each of those years' growth, not a second growth of the year reviewed.
  const heldPace = c.part === "review" && (clause.endsWith("保持") || clause.endsWith("保持了")) ? /连续([两二三四五六七八九2-9]|十[一二三四五六七八九]?|1\d)年(?:以上)?保持了?$/.exec(clause) : null;
  if (heldPace) return span(c.year - chineseNumeral(heldPace[1]!), c.year - 1, c.year);
  // And a change whose clause says over how many years right before its verb (`万元生产总值综合能耗五年下降19.6%`): the
  // change over those years, not the last year's (not a year in digits or words, `比2000年增加`, `二〇〇五年下降`, nor a run
  // or a ranking, `连续三年增长`, `近五年增长`, `第五年增长`). So does an amount said to pass a level over so many years
  // (`工业振兴三年行动圆满收官，工业投资总量三年超万亿元`, Guangxi 2024), or spent over so many years (`抗灾救灾工作全面加强，
  // 中央财政五年支出551亿元`, State Council 2008): the sum of those years; not the years a plan is to spend over
  // (`计划三年投入25.9亿元`, Yibin 2014), which are no years gone by; nor the years counted on from a year named before them
  // (`省财政自2018年起三年投入75亿元支持粤东粤西粤北省级现代农业产业园建设`, Guangdong 2019), which run ahead from it.
  const changed = c.part === "review" ? /(?<![\d〇零十连续近过去这前后每第])(?<!计划|规划|拟|将|要)(?<!(?:19|20)\d{2}年(?:起|开始))([两二三四五六七八九十2-9])年(?:来)?(?:下降|增长|提高|减少|增加|降低|上升|超过?|突破|支出|投入)$/.exec(clause) : null;
  if (changed) return span(c.year - yearsIn(changed[1]!), c.year - 1, c.year);
  // So does an amount whose clause opens on a bare number of years (`利用外资大幅度上升，五年实际利用外资165.4亿美元`): the
  // sum over those years, as a sentence opening so is (not a time within or after them, `五年内`, `五年后`, nor a plan).
  const summed = c.part === "review" && !c.level ? YEARS_SUMMED.exec(clause) : null;
  if (summed) return span(c.year - yearsIn(summed[1]!), c.year - 1, c.year);
  // In the review, this year named in an earlier statement of the sentence (`60万吨甲醇项目将于今年竣工；…整车生产能力
  // 扩大到8万辆`) looks ahead from that statement alone: the figures after the semicolon are still the review's. So does the
  // deadline of a plan's goal a result is held against (`接近“十一五”末8.5项的规划目标；新型工业化水平达37%`), unlike a
  // deadline that sets the goals after it (`到2010年建成…的规划目标，…；建成现代化大电网，电力装机容量达到1300万千瓦以上`).
  // A span that frames no later sentence (`1983年以来`, `自2011年以来`), named in an earlier statement of the sentence
  // (`将1983年以来被征地人员纳入城保体系，…；…城市居民人均可支配收入达3.22万元，增长13.7%`), is that statement's own.
  const statement = Math.max(c.before.lastIndexOf("；"), c.before.lastIndexOf(";"));
  const semicolon = c.part === "review" ? statement : -1;
  // A plan's years a figure is measured against (`投资额相当于“十二五”时期投资总额的46%`) are no time of the figure, nor of
  // the figures after it in the sentence: blanked, at the same length.
  // So are the years of a plan approved, and any after it in its statement (`省会2011-2020年总体规划获国务院批复，中心城区
  // 扩展到287平方公里`): the figure has the time of its part.
  const measured = BLANKED.reduce((text, [cue, re]) => (cue.test(text) ? text.replace(re, (m) => " ".repeat(m.length)) : text), c.before);
  // But a span since a date that opens the sentence as its own clause (`2018年4月13日以来，新增市场主体15.8万家，…；新增人才
  // 落户4.2万余人`) is the time of every statement of it, and so is a range of years opening it so (`2008年～2011年，地区生产
  // 总值年均增长12.5%，…；工业总产值年均增长14.8%`, Suzhou 2012).
  const opening = /^[\s\u3000]*(?:自|从)?(?=(?:19|20)\d{2}年(?:[^，；。,;]*(?:以来|至今)|\s*(?:[—–－~～-]+|至|到)\s*(?:19|20)\d{2}年)[，,])/.exec(measured)?.[0].length ?? -1;
  // A deadline leading a clause group (`…，到2020年，形成3.4亿平方米供热能力；对主城区33个路段…进行雨污分流改造`) ends
  // where a statement after it opens a new verb phrase: that statement is a task of its own, not of the deadline.
  const ownTask = statement >= 0 && TASK_OPENING.test(c.before.slice(statement + 1));
  // In the review, a deadline ahead that closes an earlier statement after what was done (`已具备安置回迁条件居民约1万户，
  // 到2020年全部完成安置；基本建成棚改住房8394套`, Harbin 2019) tells when that statement's work ends: the statements after
  // its semicolon are still the year reviewed, unlike a deadline that opens its statement and sets the goals after it.
  const closing = (x: TimeCue) => {
    const from = Math.max(c.before.lastIndexOf("；", x.at), c.before.lastIndexOf(";", x.at)) + 1;
    return /[，,]/.test(c.before.slice(from, x.at));
  };
  const cues = timeCues(measured, c.year, c.part, c.delivered ?? null).filter(
    (x) =>
      !(x.type === "year" && x.last >= c.year && x.at < semicolon) &&
      !(x.type === "year" && x.at < semicolon && DATED_THING.test(measured.slice(x.at))) &&
      !(x.type === "until" && x.last >= c.year && x.at < semicolon && GOAL_NEARED.test(clauseAt(c.before, x.at))) &&
      !(x.type === "span" && !x.frame && x.at < statement && x.at !== opening) &&
      // So is a year that dates its own statement alone (`瓜果菜、生猪、家禽出岛量去年分别达590万吨…；…；新增国家级和省级农业
      // 龙头企业181家`, Hainan 2013, in a review of five years).
      !(x.type === "year" && !x.frame && x.at < statement) &&
      !(x.type === "until" && ownTask && x.at < statement) &&
      !(x.type === "until" && x.last >= c.year && x.at < semicolon && closing(x)) &&
      // In the review, a year gone by that an earlier statement of the sentence reaches (`规模以上工业增加值由2013年下降28.4%、
      // 2014年下降39.5%，到2015年增长5.3%；固定资产投资累计实现701.6亿元，是“十一五”时期的1.6倍`, Hegang 2016, in a review of
      // “十二五”) dates that statement alone: a running total after it is over the span the paragraph looks back on.
      !(x.type === "until" && cumulative && x.last < c.year && x.at < semicolon),
  );
  let cue = cues.at(-1);
  // A yearly average after a year named inside the span the sentence looks back on (`五年间，全市国内生产总值年均增长
  // 17.40%，1996年实现比1980年翻三番；人均国内生产总值年均增长15.42%`): that year is a milestone within the span, and the
  // average is over the span.
  if (cue?.type === "year" && average) {
    const year = cue.last;
    cue = cues.findLast((x) => x.type === "span" && x.first <= year && year <= x.last) ?? cue;
  }
  // So is a sum told as a multiple of an earlier term's, its span framed by an earlier sentence (`“十一五”时期的五年，…。2010年，
  // …；全社会固定资产投资累计完成7226.6亿元，是“十五”时期的2.6倍`, Jinan 2011): a sum over the span, not that year's level.
  if (cue?.type === "year" && c.againstTerm === true && c.part === "review") {
    const year = cue.last;
    const within = (x: TimeCue) => x.type === "span" && x.first <= year && year <= x.last;
    cue = cues.findLast(within) ?? timeCues(c.context, c.year, c.part, c.delivered ?? null).findLast((x) => x.frame && within(x)) ?? cue;
  }
  // In the plan or the outlook, a bare number of years (`五年间`) after a stage the paragraph names by its years
  // (`第一阶段，从1991至1995年。这一阶段，…。五年间，国内生产总值年均增长13.5%左右`, Guangzhou 1993) is that stage, as long
  // as the number of years it names: not the years from the plan year.
  if (cue?.type === "span" && (c.part === "plan" || c.part === "outlook") && BARE_YEARS.test(measured.slice(cue.at))) {
    const n = cue.last - cue.first;
    const stage = timeCues(c.context, c.year, c.part, c.delivered ?? null).findLast((x) => x.type === "span" && !x.frame);
    if (stage && stage.last - stage.first === n) cue = stage;
  }
  // A level held over a run of years (`由于已经连续三年增长速度在百分之十一以上`) is of each of them, not of the last alone.
  // In the review, a plan still running that the sentence itself names (`“十三五”易地扶贫搬迁建设任务提前一年完成，40146户16.94万人
  // 喜迁新居`, Xinjiang 2020, in `一、2019年工作回顾`) tells its years gone by, as one an earlier sentence names does: no aim
  // of the plan's last year.
  if (cue?.type === "span" && c.part === "review" && cue.first < c.year && cue.last >= c.year) cue = { ...cue, last: c.year - 1 };
  // In the plan, a clause that opens on the whole year after a span an earlier clause of its sentence names (`重点扶持今后三年
  // 新增产值50亿元或今后五年新增产值100亿元以上龙头企业，…，全年新增亿元以上企业30家`, Longyan 2016: the firms the span
  // describes) is the plan year's, not the span's. In the review, so is a clause opening on the whole year after a span
  // an earlier clause names, and the change told right after it (`对俄投资实现8.37亿美元，两年翻了三番，全年实现对俄进出口额
  // 66.9亿美元，增长17.8%`, Heilongjiang 2007, in `一、2006年工作回顾`): the year reviewed, not the two years.
  if (cue?.type === "span" && c.part === "plan" && !average && !cumulative && (WHOLE_YEAR.test(clause) || WITHIN_THIS_YEAR.test(clause)) && cue.at < c.before.length - clause.length) return span(c.year, c.year, c.year);
  if (cue?.type === "span" && c.part === "review" && !average && !cumulative && c.before.slice(cue.at).split(/[，,]/).slice(1).some((s) => WHOLE_YEAR.test(s)) && !/[；;。]/.test(c.before.slice(cue.at))) {
    const reviewed = c.partYear ?? c.year - 1;
    if (reviewed < c.year) return span(reviewed, reviewed, c.year);
  }
  if (cue?.type === "span") return overSpan(cue, c, average, cumulative || /连续[两二三四五六七八九十2-9]年/.test(clause) || HELD.test(clause));
  if (cue && average && cue.last < c.year) return span(averageFrom(c.before, cue.last, c.part === "review" ? (c.partSpan ?? null) : null), cue.last, c.year);
  // In the review, a clause opening on 已 after a deadline ahead that an earlier clause names (`计划到2012年改造建设农村住房
  // 100万户，已启动31.8万户`, Zhejiang 2010, in `一、2009年主要工作`) tells what is done of that aim so far: the year reviewed.
  if (cue && cue.last > c.year && c.part === "review" && ALREADY_OPENING.test(clause) && cue.at < c.before.length - clause.length) return span(c.year - 1, c.year - 1, c.year);
  // A deadline or a year after the plan year (`到2025年`, `“十四五”末`, `2035年`) sets an aim over the years up to it.
  if (cue && cue.last > c.year) return span(c.year, cue.last, c.year);
  if (cue?.type === "until" || (cue?.type === "year" && !average)) return span(cue.last, cue.last, c.year);
  // Outside the review, a shortfall told in the figure's own clause with no time of its own (`海原县…人均地区生产总值仅为全区、
  // 全市平均水平的23.1%和36.7%`, Zhongwei 2016, in the part on the coming five years) is how things stand now, no goal: the
  // year reviewed, whatever term the paragraph looks ahead to.
  if (c.part !== "review" && !average && !cumulative && clause.includes("仅") && SHORT_NOW.test(clause) && !FUTURE.test(c.before)) return span(c.year - 1, c.year - 1, c.year);
  const plain = c.authority && c.part !== "outlook";
  if (plain && !average) return span(c.year, c.year, c.year);
  // In the review, a sentence that opens on the whole year (`“十五”计划前四年新增高速公路1000公里的6个项目全面展开，…。全年
  // 改造国省道1000公里、县乡公路1450公里`, Jiangxi 2003) is the reviewed year's, whatever span an earlier sentence names.
  if (c.part === "review" && !average && !cumulative && WHOLE_YEAR.test(c.before)) {
    const reviewed = c.partYear ?? c.year - 1;
    if (reviewed < c.year) return span(reviewed, reviewed, c.year);
  }
  // In the review, an average whose own statement starts its indicator from a year and names no other time (`与10年前相比，
  // 国内生产总值由1992年的411.2亿元 增加到2022.6亿元，年均增长12.2%`, Tianjin 2003, under `一、过去五年工作的回顾`) is over
  // the years after that one up to the year reviewed, whatever span the part or paragraph looks back on.
  if (c.part === "review" && average && !cue) {
    const first = averageFrom(c.before, c.year - 1);
    if (/[由从](?:19|20)\d{2}年/.test(c.before.slice(c.before.lastIndexOf("；") + 1))) return span(first, c.year - 1, c.year);
  }
  const framing = timeCues(c.context, c.year, c.part, c.delivered ?? null).filter((x) => x.frame);
  let prior = framing.at(-1);
  // A running total after a year named inside the span the paragraph looks back on (`——过去五年，…。2011年全市地区生产总值
  // 迈过千亿元大关，…。全市技改投入累计达1126亿元`): that year is a milestone within the span, and the total is over the span.
  // So is one after a year an earlier sentence names in a part reviewing a span of years (`一、过去五年政府工作的回顾` over
  // `2002年预计全省国内生产总值4975亿元，五年年均增长9.2％。…累计完成固定资产投资7201.59亿元`, Hubei 2003): the total is
  // over the years the part reviews, not of that year alone.
  if (prior?.type === "year" && cumulative && !average) {
    const year = prior.last;
    // Not a year only a paragraph before frames (`刚刚过去的2020年，困难比预料的多，…` above `三是经济运行实现稳中向好。…累计减税
    // 降费7.9亿元`, Baiyin 2021, under `“十三五”时期工作回顾`): the report has turned from the term to that year, and the
    // running total is that year's.
    const part = c.part === "review" && c.partSpan && c.partSpan[0] <= year && year <= c.partSpan[1] && c.framedOnly !== true ? c.partSpan : null;
    prior = framing.findLast((x) => x.type === "span" && x.first <= year && year <= x.last) ?? (part ? { ...prior, type: "span", first: part[0], last: part[1] } : prior);
  }
  // A deadline opening an earlier sentence of the paragraph (`到2007年，三次产业比例为2：41：57。高新技术产品产值占工业总产值
  // 的比重达到25％以上。`) sets an aim over the years up to it for the sentences after it, as it does for its own.
  if (prior?.type === "until" && prior.last > c.year && !plain) {
    // But not a clause that aims at the plan year itself (`…力争到2018年，…。…力争全年新引进…项目320个`, Fuzhou 2016).
    if (c.part === "plan" && !average && !cumulative && AIMED_THIS_YEAR.test(clause)) return span(c.year, c.year, c.year);
    return span(c.year, prior.last, c.year);
  }
  // In the plan part, a coming term framing the paragraph (`“十一五”时期，…目标是：…`) spans all its figures, and so does a
  // term gone by that opens it (`各位代表，“十二五”时期，我们大力推进政府自身建设，…办复率为100%`, in a closing part on the
  // government's own work): a look back.
  const lookBack = c.opensPastTerm === true && prior?.type === "span" && prior.last < c.year;
  if (prior?.type === "span" && !plain && (average || cumulative || c.part !== "plan" || prior.first >= c.year || lookBack)) {
    // In the review of one year (`一、2023年工作回顾`), a span an earlier sentence looks back on (`8年来，…。全市生产总值
    // 20059亿元、增长5.6%`) or a plan that year opens (`——“十三五”脱贫攻坚首战告捷。…12.8万贫困人口实现脱贫`) holds
    // only an average or a running total: the other figures are that year's.
    // But a paragraph that names the plan the span is the term of (`2015年是“十二五”收官之年。过去五年，…。单位国内生产总值
    // 能耗下降18.2%`) sums up that term: its figures are over the span.
    const one = c.partYear ?? null;
    // So does one whose span is the five years of the plan the reviewed year closes (`回顾“十一五”…。` above `5年来，…。我们
    // 连续4年实施民生计划，…减少贫困人口33.2万人`, in `一、去年工作回顾` of 2011, Ningxia 2011): the term looked back on,
    // whether or not the paragraph names the plan itself.
    const closing = one !== null && prior.last === one && prior.last - prior.first === 4 && prior.last % 5 === 0;
    const term = closing || [...c.context.matchAll(/十([一二三四五六七八九])五”/g)].some((m) => planYears(m[1]!).join() === [prior.first, prior.last].join());
    if (c.part === "review" && !average && !cumulative && !term && one !== null && one < c.year && prior.first <= one && one <= prior.last) return span(one, one, c.year);
    // In the review, a plan still running that an earlier sentence names (`精心组织实施“十五”计划纲要，…。初步统计，全省
    // 国内生产总值4258.37亿元`, 2002) frames its years gone by: the figures are last year's, or its years so far.
    if (c.part === "review" && prior.first < c.year && prior.last >= c.year) return overSpan({ ...prior, last: c.year - 1 }, c, average, cumulative);
    return overSpan(prior, c, average, cumulative || HELD.test(clause));
  }
  // A past year framing the paragraph (`2022年是极不平凡的一年。` above `（一）…`) in a part whose heading names no time,
  // or opening the paragraph itself in any part (`各位代表，过去一年，我们…。办理人大代表建议和政协委员提案1624件。`, in
  // the closing part on the government's own work).
  if (prior?.type === "year" && prior.last < c.year && (c.part === null || c.opensPast) && !plain && !average && !FUTURE.test(c.before)) return span(prior.last, prior.last, c.year);
  // Looking back, an average or a running total with no span named covers the five years before the plan year.
  // An average that says over how many years (`两年平均增长6.3%`) covers those.
  // A running total over a run of years (`连续3年获得…资金累计近1亿元`) covers those.
  const run = /连续([两二三四五六七八九十2-9])年/.exec(clause)?.[1];
  // So does one whose label opens on the years its indicator is summed over (`六年出口总额累计49亿美元，年均增长11.3%`,
  // Chongqing 2003: 六年出口总额年均增长).
  const labelled = YEARS_SUMMED.exec(c.label)?.[1];
  // In a part that reviews a span of years up to the year reviewed (`一、过去四年工作回顾`, Wuhan 2007: a term of four years),
  // those years, not five.
  // An average that names none of its years runs from the year after the one its statement multiplies (`是2002年的2.56倍，
  // 年均增长26.4%`), or over the years the part reviews (see averageFrom).
  const reviewedSpan = c.part === "review" && c.partSpan && c.partSpan[1] === c.year - 1 ? c.partSpan : null;
  const reviewed = reviewedSpan ? reviewedSpan[1] - reviewedSpan[0] + 1 : 5;
  // So does an average after a bare number of years its clause names for the same subject (`工业投资总量三年超万亿元、年均
  // 增长17.3%`, Guangxi 2024): over those years.
  const before = c.part === "review" ? /(?<![\d〇零十连续近过去这前后每第])([两二三四五六七八九十2-9])年(?![来前后内间中里以多半度级制期])(?!规划|计划|行动|攻坚)[^，；。,;]*?[、，,]?(?:年均|平均)[^，；。,;、]*$/.exec(clause)?.[1] : undefined;
  // So does an average in the next sentence that names no year of its own (`…年均增长17.3%，新建项目对工业增长贡献率超50%。
  // 新增工业产能规模超7500亿元，工业增加值增量近2000亿元、规模以上工业增加值年均增长6.5%`, Guangxi 2024): it goes on telling
  // those years, not the five a review of one year has none of.
  const carried = c.part === "review" && c.averagedBefore && !/年(?!均)/.test(c.before) ? c.averagedBefore : undefined;
  const named = /([两二三四五六七八九十2-9])年(?:来)?平均/.exec(clause)?.[1] ?? before ?? labelled ?? carried;
  const years = average ? (named !== undefined ? Number(yearsIn(named)) : c.year - averageFrom(c.before, c.year - 1, reviewedSpan)) : cumulative && run ? yearsIn(run) : reviewed;
  // A running total in the review of one year (`一、2021年工作回顾`, `一年来，…累计覆盖110个县`) is the total at that
  // year's end: the review names no five years for it to sum.
  // But not after last year named in a paragraph that gives yearly averages, in a part whose heading names no year alone
  // (`一、2015年和“十二五”工作回顾` over `去年我市地区生产总值达1943亿元，是2010年的1.76倍，年均增长10.4%。…累计固定资产投资
  // 7059亿元`, Guilin 2016): the paragraph sums up the term, and so does its running total.
  const sumsUp = c.averagedParagraph === true && (c.partYear ?? null) === null;
  const single = prior?.type === "year" && prior.last < c.year && !sumsUp ? prior.last : (c.partYear ?? null);
  if (cumulative && !average && !run && c.part === "review" && single !== null && single < c.year) return span(single, single, c.year);
  const back = average || cumulative ? span(c.year - years, c.year - 1, c.year) : span(c.year - 1, c.year - 1, c.year);
  // Last year as a comparison (`比上年`, `比去年`, `比上年预计数`, `与上年持平`) or a baseline (`在去年完成数的基础上`) says
  // nothing of the figure's own year.
  // In the plan part, an estimate of the whole of this year (`预计全年为企业新增减负超过2.5万亿元`) is the plan year's, and
  // last year as the time of a policy carried on (`继续执行去年出台的…政策，新增减税降费约5000亿元`) is not the figure's,
  // nor last year's value a share is taken of (`城乡低保标准分别达到上年度城镇居民人均可支配收入的20%`, Jilin City 2015).
  // Nor is last year the measure a pace is held to (`力争信贷投放增速不低于去年，贷存比提高2个百分点`, Huanggang 2016), nor
  // the basis a sum is reckoned by (`按照上年度全省生产总值万分之零点五的比例，安排服务业发展引导资金，…，力争全年服务业投资增速高于
  // 全省固定资产投资增速5个百分点`, Shandong 2008).
  const ahead = (c.part === "plan" ? c.before.replace(NOT_PLAN_TIME, "") : c.before).replace(EXPECTED_REACH, "");
  if (PAST.test(ahead.replace(/[比较同与](?:上年|去年)(?:预计(?:执行)?数)?|(?:[在以按]|按照|依照|参照)(?:去年|上年)|[低高快慢好多少优强]于(?:去年|上年)/g, ""))) return back;
  const future = FUTURE.test(c.before);
  if (c.part === "review" && !future) return back;
  // In a part on the coming five years, a paragraph that opens on the plan year itself (`2003年是完成新一届政府五年任务的
  // 起步之年，…。全省经济增长预期目标为9%以上。今年的主要工作任务是：`, Heilongjiang 2003) turns to that year: its figures
  // are the plan year's, not the five years'.
  if (!average && c.part === "outlook" && prior?.type === "year" && prior.first === c.year && prior.last === c.year) return span(c.year, c.year, c.year);
  // In the plan part, an average its sentence sets as the aim of a five-year plan it carries out, named only as what that
  // plan is of (Dalian 2012: `全面落实文化产业“十二五”发展规划，…，实现文化产业增加值年均增长20%以上`): over that plan's years,
  // when the plan year is one of them.
  const running = average && c.part === "plan" ? plansNamed(c.before.split(/[。！？]/).at(-1) ?? "").find((p) => p.years[0] <= c.year && c.year <= p.years[1]) : undefined;
  if (running) return span(running.years[0], running.years[1], c.year);
  if (average || c.termGoals === true || (c.part === "outlook" && !plain)) return span(c.year, c.year + 4, c.year);
  return span(c.year, c.year, c.year);
}

/**
 * A comparison set as a clause of its own earlier in the statement (`与2000年相比，经济总量增长70%以上`, Henan 2006;
 * `同2000年相比，…`; the later year named first, `2005年与2000年相比，国内生产总值增长57.3%`, State Council 2006): the year the
 * changes after it are measured against, when the figure's own clause is a change, a
 * net one too, with its aspect mark or not (`与2011年相比，地区生产总值净增了1820亿元`, Zhengzhou 2015). The later year may be
 * named by a word for last year, and the change may come before what it counts (Henan 2006: `去年与2002年相比，减少事故
 * 28509起，减少死亡2158人，分别下降47.5%和29.4%`).
 */
const COMPARED_ALONE = /^[\s\u3000]*(?:(?:19|20)\d{2}年|去年|上年)?(?:与|同|和|跟)((?:19|20)\d{2})年(?:同期)?相比$/;
const CHANGE = /(?:增长|提高|增加|下降|减少|降低|上升|净增|净减)了?$|^(?:增加|减少)(?![值到至为])\p{Script=Han}{1,4}$/u;

function comparedFrom(before: string, clause: string): number | null {
  // The second of two changes given together (`分别下降47.5%和29.4%`) follows its clause's first value.
  if (!CHANGE.test(clause) && !CHANGE.test(clause.replace(/\d+(?:\.\d+)?[%％]?[和及、]$/, ""))) return null;
  const statement = before.slice(Math.max(before.lastIndexOf("；"), before.lastIndexOf(";")) + 1);
  const compared = statement.split(/[，,]/).slice(0, -1).map((x) => COMPARED_ALONE.exec(x)).findLast((m) => m !== null);
  return compared ? Number(compared[1]) : null;
}

/**
 * When a figure is about, from the words before it and the part that holds it. The last time word of its sentence
 * governs (`2020年…` → that year; `“十三五”时期` / `五年来` / `今后5年` / `2016年以来` → a span; `到2025年` → a span
 * ending then); then a `主要预期目标是：` marker (the plan year); then the paragraph's context (`五年来，…`); then
 * `预计` / `力争`; then the part (review → the year before the plan year, outlook → the five years from it, plan →
 * the plan year). `年均` always spans several years, and so does `累计` looking back (a running total planned for
 * the year's end is that year's); `比2015年` sets a base year older than the year before.
 */
export function timeSpan(c: TimeContext): TimeSpan {
  const s = spanOf(c);
  const clause = c.before.split(/[，；：,;:]/).at(-1) ?? "";
  const base = baseYearOf(c.label) ?? baseYearOf(clause) ?? yearsBack(c.label, s.year) ?? yearsBack(clause, s.year) ?? comparedFrom(c.before, clause);
  // A past year's target told again in its review (`居民消费价格指数涨幅原定控制在4%左右，但…达到了5.4%`): a target of
  // that year, not its result. So is the aim a clause states after the words of its setting end the clause before
  // (`去年我在政府工作报告中曾提出，要把全年商品零售物价上涨幅度控制在百分之十以内`).
  const setting = c.before.split(/[，；：,;:]/).at(-2) ?? "";
  const setBefore = SET_BEFORE.test(clause) || new RegExp(`(?:${SET_BEFORE.source})$`).test(setting);
  const kind = s.kind === "result" && setBefore ? "target" : s.kind;
  // A yearly average over the years right after the year compared with (`2007年实现地区生产总值830亿元，与2002年相比，增加453亿元，
  // 按可比价计算，年均增长11.9%`, Ningxia 2008): that year only opens the average's span, a change from year to year.
  const averaged = (AVERAGE.test(clause) || AVERAGE.test(c.label)) && s.period !== null && base === s.period[0] - 1;
  return { ...s, kind, base_year: base !== null && base < s.year - 1 && !averaged ? base : null };
}

/**
 * The year a change is measured against when the text counts the years back from the figure's own (Gansu 2003:
 * `城镇居民人均可支配收入增加2558元，农民人均纯收入增加373元，分别比五年前增长了71.19%和30.83%`: 1997 for 2002), or null.
 */
function yearsBack(text: string, year: number): number | null {
  const m = /[比较]([两三四五六七八九十]|\d{1,2})年前/.exec(text);
  if (!m) return null;
  const n = /\d/.test(m[1]!) ? Number(m[1]) : "两三四五六七八九十".indexOf(m[1]!) + 2;
  return n >= 2 ? year - n : null;
}
