import type { ReportDocument } from "../report/document.ts";
import type { StoredFigure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import { preferAuthority } from "./authority.ts";
import { partFrames, timeContext } from "./time-context.ts";
import { afterRegionClause, matchMetric } from "./metric-match.ts";
import { namedPlaces, partTakingWay, placesAsSubject } from "./places-named.ts";
import { paragraphDrafts } from "./paragraph.ts";
import { closeBrackets } from "./quote.ts";
import { CN_ITEM_NUMBER } from "../text/numerals.ts";
import { GOAL_AFTER, timeSpan } from "./timespan.ts";
import { withCountryside, withInvestment, withSector, withTourism } from "./sector.ts";
import { fundsWon } from "./funds-won.ts";
import { ofPart, ofSubYear, ofWholeShare, priceAtYearPoint } from "./part-sentence.ts";
import { CONVERTED_LABEL, STRETCH_LABEL, WHOLE_LABEL } from "./draft.ts";
import { APPROVED_PLAN, PASSING } from "./verb.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { bound } from "./quantity.ts";
import { baseValue, sameQuantity } from "./units.ts";

/**
 * The words after a figure that set it as a standard or a line (`农民人均纯收入2300元（2010年不变价）作为新的国家扶贫标准`,
 * `…为贫困线`): the figure is the bar set, no outcome of the indicator it names.
 */
const SET_AS_STANDARD = /^\s*(?:[（(][^（）()]*[）)])?\s*(?:作为|定为|确定为|为)[^，。；,;：:]{0,20}?(?:标准|线)(?=$|[，。；,;）)])/;

/**
 * A goal moved toward (`全社会固定资产投资向5000亿元的目标迈进`, `朝着…目标迈进`): the clause names a direction, no level
 * set for the year. Its words before the figure hold 向 or 朝 and those after it the verb of moving on.
 */
const TOWARD_BEFORE = /(?:向|朝着?)[^，。；,;：:]{0,20}$/;
const TOWARD_AFTER = /^[^，。；,;：:]{0,20}?(?:迈进|前进|挺进|进军)/;

/**
 * The level a leap is told to (`生产总值年均增长10.6%，实现了从1000亿元向2000亿元的跨越`, Zhanjiang 2016): a milestone
 * passed, the level reached at least, not the level itself; the old level after 从 or 由 is a baseline.
 */
const LEAP_BEFORE = /[从由][^，。；,;：:从由]{0,20}[向到至]$/;
const LEAP_AFTER = /^的?(?:历史性|重大|新)?(?:跨越|飞跃|跃升|跨升)/;
/**
 * A goal the clause says was more than met (`超额完成新增就业岗位8万个的目标`, Hainan 2012; `超额完成省下达的526公里建设任务`,
 * Tianjin 2009): the level attained is at least the goal's figure, not that figure itself.
 */
const EXCEEDED_BEFORE = /超额(?:完成|实现)[^，。；,;]{0,20}$/;
const EXCEEDED_AFTER = /^[^，。；,;\d]{0,8}?(?:目标|任务|计划)/;

/**
 * Funds brought in by the projects of one sector the clause just named (`招引落地制造业项目120个以上、到位资金突破300亿元`):
 * that sector's funds, no figure of the place's whole.
 */
const SECTOR_PROJECTS_FUNDS = /(?:制造业|工业|农业|服务业|文旅|旅游)项目[^，。；,;、]{0,12}、(?:实际)?到位资金[^，。；,;、\d]{0,4}$/;

/**
 * Jobs named bare right after one industry's investment in the sentence (`力争完成纺织服装产业投资600亿元，新增就业10万人`,
 * Xinjiang 2017): the jobs that industry is to bring, no count of the place's new urban jobs.
 */
const INDUSTRY_JOBS = /(?:产业|行业)(?:固定资产)?投资[^，。；,;、]{0,4}\d+(?:\.\d+)?\s?[万亿]*元(?:以上|左右)?[，,、](?:带动|吸纳|实现)?新增就业(?:岗位|人数)?[^，。；,;、\d]{0,2}$/;

/** The whole of a city, prefecture, county or league named as such (`全州`, `全市`, `我县`). */
const OWN_WHOLE = /全[市州县盟旗]|[我本][市州县盟旗]/;

/**
 * The province's government named in the report of a place below it (`在承接省政府十方面30项民生实事项目的同时`, Huzhou
 * 2024): what it set is the province's, as 全省 is beside the place's own whole.
 */
const PROVINCE_GOVERNMENT = /省(?:委省)?政府/;

/**
 * A district's or county's whole opening a label (`带动全区完成固定资产投资200亿元以上` under a city's new district, Kaifeng
 * 2014), in the report of a city, prefecture or league that calls itself 全市 (全州, 全盟: {@link cityNamed}): one of its districts or zones, or the region
 * above it, never the place itself, which is 全市 (全州, 全盟); so no indicator of the place's.
 */
const DISTRICT_WHOLE = /^(?:带动|推动|促进|确保|力争|争取|实现|预计)?全[区县](?![内外])/;

/**
 * A city, prefecture or league named with its suffix (`开封市`; not a prefecture named 地区, whose whole is 全区) whose
 * text names its own whole by that suffix (全市, 全州, 全盟) more often than it writes 全区: its 全区 is another's.
 */
function cityNamed(level: string, name: string, text: string): boolean {
  const suffix = /[市州盟]$/.exec(name)?.[0];
  if (level !== "city" || !suffix) return false;
  const count = (word: string) => text.split(word).length - 1;
  return count(`全${suffix}`) > count("全区");
}

/**
 * Every figure of a report as stored records: one per number with a unit in the body (the appendix is skipped),
 * timed (kind, year, base year, period), typed (bounds, qualifier, estimate, direction), labelled, mapped to the
 * vocabulary and numbered `<report>-r-<n>` / `<report>-t-<n>` in document order per kind. The `主要预期目标是：`
 * clause is the authority on the plan year's main targets (see {@link preferAuthority}).
 */
export function extractFigures(doc: ReportDocument, metrics: readonly Metric[]): StoredFigure[] {
  const { id: report, place: city, year } = doc.meta;
  const counters = { result: 0, target: 0 };
  const out: StoredFigure[] = [];
  const authoritative = new Set<string>();
  // Numbers and years are read in ASCII digits (`增长６．５％` as `增长6.5%`), at the same offsets; each quote is
  // taken from the text as written.
  const read = doc.paragraphs.map((p) => ({ ...p, text: asciiDigits(p.text), lead: p.lead === null ? null : asciiDigits(p.lead), headings: p.headings.map((h) => ({ ...h, text: asciiDigits(h.text) })) }));
  const frames = partFrames(read, year);
  // The year the report was given (`2012-12-20` for a 2013 report): this year in its review is that year.
  const delivered = doc.meta.date ? Number(doc.meta.date.slice(0, 4)) : null;
  const body = read.map((p) => p.text).join("\n");
  const otherPlace = namedPlaces(body, doc.meta.place_zh);
  const below = doc.meta.level === "city" || doc.meta.level === "district";
  const ofCity = cityNamed(doc.meta.level, doc.meta.place_zh, body);
  const totalNamedBare = body.includes("其中") && BARE_TOTAL_REVENUE.test(body);
  // Where a note in the review said its figures are estimates from there on (`预计（下同）全市地区生产总值增长4.5%左右`,
  // Leshan 2025): the paragraph and the offset, until the review ends.
  let estimatedFrom: { paragraph: number; at: number } | null = null;
  for (const [i, p] of read.entries()) {
    if (p.kind === "glossary") continue;
    const written = doc.paragraphs[i]!.text;
    if (p.period === "plan") estimatedFrom = null;
    else if (!estimatedFrom) {
      const onward = ESTIMATED_ONWARD.exec(p.text);
      if (onward) estimatedFrom = { paragraph: i, at: onward.index };
    }
    const onwardAt = estimatedFrom === null ? Infinity : estimatedFrom.paragraph < i ? -1 : estimatedFrom.at;
    // The note right after a figure is said of it too (`完成地区生产总值1820亿元（预计数，下同）`, Qiannan 2023).
    const drafts = paragraphDrafts(p.text)
      .drafts.map((d) => ({ ...d, onward: d.quantity.start > onwardAt || d.quantity.tail === onwardAt }))
      .sort((a, b) => a.quantity.start - b.quantity.start);
    // A paragraph with no bold lead is led by its first sentence (`推进粤东西北振兴发展。…`), after the number of a
    // numbered task (Meishan 2014: `15．加快新区建设。强力推进天府新区建设，…，完成固定资产投资100亿元`: the lead names the
    // new areas' work, whose investment is theirs).
    const lead = p.lead ?? p.text.split(/(?<=[。！])/)[0]!.replace(TASK_NUMBER, "");
    for (const draft of drafts) {
      // A sector's output named by the words that open its sentence or by its section's title (`建筑业…，增加值…`), and a
      // coverage of the countryside's named bare in a sentence about the countryside.
      const opening = p.text.slice(draft.sentence[0], draft.quote[0]);
      // A bare revenue in a list its quote opens with the visitors (`全省旅游接待总人数超过5.7亿人次，实现总收入4870亿元，分别增长
      // 12%和13%`, Hubei 2017) is tourism's too: its sentence is read up to its number.
      const toNumber = p.text.slice(draft.sentence[0], draft.quantity.start);
      // A bare investment after a sentence naming the fixed assets invested in (`固定资产投资适度增长。完成投资435亿元`) is theirs.
      const earlier = p.text.slice(0, draft.quote[0]);
      const sector = withSector(draft.label, opening, draft.sentence[0] === 0 ? p.headings.at(-1)?.text : undefined, earlier);
      const label = withInvestment(withTourism(withCountryside(sector, opening), toNumber), earlier);
      const d = { ...draft, label: withoutNoteMarks(label), quote: withoutItemNumber(p.text, draft.quote, draft.quantity.start) };
      const leap = d.quantity.qualifier === null && LEAP_BEFORE.test(p.text.slice(d.sentence[0], d.quantity.start)) && LEAP_AFTER.test(p.text.slice(d.quantity.tail));
      const exceeded = d.quantity.qualifier === null && EXCEEDED_BEFORE.test(p.text.slice(d.sentence[0], d.quantity.start)) && EXCEEDED_AFTER.test(p.text.slice(d.quantity.tail));
      const q = leap || exceeded ? bound(d.quantity, "at_least") : d.quantity;
      const context = timeContext(p, d, year, frames.get(p), delivered);
      const time = timeSpan(context);
      // A figure the words after it name a goal, told in a look back (`去年地区生产总值增速与10%的预期目标有少许差距`): a
      // past target a result is held against, neither a result nor a target of the plan, so no record. But a goal the
      // clause says was reached (`提前5年达到省提出的7000美元的目标`, `超额完成新增就业岗位8万个的目标`) is a level attained.
      // So is each figure of a list of goals (`分别超过年初预定增长9.2％和8.5％的目标`), and a goal the clause says was missed,
      // only nearly reached or set before the year ran (`未达到年初预定增长8％的目标`, `基本达到年初预定增长5％的目标`): the
      // result is the figure told before it.
      const goalOf = p.text.slice(q.tail, d.sentence[1]).replace(GOALS_LISTED, "");
      // The words of the figure's quote before its number.
      const quoteBefore = p.text.slice(d.quote[0], q.start);
      // A goal set at the year's start (`年初预定`) is timed as that year's target: told again before the words naming
      // it a goal, it gives no record either.
      const told = time.kind === "result" || (time.kind === "target" && time.period === null && time.year < year);
      // So is a goal the central government set, named before it in a lower place's report (`完成时间和压缩时限均在国务院提出
      // 2019年6月份压缩至120天的目标以内`, Jinchang 2019): the nation's goal the place's result is held against, whatever its time.
      const nations = doc.meta.level !== "nation" && NATION_PROPOSED.test(quoteBefore);
      if ((told || nations) && GOAL_AFTER.test(goalOf) && (!GOAL_REACHED.test(quoteBefore) || GOAL_NOT_REACHED.test(quoteBefore))) continue;
      const { kind } = time;
      const sentence = p.text.slice(d.sentence[0], d.sentence[1]);
      // The words of the figure's sentence before its number.
      const sentenceBefore = p.text.slice(d.sentence[0], q.start);
      // A part of the place's figure, or funds won from the state (`争资金、争项目…，年到位资金增长15%以上`): no indicator.
      // Nor has a stretch target beside its target (`地区生产总值增长5.5%、力争6%`), nor a whole beside the part of it done.
      // Nor the funds of one sector's projects (`招引落地制造业项目120个以上、到位资金突破300亿元`).
      // Nor a figure set as a standard (`…2300元（2010年不变价）作为新的国家扶贫标准`), nor a goal moved toward (`向5000亿元的
      // 目标迈进`).
      // Nor a figure of a quarter or a half: one the sentence opens with (`一季度…；全省财政地方一般预算收入下降4.8%`), or
      // one written right after it (`地区生产总值累计降幅从一季度的10.4%收窄至…`).
      // Nor a figure whose next clause gives its share of the place's whole (`规模以上工业增加值100亿元，占全市比重36%`).
      // Nor a figure a plan approved earlier in its statement sets (`…总体规划获国务院批复，中心城区扩展到287平方公里`).
      const part =
        ofPart(sentence, d.label, lead, sentenceBefore, p.headings.at(-1)?.text, p.text.slice(0, d.sentence[0]), doc.meta.place_zh) ||
        // A run of figures after a clause on a region's economy (`陕北生产总值增长20％，固定资产投资…分别增长40.8％和22.2％`).
        afterRegionClause(sentenceBefore, doc.meta.place_zh) ||
        ofSubYear(sentenceBefore, quoteBefore, p.period === "plan" ? p.text.slice(0, d.sentence[0]) : "") ||
        priceAtYearPoint(d.label, quoteBefore) ||
        fundsWon(sentence, d.label, sentenceBefore, p.headings.at(-1)?.text) ||
        (sentenceBefore.includes("批") && APPROVED_PLAN.test(sentenceBefore)) ||
        ofWholeShare(p.text.slice(q.end, d.sentence[1]), d.label, doc.meta.level) ||
        // A sentence whose subject is other places the report names (`沈阳、大连要…，国内生产总值年均递增12%以上`): theirs.
        // So is one whose subject is a county or district taking its own line (`永昌县以…为方向，…确保生产总值达到120亿元以上`).
        ((placesAsSubject(sentenceBefore, otherPlace) || partTakingWay(sentenceBefore, doc.meta.place_zh)) && !/^(?:全[市省区州县]|[我本][市省区州县])/.test(d.label)) ||
        (!d.change && HYPOTHETICAL.test(sentenceBefore)) ||
        STRETCH_LABEL.test(d.label) ||
        WHOLE_LABEL.test(d.label) ||
        (ofCity && DISTRICT_WHOLE.test(d.label)) ||
        CONVERTED_LABEL.test(d.label) ||
        SET_AS_STANDARD.test(p.text.slice(q.tail, d.sentence[1])) ||
        SECTOR_PROJECTS_FUNDS.test(quoteBefore) ||
        INDUSTRY_JOBS.test(sentenceBefore) ||
        (TOWARD_BEFORE.test(sentenceBefore) && TOWARD_AFTER.test(p.text.slice(q.tail, d.sentence[1])));
      // A sentence of the report of a place below a province that names the place's own whole beside the province's
      // (`全力办好全省30件民生实事和全州28件民生实事`), or the province's government (`承接省政府十方面30项民生实事`): its 全省
      // or 省政府 is the province above.
      const metric = part || wholeOfBudget(d.label, p.text.slice(q.tail)) ? null : matchMetric({ label: wholeOfLocal(d.label, p.text.slice(q.tail), sentenceBefore, totalNamedBare), unit: q.unit, change: d.change, year: time.year, baseYear: time.base_year, level: context.level, singleYear: time.period === null, otherPlace, place: doc.meta.place_zh, city: below && (OWN_WHOLE.test(sentence) || PROVINCE_GOVERNMENT.test(sentence)), nation: doc.meta.level === "nation", clause: quoteBefore, sentence: sentenceBefore }, metrics);
      const id = `${report}-${kind === "result" ? "r" : "t"}-${++counters[kind]}`;
      if (context.authority) authoritative.add(id);
      out.push({
        id,
        report,
        city,
        kind,
        year: time.year,
        base_year: time.base_year,
        period: time.period,
        metric: metric?.id ?? null,
        label_zh: d.label,
        label_en: metric?.label_en ?? null,
        value: q.value,
        min: q.min,
        max: q.max,
        unit: q.unit,
        qualifier: q.qualifier,
        // The note is said of the outturns after it, not of a goal the review recalls (`市第十三届人大一次会议确定，到2012年
        // 全市实现地区生产总值4000亿元`, Changsha 2012, after `（预计数，下同）`): a target is no estimate.
        estimate: d.estimate || (d.onward && kind === "result"),
        direction: d.direction,
        quote: written.slice(...closeBrackets(p.text, d.quote)),
        paragraph: p.id,
        url: `/reports/${report}/#${p.id}`,
        span: [q.start, q.end],
      });
    }
  }
  // The filters read the words around each figure in ASCII digits too (`相继跨过１０００亿元、３０００亿元…大关`, Zhuhai 2012 in
  // full-width digits: the milestones after the first are milestones as in `1000亿元、3000亿元`).
  const texts = new Map(read.map((p) => [p.id, p.text]));
  return resultsOnceEach(preferAuthority(withoutBoundsBesideLevels(withoutPassedMilestones(oncePerNumber(withoutLowerGrades(withoutSharedMetrics(withoutStretchesAfterTargets(withoutPartsAfterWholes(out, texts), texts)))), texts), texts), authoritative, year));
}

/**
 * A result restated later with the same figure (`全年完成国内生产总值2437亿元`, then in the review of five years
 * `全区国内生产总值由1997年的1817.3亿元增加到2002年的2437亿元`, Guangxi 2003): one result of that indicator for that time,
 * as a restated target is one target; the first statement keeps the indicator, each restatement its record without it.
 */
function resultsOnceEach(figures: StoredFigure[]): StoredFigure[] {
  return firstKeeps(figures, (f) =>
    f.metric !== null && f.kind === "result" ? JSON.stringify([f.metric, f.year, f.period, f.base_year, f.value, f.min, f.max, f.unit]) : null,
  );
}

/**
 * The local budget's revenue named as a part later in the sentence (`，其中地方一般预算收入达到71.6亿元`), or opening the
 * next sentence (`财政收入285.06亿元，增长9.5%。其中地方财政收入125.12亿元`, Liuzhou 2014), or the local budget's revenue
 * opening the next statement of the sentence (`财政一般预算收入由2000年的26.1亿元增加到2005年的63.3亿元，年均增长19.4%；地方财政
 * 一般预算收入由16.6亿元增加到33.7亿元`, Qinghai 2006).
 */
const LOCAL_PART_AFTER =
  /^[^。；;！？]*?(?:(?:[。；;]\s*)?其中[，,]?\s*地方(?:级|财政)?(?:一般公共预算|公共财政预算|一般预算|公共财政|财政)?收入|[；;]\s*地方(?:级|财政)?(?:一般公共预算|公共财政预算|一般预算)收入)/;

/** A note that the figures from there on are estimates (`预计（下同）`, `（预计数，下同）`, `（以下均为预计数）`). */
const ESTIMATED_ONWARD = /预计[（(]下同[）)]|[（(]预计(?:数|值)?[，,、]?下同[）)]|[（(]以下(?:均为|均系|为)?预计数?[）)]/;

/**
 * A note's number in round brackets right after a term (`“川渝通办”（8）事项扩展至355项`, `实施企业“智改数转”（22）项目100个以上`,
 * Leshan 2025, whose 注释 explain them): it refers to the appendix, no word of the label.
 */
const NOTE_REF = /(?<=[\p{Script=Han}”’」』》])[（(]\d{1,3}[）)]/gu;

/**
 * A label without the marks that number the appendix's notes (`“两城两谷两带”【1】营收占比`, `“三大中心”【24】建成率`, Ganzhou
 * 2021; `“一市（县）两校一园”[17]引进…`): the note's number is no word of what the figure names. A document's number of
 * four digits (`〔2012〕`) stays.
 */
function withoutNoteMarks(label: string): string {
  const bare = label.replace(/[\[［【〔〖]\d{1,3}[\]］】〕〗]/g, "").replace(NOTE_REF, "");
  return bare.trim() ? bare : label;
}

/**
 * A budget revenue named without 地方 whose sentence goes on to the local budget's revenue as a part of it (`财政一般预算
 * 收入达到136.5亿元，增长23.6%，其中地方一般预算收入达到71.6亿元`, `全省一般预算收入增长10%，其中地方一般预算收入增长10%`,
 * Qinghai 2009): the whole is the total revenue, the taxes shared with the centre in it, read under the total's name;
 * the part is the budget revenue.
 */
function wholeOfLocal(label: string, after: string, before = "", totalNamedBare = false): string {
  if (totalNamedBare && BARE_REVENUE.test(label)) return label.replace(/^.*?财政收入/, "财政总收入");
  if (label.includes("地方") || !(LOCAL_PART_AFTER.test(after) || partNamedBefore(label, before))) return label;
  return label.replace(/^.*?(?:预算|财政)收入/, "财政总收入");
}

/**
 * A revenue named bare (`财政收入`, `全省财政收入`), then its growth or nothing more: in a report that names it so as the
 * whole the local revenue is part of (`财政收入3365.1亿元，增长11.2%，其中地方财政收入2075.1亿元`, Anhui 2014), the same
 * words elsewhere (`财政收入增长10%左右`, its target) name the same total.
 */
const BARE_REVENUE = /^(?:全[省市区县州]|[我本][省市区县])?财政收入(?:比上年|同比)?(?:增长|下降)?$/;
const BARE_TOTAL_REVENUE = /(?:^|[，。；：,;:\s])(?:全[省市区县州]|[我本][省市区县])?财政收入(?:完成|实现|达到?)?\d[^。；;]{0,30}?其中[，,]?\s*地方(?:级|财政)?(?:一般公共预算|公共财政预算|一般预算|公共财政|财政)?收入/m;

/**
 * The growth of such a whole given after both it and its part, by 分别 (`完成财政收入401.8亿元，其中地方财政收入198.1亿元，按
 * 可比口径，分别比上年增长12.3%和12.5%`, Zhejiang 1999): the whole's name, then the part after 其中, stand before the figure in
 * its sentence (`before`).
 */
function partNamedBefore(label: string, before: string): boolean {
  const whole = /^(.*?(?:预算|财政)收入)(?:比上年|同比)?(?:增长|下降|增加|减少)/.exec(label)?.[1];
  if (!whole || !/[\p{Script=Han}]/u.test(whole)) return false;
  // The whole's name itself, not the same words inside the part's (`地方财政收入`).
  for (let at = before.indexOf(whole); at >= 0; at = before.indexOf(whole, at + 1)) {
    if (!/地方(?:级)?$/.test(before.slice(0, at)) && LOCAL_PART_AFTER.test(before.slice(at + whole.length))) return true;
  }
  return false;
}

/**
 * A revenue named by no budget (`地方财政收入`, `财政收入`) whose sentence goes on to a budget's revenue as a part of it
 * (`2007年地方财政收入实现579.2亿元，比上年增长20.8%，…，其中财政一般预算收入实现440.2亿元`, Heilongjiang 2008): the whole
 * holds the funds beside the budget, no budget revenue; the part is the budget revenue.
 */
const BUDGET_PART_AFTER = /^[^。；;！？]*?(?:[。；;]\s*)?其中[，,]?\s*(?:地方(?:级)?)?(?:财政)?(?:一般公共预算|公共财政预算|一般预算|公共财政)(?:财政)?收入/;
const BUDGETLESS_REVENUE = /^(?:全[省市区县州]|[我本][省市区县])?(?:地方(?:级)?)?财政收入/;
const wholeOfBudget = (label: string, after: string) => BUDGETLESS_REVENUE.test(label) && BUDGET_PART_AFTER.test(after);

/**
 * A level in brackets that says what it would have been (`一般公共预算收入完成111.16亿元（加上减税降费和疫情影响，达到126.63亿元，
 * 同口径增长35.17%）`, Sanming 2021): no level of the year, whose own the sentence gave. A growth so told, on a comparable
 * basis, stays the indicator's (`下降1%（扣除新增减税因素影响，增长5.6%）`).
 */
const HYPOTHETICAL = /[（(](?:如果|若|假如|加上|扣除|剔除|还原)[^（）()]*$/;

/** Where the text after the last of `marks` in `before` starts (0 when none): the start of the figure's sentence or clause. */
const endBefore = (before: string, marks: string) => Math.max(...[...marks].map((c) => before.lastIndexOf(c))) + 1;

/** A quote that opens with `其中`: a part of what the clause before it names. */
const PART_OPENING = /^\s*其中/;
/** `其中` then a year: the part of a span's total that one year gives (`五年…，其中去年实际利用外商直接投资31.6亿美元`). */
const PART_OF_SPAN = /^\s*其中[，,]?\s*(?:去年|今年|当年|上年|(?:19|20)\d{2}年)/;

/**
 * A figure quoted after `其中` whose indicator and time a figure before it in the same sentence (up to `。`, `！` or `？`;
 * its semicolons too) already has (`全年国内招商引资到位资金360亿元，同比增长30%，其中利用省外资金266.5亿元，同比增长46%`, Jiamusi
 * 2014): a part of that whole, which keeps the indicator; the part keeps its record without it. A part that names
 * its year is the year's share of a span's total before it, and keeps its indicator.
 */
function withoutPartsAfterWholes(figures: StoredFigure[], texts: ReadonlyMap<string, string>): StoredFigure[] {
  // A whole's level and its growth are one indicator here: the growth of a part after the level of the whole
  // (`到位资金355.3亿元，其中省外到位资金增长39%`, Jiuquan 2020) is the part's, not the whole's growth.
  const key = (f: StoredFigure) => JSON.stringify([f.paragraph, f.metric?.replace(/_growth$/, ""), f.kind, f.year, f.period]);
  // A semicolon ends no whole a part is of (`实际利用外资5.7亿美元，增长25.8%;其中外商直接投资3.1亿美元`, Chongqing 2004).
  const sentenceStart = (f: StoredFigure) => endBefore((texts.get(f.paragraph) ?? "").slice(0, f.span[0]), "。！？");
  const seen = new Map<string, StoredFigure[]>();
  return figures.map((f) => {
    if (f.metric === null) return f;
    const k = key(f);
    const earlier = seen.get(k) ?? [];
    seen.set(k, [...earlier, f]);
    if (!PART_OPENING.test(f.quote) || PART_OF_SPAN.test(f.quote)) return f;
    const start = sentenceStart(f);
    // The whole comes before the 其中 that opens the part's quote: a part listed after it with its own growth told later
    // (`其中一产105亿元，二产599.6亿元，三产663.2亿元，分别增长5%、18%和13%`, Jinan 2004) is no whole of that growth.
    const text = texts.get(f.paragraph) ?? "";
    const opened = text.indexOf(f.quote, start);
    const before = opened >= 0 ? opened : f.span[0];
    return earlier.some((e) => e.span[0] >= start && e.span[0] < before && !PART_OPENING.test(e.quote)) ? withoutIndicator(f) : f;
  });
}

/** The central government proposing a goal, before its figure in the figure's clause (`国务院提出`, `党中央提出的`). */
const NATION_PROPOSED = /(?:党中央|中央|国务院|国家)提出[^，。；]*$/;
/** A verb of reaching a goal before its figure, in the figure's clause (`达到省提出的`, `超额完成新增就业岗位`). */
const GOAL_REACHED = /(?:达到|实现|完成)[^，。；、]{0,20}$/;
/**
 * Other figures of a list of goals after the first (`9.2％和8.5％的目标`), each maybe with its indicator and its change
 * (`单位生产总值能耗降低3.5%、二氧化硫排放量下降1.6%、化学需氧量减少1%的节能减排目标`, Fujian 2008): the goal named after the
 * last is each one's. Not an item that holds the result against a goal itself (`、超过年初预定增长9%的目标`).
 */
const GOALS_LISTED = /^(?:[和、与及](?:(?![^、，。；\d]*?(?:预定|原定|计划|目标|超过|超出|高于|低于|达到|完成|实现))\p{Script=Han}{2,12}?(?:降低|下降|减少|增长|提高))?\d+(?:\.\d+)?(?:[%％‰]|个百分点)?)+/u;
/**
 * A goal missed, only nearly reached (`未达到`, `基本达到`), or one set before the year ran (`达到年初预定增长5％的目标`,
 * `完成年初确定的…目标`): the figure is that goal told again, no level attained.
 */
const GOAL_NOT_REACHED = /(?:未能?|没有?|尚未|基本|接近)(?:达到|实现|完成)|(?:达到|实现|完成)[^，。；、]{0,20}?(?:预定|原定|原计划|年初(?:确定|提出|设定|制定|预期))/;

/** A numbered task's number opening its paragraph (`15．`, `21. `, `（3）`). */
const TASK_NUMBER = /^(?:\d{1,2} ?[.．、]|[（(]\d{1,2}[）)])\s*/;

/**
 * A list item's number the quote opens with (`3.实施农村公路通畅工程1200公里`, `2、新改扩建…`, `五、完成1.6万人生态移民`, in
 * brackets: `（3）转移农村劳动力36.5万人次`), before words.
 */
const ITEM_NUMBER = new RegExp(`^(?:\\d{1,2} ?[.．、]|[（(]\\d{1,2}[）)]|${CN_ITEM_NUMBER})\\s*(?=[\\p{Script=Han}“])`, "u");

/**
 * A quote without the number of the list item it opens (`…；3.实施农村公路通畅工程1200公里` quotes
 * 实施农村公路通畅工程1200公里): the item's words, as its label has them; never past the figure itself.
 */
function withoutItemNumber(text: string, [start, end]: readonly [number, number], figure: number): [number, number] {
  const item = ITEM_NUMBER.exec(text.slice(start, figure));
  return item ? [start + item[0].length, end] : [start, end];
}

/**
 * Figures of one `分别` list that match the same indicator for the same time, their labels differing only in the words
 * before it, are items no one of which is the whole (`杭州、宁波、义乌跨境电商交易额分别增长45.3%、41.6%、28.3%`: each
 * city's, not the province's): none of them keeps the indicator.
 */
function withoutSharedMetrics(figures: StoredFigure[]): StoredFigure[] {
  const key = (f: StoredFigure) => indicatorKey(f, "quote");
  const labels = new Map<string, Set<string>>();
  for (const f of figures) if (f.metric !== null && /分别/.test(f.quote)) labels.set(key(f), (labels.get(key(f)) ?? new Set()).add(f.label_zh));
  const parts = (set: Set<string> | undefined) => {
    if (!set || set.size < 2) return false;
    // The items' own words are before a common name of the indicator.
    const [first, ...rest] = [...set];
    let common = 0;
    while (common < first!.length && rest.every((l) => l.at(-1 - common) === first!.at(-1 - common))) common++;
    return common >= 4;
  };
  return figures.map((f) => (f.metric !== null && parts(labels.get(key(f))) ? withoutIndicator(f) : f));
}

/**
 * A pledge alone opening the clause of a figure: a stretch target with no subject of its own (`，力争达到`), its verb
 * the target's own said again (`生产总值确保增长16%、力争增长17%`, `确保完成1600亿元，力争完成1800亿元`, `确保减少农村贫困
 * 人口40万人、力争减少50万人`).
 */
const STRETCH_CLAUSE = /[，,、]\s*(?:并)?(?:力争|争取)(?:达到|实现|超过|突破|增长|完成|减少)?\s*$/;

/**
 * A stretch target after the target it raises and that target's change (`确保实现旅游总收入480亿元，增长14.3%，力争达到
 * 500亿元`, Sichuan 2004): the level striven for, labelled as one, with no indicator; the target before it in the
 * sentence keeps it (as `地区生产总值增长5.5%、力争6%` does, read in the drafts when the two are side by side).
 */
function withoutStretchesAfterTargets(figures: StoredFigure[], texts: ReadonlyMap<string, string>): StoredFigure[] {
  const key = (f: StoredFigure) => JSON.stringify([f.paragraph, f.metric, f.kind, f.year, f.period, f.unit]);
  const seen = new Map<string, StoredFigure[]>();
  return figures.map((f) => {
    if (f.metric === null || f.kind !== "target") return f;
    const earlier = seen.get(key(f)) ?? [];
    seen.set(key(f), [...earlier, f]);
    const before = (texts.get(f.paragraph) ?? "").slice(0, f.span[0]);
    if (!STRETCH_CLAUSE.test(before)) return f;
    const sentenceStart = endBefore(before, "。；！？;");
    const target = earlier.findLast((e) => e.span[0] >= sentenceStart && !STRETCH_LABEL.test(e.label_zh));
    return target ? { ...withoutIndicator(f), label_zh: `${target.label_zh}（力争）` } : f;
  });
}

/** A figure that keeps its record without its indicator. */
const withoutIndicator = (f: StoredFigure): StoredFigure => ({ ...f, metric: null, label_en: null });

/** Figures of one indicator for one time at one place of the text: the same paragraph and quote, or number (`span`). */
const indicatorKey = (f: StoredFigure, at: "quote" | "span") => JSON.stringify([f.paragraph, f[at], f.metric, f.kind, f.year, f.period]);

/**
 * The first figure of each key keeps its indicator; the figures after it of the same key lose theirs unless `keeps`
 * says the first allows it. A null key leaves the figure as it is.
 */
function firstKeeps(figures: StoredFigure[], key: (f: StoredFigure) => string | null, keeps: (first: StoredFigure, f: StoredFigure) => boolean = () => false): StoredFigure[] {
  const first = new Map<string, StoredFigure>();
  return figures.map((f) => {
    const k = key(f);
    if (k === null) return f;
    const before = first.get(k);
    if (before === undefined) {
      first.set(k, f);
      return f;
    }
    return keeps(before, f) ? f : withoutIndicator(f);
  });
}

/** The grade of a designation a label names (`国家级`, `国家`, `省级以上`, `自治区级`, `市级`). */
const GRADE = /国家级?|(?:省|自治区|市|州|县)级/;

/**
 * Figures of one quote that match the same indicator for the same time, each naming another grade of the same
 * designation (`建立国家级创新平台68个、省级创新平台1161个`, `新增省级以上创新平台6家、市级创新平台30家`): the list of a
 * designation by grade, one of which (the first, the highest or the total) is the indicator's figure; the grades after
 * it keep their records without it.
 */
function withoutLowerGrades(figures: StoredFigure[]): StoredFigure[] {
  const grade = (f: StoredFigure) => GRADE.exec(f.label_zh)?.[0];
  return firstKeeps(figures, (f) => (f.metric !== null && grade(f) !== undefined ? indicatorKey(f, "quote") : null), (first, f) => grade(first) === grade(f));
}

/**
 * One number read as the figure of several items that match the same indicator for the same time (`人大代表建议、政协委员提案
 * 办复率达100%` → 人大代表建议办复率, 政协委员提案办复率) is one figure of that indicator, a rate of them all: the first record
 * keeps the indicator, the others keep their records without it.
 */
function oncePerNumber(figures: StoredFigure[]): StoredFigure[] {
  return firstKeeps(figures, (f) => (f.metric !== null ? indicatorKey(f, "span") : null));
}

/**
 * The words between a milestone passed and the level reached after it (`突破千亿美元，达1186.1亿美元`; a target's level to
 * be done, `突破3000亿元，完成3390亿元`, Ordos 2014), the milestone's own word first too (`地区生产总值迈上6万亿元台阶，达到
 * 62661亿元`, Hubei 2026).
 */
const THEN_REACHED = /^(?:的?(?:新|大)?(?:大关|关口|台阶))?[，,、]?(?:并|首次)?(?:达到|达|为|升至|增至|完成|实现)$/;

/**
 * Whether a milestone passed (`经济总量突破万亿元大关`) is followed, later in its sentence, by the level of the same
 * indicator told another way (`，全市生产总值从2016年的6921亿元增加到2021年的11304亿元`, Quanzhou 2022): the level says it.
 */
function levelLater(text: string | undefined, f: StoredFigure, next: StoredFigure): boolean {
  if (text === undefined || next.span[0] < f.span[1]) return false;
  return MILESTONE_AFTER.test(text.slice(f.span[1])) && !/[。；;！？!?]/.test(text.slice(f.span[1], next.span[0]));
}

/**
 * A milestone passed, then the level reached (`其中出口突破千亿美元，达1186.1亿美元`; `地区生产总值突破1000亿元，达到1006亿元`;
 * `经济总量首次突破2000亿元、达2010.9亿元`, one quote for both; the milestone in another magnitude of the unit,
 * `全部工业总产值突破5千亿元，达5077亿元`, Liuzhou 2018): the level is the indicator's figure; the milestone, at least
 * the level's, says no more and keeps no indicator. The words between them are read in the paragraph's text (`texts`, by
 * paragraph id) from the end of the one figure to the start of the other.
 */
function withoutPassedMilestones(figures: StoredFigure[], texts: ReadonlyMap<string, string>): StoredFigure[] {
  return figures.map((f, i) => {
    const next = figures[i + 1];
    const passed =
      next !== undefined &&
      f.metric !== null &&
      f.min !== null &&
      f.max === null &&
      [f.metric, f.kind, f.year, f.paragraph].join() === [next.metric, next.kind, next.year, next.paragraph].join() &&
      sameQuantity(f.unit, next.unit) &&
      typeof next.value === "number" &&
      baseValue(next.value, next.unit) >= baseValue(f.min, f.unit) &&
      ((next.quote.startsWith(f.quote) &&
        THEN_REACHED.test(texts.get(f.paragraph)?.slice(f.span[1], next.span[0]) ?? next.quote.slice(f.quote.length).replace(/[\d０-９].*$/, ""))) ||
        levelLater(texts.get(f.paragraph), f, next));
    return passed ? withoutIndicator(f) : f;
  });
}

/**
 * A milestone a figure names: the verb of passing it before (`突破500亿元`) or the word after it (`500亿元大关`, `千亿元台阶`),
 * a space a copy left between them too (`招商引资实际到位资金突破 500亿元、达 534.8亿元`, Dali 2014), and the last of
 * milestones passed one after another, the verb before the first (`全区生产总值先后突破300亿元、400亿元、500亿元`, Tibet 2011).
 * A level exceeded for the first time is one too (`地方一般公共预算收入201.47亿元、首次超过200亿元`, Mianyang 2024), though
 * 超过 alone is no more than a bound (`集聚度超过71%`).
 */
const MILESTONE_BEFORE = new RegExp(`(?:突破|首破|首次超过|${PASSING})[\\s\u3000]*(?:\\d+(?:\\.\\d+)?[\\s\u3000]*[^\\d\\s，,；;。、和及与]{0,4}[\\s\u3000]*[、和及与][\\s\u3000]*)*$`);
const MILESTONE_AFTER = /^[\s\u3000]*(?:的)?(?:[两二三四五六七八九十]个)?(?:大|新的?)?(?:大关|关口|台阶)/;

/**
 * A milestone passed (`经济总量突破500亿元大关`, at least 500), as a result, where the report states the exact level of the same indicator
 * for the same time, at or above it (`…增加到2020年的512.75亿元`): the level is the indicator's figure; the milestone keeps
 * its record without it. A milestone alone (`总量突破3000亿元`) keeps it.
 */
function withoutBoundsBesideLevels(figures: StoredFigure[], texts: ReadonlyMap<string, string>): StoredFigure[] {
  const same = (f: StoredFigure) => JSON.stringify([f.metric, f.kind, f.year, f.period, f.unit]);
  const levels = new Map<string, number[]>();
  for (const f of figures) if (f.metric !== null && f.min === null && f.max === null && typeof f.value === "number") levels.set(same(f), [...(levels.get(same(f)) ?? []), f.value]);
  return figures.map((f) => {
    // A target passing a milestone beside a higher aim (`地区生产总值突破4000亿元，力争达到4500亿元`) is the firmer of two aims.
    if (f.metric === null || f.kind !== "result" || f.min === null) return f;
    const text = texts.get(f.paragraph) ?? "";
    // The steps passed one after another, written as a span (Yinchuan 2017: `经济总量连续跨越1200亿元至1500亿元四个台阶，
    // 预计年底达到1580亿元`): milestones too, the level reached beyond the last of them the indicator's figure.
    if (f.max !== null) {
      const steps = MILESTONE_AFTER.test(text.slice(f.span[1])) && (levels.get(same(f)) ?? []).some((v) => v >= f.max!);
      return steps ? withoutIndicator(f) : f;
    }
    // So is the level a leap is told to (`实现了从1000亿元向2000亿元的跨越`).
    const milestone = MILESTONE_BEFORE.test(text.slice(0, f.span[0])) || MILESTONE_AFTER.test(text.slice(f.span[1])) || LEAP_AFTER.test(text.slice(f.span[1]));
    return milestone && (levels.get(same(f)) ?? []).some((v) => v >= f.min!) ? withoutIndicator(f) : f;
  });
}
