import { namesYearBeforeComma } from "../parse/parts.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { chineseNumeral } from "../text/numerals.ts";
import { earlyPartSignal } from "../report/early-parts.ts";
import { earlyPlanYears, planYears, plansNamed } from "./cues.ts";

/** What a part of a report is about: the reviewed year(s), the five-year outlook, or the plan year's work. */
export type PartSignal = "review" | "outlook" | "plan";

/** A look back: `回顾`, the past year, a term of several years (`过去五年`, `四年来`), or a deed done (`实现了…良好开局`). */
const REVIEW = /回顾|过去(?:的)?(?:[一两二三四五1-5])年|[一两二三四五]年来|(?:实现|取得|迈出|开创|赢得)了/;

/**
 * Tasks told as done (`十二届州人民政府各项目标任务圆满完成`): the task words come first and the completion after them, as a
 * statement; a pledge puts the verb first (`确保全面完成全年目标任务`). The tasks the previous congress set, told done with the
 * verb first (`一、圆满完成上届人代会确定的各项任务`, Harbin 2003), can only be looked back on.
 */
const TASKS_DONE = /(?:任务|目标)[^，。；、]{0,2}(?:圆满|全面|顺利|胜利|超额|如期)完成|(?<!确保|力争|努力|争取|全力|务必|要)(?:圆满|全面|顺利|胜利|超额|如期)完成了?上一?届/g;

/** The words that pledge what follows in their clause (`确保`, `力争`): what they govern is to be done, not done. */
const TASK_PLEDGE = /确保|力争|努力|争取|全力|务必/;

/**
 * Tasks told as done ({@link TASKS_DONE}), unless a pledge opens their clause: `四、加强政府建设，确保“十一五”目标任务圆满完成`
 * (Quanzhou 2006) pledges the five years' tasks, and looks back on nothing.
 */
function tasksDone(text: string): boolean {
  return [...text.matchAll(TASKS_DONE)].some((m) => !TASK_PLEDGE.test(text.slice(0, m.index).split(/[，。；：,;:]/).pop()!));
}

/** A heading that tells of achievements (`经济社会发展取得新的重大成就`): a look back, not a pledge (`力争取得…`). */
export const ACHIEVED = /(?<!力争|确保|努力|奋力|争取)取得了?[^，。、]{0,8}(?:成就|成绩)/;
/**
 * A start made (`实施老工业基地振兴战略取得良好开局`), or told as it went (`海峡西岸经济区建设开局良好`, Fujian 2005): a look
 * back, unless the clause pledges it (`确保“十四五”取得良好开局`, `努力实现…良好开局`, `确保开局良好`).
 */
const START_MADE = /取得了?[^，。、]{0,6}开局|开局(?:良好|顺利|喜人|成功)/;
const PLEDGE = /力争|确保|努力|奋力|争取|全力|务必|要|为/;
/** The plan year's words; `新的一年` names it in a bare part title (Changde 2015: `新的一年` after `过去一年`). */
const PLAN_WORDS = /今年|开局|起步|开篇|首年|第一步|新的一年/;
/** The words of a plan's first year (`“十四五”良好开局`): the plan year's only when the plan named starts then. */
const PLAN_START = /开局|起步|开篇|首年|第一步/;
/**
 * The term of the government the congress elects (`二、新一届政府工作的总体思路和主要目标`, `三、新一届政府的重点工作`,
 * Suzhou 2012; `二、新一届政府工作的总体要求和目标任务`, Datong 2022) names the five years ahead, as `今后五年` does; not its
 * own conduct (`新一届政府自身建设`), which is no aim of those years.
 */
const FIVE_YEAR_WORDS = /今后(?:五|5)年|未来(?:五|5)年|远景|规划|新征程|二〇三五|2035年|新一届政府(?![^，。；]*自身建设)/;
/**
 * A plan of some other kind named as what the work carries out (`实施宁夏空间发展战略规划，加速城乡一体化进程`, Ningxia 2014),
 * or as what it rests on (`以空间发展战略规划为架构，进一步加快新型城镇化进程`, Ningxia 2015): the plan year's work on it,
 * no five-year outlook; a five-year plan so carried out (`实施第十二个五年规划`) still is one.
 */
const PLAN_CARRIED_OUT =
  /(?:实施|落实|贯彻|执行)(?:好)?(?:(?!五年|十[一二三四五六七八九]五)[^，。；、：,;:])*?规划(?!纲要)|以(?:(?!五年|十[一二三四五六七八九]五)[^，。；、：,;:])*?规划为/g;
const FIVE_YEAR = { test: (text: string) => FIVE_YEAR_WORDS.test(text.replace(PLAN_CARRIED_OUT, "")) };
const TASKS = /重点工作|主要工作|重点任务|主要任务|工作安排|工作任务|目标任务|工作打算|总体要求|主要目标/;
const PAST_WORK = /工作|成绩|成就|进展/;
/** The outgoing government's term told as its work (`一、本届政府的主要工作`): what it did, not the plan year's tasks. */
const TERM_WORK = /本届政府(?:的)?(?:主要)?(?:工作|成绩|成就)/;

/** The first years of the five-year plans a text names (`“十四五”` → 2021). */
function planStarts(text: string): number[] {
  return [...text.matchAll(/十([一二三四五六七八九])五/g)].map((m) => planYears(m[1]!)[0]);
}

/** Chinese numerals of a year written `二〇二一年`, read as digits. */
function arabicYears(text: string): number[] {
  const digits: Record<string, string> = { 〇: "0", 零: "0", Ο: "0", O: "0", 一: "1", 二: "2", 三: "3", 四: "4", 五: "5", 六: "6", 七: "7", 八: "8", 九: "9" };
  const cn = [...text.matchAll(/([〇零Ο一二三四五六七八九]{4})年/g)].map((m) => Number([...m[1]!].map((c) => digits[c]).join("")));
  return [...[...text.matchAll(/((?:19|20)\d{2})年/g)].map((m) => Number(m[1])), ...cn];
}

/**
 * A title that names its period before a dash and tells after it what that period was or is to be
 * (`2015——奋发有为、迎难而上的一年`, `“十三五”——全面小康、决战决胜的五年`): group 1 a year, bare or with 年, group 2 a
 * plan or a term of years.
 */
const PERIOD_DASH = /^(?:((?:19|20)\d{2})年?|(“[^“”]{2,5}”(?:时期|期间)?|今后五年|过去五年))[—─]{2}[^—─]/;

/**
 * The part a period-and-dash title opens, read off its period alone: the words after the dash characterize it and
 * pledge nothing (`奋发有为` is no `为`). A year before the plan year is the review's, the plan year the plan's, a
 * later one the outlook's; a plan or a term as its heading alone would read (`“十二五”` in 2016 → review).
 */
function periodBeforeDash(text: string, year: number): PartSignal | null {
  const m = PERIOD_DASH.exec(text.trim());
  if (!m) return null;
  if (m[1] !== undefined) {
    const y = Number(m[1]);
    return y < year ? "review" : y === year ? "plan" : "outlook";
  }
  return laterPartSignal(m[2]!, year);
}

/** The year a title names before its comma (`实干二〇二四，…`, `奋斗2025，…`), in digits or Chinese numerals. */
const YEAR_BEFORE_COMMA = /((?:19|20|１９|２０)[0-9０-９]{2}|[一二][〇零○Ο][〇零○Ο一二三四五六七八九]{2})年?[，,]/;

/**
 * The part a title that names its year before a comma opens (Yiyang 2025: `实干二〇二四，我们攻坚克难、收获满满` → review,
 * `奋斗二〇二五，我们锚定目标、拼搏进取` → plan), read off its year as a period-and-dash title is.
 */
function periodBeforeComma(text: string, year: number): PartSignal | null {
  if (!namesYearBeforeComma(text)) return null;
  const y = chineseNumeral(asciiDigits(YEAR_BEFORE_COMMA.exec(text)![1]!));
  return y < year ? "review" : y === year ? "plan" : "outlook";
}

/**
 * What a part heading (or a part's opening sentence) says the part is about, for a report whose plan year is `year`:
 * `2019年工作回顾`, `过去五年…`, a finished plan (`“十三五”发展成就`) → review; a heading naming the plan year (`2021年重点工作`, `今后五年…和2023年重点任务`)
 * or its start (`“十四五”良好开局`) → plan; `“十四五”…`, `今后五年`, `远景目标`, `规划` → outlook; other task words
 * (`重点工作`, `主要任务`) → plan; an older report's plans (`关于“九五”计划的完成情况` → review, `关于“十五”…目标任务` →
 * outlook: see {@link earlyPartSignal}); null when the text says none of these.
 */
export function partSignal(text: string, year: number): PartSignal | null {
  const dashed = periodBeforeDash(text, year) ?? periodBeforeComma(text, year);
  if (dashed) return dashed;
  const told = laterPartSignal(text, year);
  // Task words alone (`目标任务`) read as the plan year's; an earlier plan named beside them (`“十五”…目标任务`), or how
  // one went (`“九五”计划的完成情况`), says more.
  return told === "review" ? told : (earlyPartSignal(text, year) ?? told);
}

/**
 * A heading whose only time is the start of a plan that began before the plan year (`实施“十五”计划取得良好开局的一年`
 * in 2002, `“十二五”发展开局良好` in 2012): it tells how last year went, not the plan year's work.
 */
function startedBefore(text: string, year: number): boolean {
  const plans = [...planStarts(text), ...[...text.matchAll(/“([六七八九]|十)五”/g)].map((m) => earlyPlanYears(m[1]!)[0])];
  return !arabicYears(text).includes(year) && !/今年/.test(text) && PLAN_START.test(text) && plans.length > 0 && plans.every((first) => first < year);
}

/** A start told as made (START_MADE) in a clause that pledges nothing, in a heading that names neither the plan year nor `今年`. */
function startMade(text: string, years: number[], year: number): boolean {
  const clause = text.split(/[，。；：,;:]/).find((c) => START_MADE.test(c));
  return clause !== undefined && !PLEDGE.test(clause.slice(0, clause.search(START_MADE))) && !years.includes(year) && !/今年/.test(text);
}

/**
 * The months of the plan year already past when the congress met late (`今年前4个月`, `今年一季度`, `今年以来`): time
 * looked back on, beside last year (`一、关于去年和今年前4个月工作`, Yunnan 2020), no word of the plan year's work.
 */
const PLAN_YEAR_PAST = /今年(?:前[一二三四五六七八九十\d]{1,2}个?月|[一二三]季度|上半年|以来)/g;

/**
 * A heading of the situation alone (`二、当前面临的基本形势`, Zhuzhou 2025; `当前经济形势`): where things stand as the plan year
 * begins, told of the year before and of the nation's, no work of the plan year. Not the situation with the tasks
 * (`当前形势和今年的主要任务`).
 */
const SITUATION = /^(?:[一二三四五六七八九十]+、)?\s*(?:关于)?(?:当前|目前)(?:我[省市区州县])?(?:面临|所处)?的?(?:基本|经济|发展|宏观)?形势(?:分析)?$/;

/** What a part heading says in the words of the reports since the “十一五” plan (see {@link partSignal}). */
function laterPartSignal(text: string, year: number): PartSignal | null {
  const years = arabicYears(text);
  if (REVIEW.test(text) || ACHIEVED.test(text) || tasksDone(text) || SITUATION.test(text) || startMade(text, years, year)) return "review";
  const ahead = text.replace(PLAN_YEAR_PAST, "");
  if (years.includes(year) || PLAN_WORDS.test(ahead)) return startedBefore(text, year) ? "review" : "plan";
  // `去年` names the year before the plan year as the heading's period (`关于去年和今年前4个月工作`).
  if ((years.some((y) => y === year - 1) || /去年/.test(text)) && PAST_WORK.test(text)) return "review";
  if (TERM_WORK.test(text) && !FIVE_YEAR.test(text)) return "review";
  // The past year alone named, as the subject of how it went (`2014年经济社会保持平稳健康发展` in 2015): a look back,
  // unless the heading sets tasks or looks ahead (`2014年主要目标任务`).
  if (years.length > 0 && years.every((y) => y === year - 1) && !TASKS.test(text) && !FIVE_YEAR.test(text) && !PLEDGE.test(text)) return "review";
  const plans = planStarts(text);
  // Only past plans named (`“十三五”发展成就` in 2021): a look back.
  if (plans.length > 0 && plans.every((first) => first + 4 < year)) return "review";
  if (plans.some((first) => first >= year) || (plans.length === 0 && FIVE_YEAR.test(text)) || years.some((y) => y > year)) return "outlook";
  if (TASKS.test(text)) return "plan";
  return null;
}

/**
 * A paragraph that reads as an unmarked part title (`2019年工作回顾`, `“十三五”及2020年工作回顾`): short, without
 * sentence or clause punctuation, and naming a part. Parts written without a number may reach the document as such.
 */
export function partTitle(text: string, year: number): PartSignal | null {
  const t = text.trim().replace(/^[一二三四五六七八九十]+、/, "");
  // Nor a fragment left open on a bracket or a quotation mark, the rest of its sentence cut off into the next paragraph
  // (`《重庆市城乡总体规划（` before `2007-2020年）》获得国务院批准。…`, Chongqing 2008 as a PDF copy): no title ends so.
  if (t.length > 30 || /[。，；：:;,！？、]/.test(t) || /[（(《“‘「『〈【［]$/.test(t)) return null;
  const signal = partSignal(t, year);
  // Task words alone (`指导思想和主要任务`) title a section as often as a part: a plan title names the plan year.
  if (signal === "plan" && !arabicYears(t).includes(year) && !PLAN_WORDS.test(t)) return null;
  return signal;
}

/**
 * The five-year outlook as told by a part's opening sentence (`“十四五”时期，是…`), when its heading says nothing. A
 * later year named in passing there (`我市成功获得了2009年第24届世界大学生冬季运动会主办权`) tells no outlook when a later
 * sentence of the paragraph states the plan year (`2005年是“十五”计划决胜年`): the part is that year's.
 */
export function openingSignal(text: string, year: number): PartSignal | null {
  const [first = "", ...rest] = text.split(/[。！？]/);
  const signal = partSignal(first, year);
  if (signal !== "outlook") return null;
  const yearsLeftOut = first.replace(/(?:(?:19|20)\d{2}|[〇零Ο一二三四五六七八九]{4})年/g, "");
  const statesPlanYear = rest.some((s) => new RegExp(`^(?:${year}年|今年)(?:是|，)`).test(s.trim()));
  return statesPlanYear && partSignal(yearsLeftOut, year) !== "outlook" ? null : signal;
}

/**
 * The review as told by the opening sentence of a part whose heading names no period, before any part did
 * (`一、向建设经济强省和现代化河北宏伟目标阔步前进的五年` opening `从1993年本届政府选举产生到这次大会，已经过去五年`): a look
 * back (`过去五年`, `五年来`), or null.
 */
export function openingReview(text: string, year: number): PartSignal | null {
  const first = text.split(/[。！？]/)[0] ?? "";
  return partSignal(first, year) === "review" ? "review" : null;
}

/**
 * A first part's heading that names a term of years as what it tells of (`一、海南建省办经济特区五年的基本实践`,
 * `一、向…宏伟目标阔步前进的五年`), with no word of a time ahead (`今后五年`, `未来五年`, `新征程`): the term just ended,
 * a look back.
 */
export function termLookedBack(text: string): boolean {
  return /(?:[两二三四五六七八九十]|\d)年(?:的|$)/.test(text.trim()) && !FIVE_YEAR.test(text) && !/今后|未来|下一?个|新的|[“"]十/.test(text);
}

/**
 * The plan year as told by the opening sentence of a part whose heading reads as the outlook
 * (`二、…开启建设全国先进自治州新征程` opening `2018年是全面贯彻落实十九大精神的开局之年`), after a salutation closed by any
 * mark (`各位代表：今年是实施“十二五”规划的第一年`): plan, or null.
 */
export function openingPlan(text: string, year: number): PartSignal | null {
  const first = text.split(/[。！？]/)[0] ?? "";
  return new RegExp(`^(?:各位代表[，,！!：:]?)?(?:${year}年|今年)(?:是|，)`).test(first) && !/今后(?:五|5)年|“十[一二三四五六七八九]五”时期/.test(first) ? "plan" : null;
}

/**
 * A section heading that looks back on a five-year plan finished before the plan year and names no other time
 * (`（一）“十一五”时期国民经济和社会发展主要情况` in 2011, under `三、关于《…第十二个五年规划纲要（草案）》的说明`): a
 * review inside the outlook, whatever part it stands in.
 */
export function reviewsFinishedPlan(text: string, year: number): boolean {
  const plans = plansNamed(text);
  return plans.length > 0 && plans.every((plan) => plan.years[1] < year) && arabicYears(text).every((y) => y < year) && partSignal(text, year) === "review";
}

/**
 * A section heading that opens on the difficulties or the chances the place faces, as what the section tells of
 * (`（一）困难压力来自新冠肺炎疫情冲击严重。`, Dali 2022, under `二、面临的挑战机遇和今后五年的目标任务`; `（一）面临的困难和
 * 挑战`): where things stand as the plan year begins, no aim of the years ahead. Not a task on a field so named
 * (`（五）困难群众帮扶`, `（三）风险防控`), whose noun goes on.
 */
const FACED =
  /^(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|[一二三四五六七八九十]{1,2}、)?\s*(?:(?:当前|目前|我们|全[省市区州县盟])?(?:面临|存在)的?)?(?:困难|压力|挑战|风险|问题|机遇)(?:[和与、及]?(?:困难|压力|挑战|风险|问题|机遇))*(?:来自|在于|主要(?:是|有|来自|表现在)|[。：:]?$)/;

/** Whether a section heading of the outlook tells what the place faces (see {@link FACED}). */
export function tellsWhatIsFaced(text: string): boolean {
  return FACED.test(text.trim());
}
