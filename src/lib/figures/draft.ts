import type { Stretch } from "./clauses.ts";
import type { Exclusion } from "./exclusions.ts";
import { cleanSubject, clauseName, completeSubject, timeAlone } from "./label.ts";
import { bound, readQuantity, type Quantity } from "./quantity.ts";
import { isMagnitude } from "./units.ts";
import { namedDirection, PASSING, type Predicate } from "./verb.ts";

/** The spending a clause ends on (`加大全社会研发经费投入`): the R&D spending whose intensity a bare 强度 after it is. */
const SPENDING_NAMED = /((?:全社会)?(?:研发|R&D|研究与试验发展|科研|科技研发)(?:经费)?(?:投入|支出)?)$/;

/**
 * A revenue, sales, output or value added named bare, no one's (`营业收入`, `综合收入`, `销售`; `大力发展新能源产业，产值达240亿元`;
 * `把培育壮大装备制造业作为重中之重，确保增加值达到650亿元`, Tangshan 2016): the industry a clause before it names has it.
 */
const BARE_TAKINGS = /^(?:营业收入|营收|综合收入|总收入|销售收入|主营业务收入|销售额?|总?产值|增加值)$/;

/**
 * A clause that opens on an industry, after the verbs of developing it (`加快发展物流业`, `提升发展旅游业`; Xinxiang 2023:
 * `做优拉长轻纺产业，实现营业收入460亿元以上`), or put first among tasks (`把培育壮大装备制造业作为重中之重`, Tangshan 2016), or as the
 * subject of how it fares (`新兴产业呈现集聚发展态势`, `第三产业进入快速发展阶段`, Zhejiang 2003; `高新技术产业发展强劲，实现增加值增长27.9％`,
 * Hunan 2005): group 1 the industry. Not a firm, a job
 * or a cause (`企业`, `就业`, `事业`). So is a sector of the economy named by its owners or its ground (`非公有制经济加快发展`,
 * Shandong 2008; `民营经济`, `县域经济`), a part of the whole; not the whole place's or the nation's (`全省经济`, `国民经济`).
 */
const INDUSTRY_OPENS = /^(?:把|将)?(?:加快|提升|加速|大力|积极|着力|重点|优先|培育|壮大|做大|做强|做优|做精|做实|拉长|提质|升级|改造|重振|振兴|推动|推进|促进|巩固|发展)*(\p{Script=Han}{1,8}?(?:产业|(?<![企就创毕作事物专])业|(?<![全国省市县区州民])经济))(?:$|呈现|保持|持续|稳步|快速|加快|进入|发展势头|发展态势|发展(?:强劲|迅速|迅猛|较快|加快|良好)|作为)/u;

/** A share named bare (`占生产总值比重`), or with the whole it is of put first (`在国内生产总值中占的比重`, Zhejiang 2003). */
const BARE_SHARE = /^(?:在[^，,；;。在]{2,12}?中)?占(?!地(?![区方]))/;

/** An output, herd or planted area named bare (`产值`, `饲养量`, `种植面积`): the industry its sentence opens on has it. */
const BARE_OUTPUT = /^(?:产值|总产值|饲养量|种植面积)$/;
/**
 * A sentence that opens on an industry, then how it goes about its work (`清洁能源产业要以资源换产业`) or what it has become
 * (`锂电新能源产业成为我市第二个千亿产业集群，产值达1580亿元`, Ningde 2022): group 1 the industry.
 */
const INDUSTRY_AT_WORK = /^(\p{Script=Han}{2,10}?产业)(?:要|坚持|通过|依托|立足|成为)/u;

/** A clause that names an indicator, then the levels of earlier years it builds on (`X在2009年完成…的基础上`): group 1 the indicator. */
const ON_THE_BASE = /^((?:全[省市区县州])?\p{Script=Han}{2,16}?)在[^，,；;。]*的基础上$/u;

/** The noun right after the one level a clause opening on 在 builds on (`在…400多万亩营造林的基础上` → 营造林), or undefined. */
function groundNoun(clause: string): string | undefined {
  if (!clause.startsWith("在") || !clause.endsWith("的基础上")) return undefined;
  const digits = [...clause.matchAll(/\d+(?:\.\d+)?/g)];
  const last = digits.at(-1);
  if (!last) return undefined;
  const q = readQuantity(clause, last.index);
  if (!q || q.start !== last.index) return undefined;
  return /^(?:左右|以上|多)?(\p{Script=Han}{2,6})的基础上$/u.exec(clause.slice(q.tail))?.[1];
}

/** A figure of one paragraph before it knows its report: everything the text itself says. */
export interface Draft {
  quantity: Quantity;
  label: string;
  direction: "up" | "down" | null;
  /** The figure is a rate of change (增长 6%, 持平), not a level. */
  change: boolean;
  estimate: boolean;
  /** [start, end) of the quoted clause(s). */
  quote: [number, number];
  /** [start, end) of the sentence, for the kind cues (预计, 力争 …). */
  sentence: [number, number];
}

/** Profits named bare (`利润`, `实现利润`, `利润总额`). */
const PROFIT_BARE = /^(?:实现|完成)?利润(?:总额)?$/;
/** Industry above the designated size opening a subject (`全省规模工业`, `规模以上工业`, `规上工业企业`). */
const INDUSTRY_ABOVE_SIZE = /^(?:全[省市区州县])?(?:规模以上|规上|规模)工业(?:企业)?/;

/** A subject read earlier in the sentence, for the clauses that leave theirs out. */
export interface Prior {
  subject: string;
  quoteStart: number;
  /** Named by a clause without a figure (`全社会固定资产投资突破千亿元大关`), for the sentence's first figure. */
  stated?: boolean;
}

/** The words after a figure up to a verb of reach before the next figure (`兜底保障资金惠及群众35万人` → 兜底保障资金). */
const REACH_NEXT = /^(\p{Script=Han}{2,}?)(?:惠及|覆盖|受益)\p{Script=Han}{0,6}?\d/u;

/** A clause's closing old value a level grew from (`由1390家`), not 由 inside a word (`自由`, `理由`, `缘由`, `经由`). */
const OLD_VALUE_END = /(?<=\p{Script=Han}{2})(?<![自理缘经])[由从]\d[^，。；、]*$/u;

/** One clause being read: the paragraph, its exclusions, the stretch, the sentence's earlier subjects and the output. */
export interface Clause {
  text: string;
  exclusions: readonly Exclusion[];
  stretch: Stretch;
  prior: Prior[];
  out: Draft[];
  /** The clause before it in the sentence when that one states no figure, for a list it names (`A、B指标，分别按…`). */
  before?: Stretch;
  /** The last figure of the sentence's clauses before it, for a stretch target after a comma (`…增长8%，力争10%以上`). */
  earlier?: Draft;
}

/**
 * The subject a clause that states no figure names right after a semicolon (Liaoning 2003: `地方财政一般预算收入年均增长19.2%，
 * 高于“九五”9.3个百分点；农民人均纯收入在多年徘徊之后，也实现了年均增长8.1%`): a new statement, whose figures are that
 * subject's, not those of the subject before the semicolon, when the figure's own clause names nothing but how it changed
 * (`年均`, `实际`). Undefined when there is none.
 */
/** A clause naming a thing that grew and nothing else (`第三产业加快发展`, `第三产业投资明显加快`): group 1 the thing. */
const GREW = /^(\p{Script=Han}{2,8}?)(?:(?:加快|快速|稳步|持续|较快|平稳)(?:发展|增长)|(?:明显|显著|大幅|进一步)?加快)$/u;

/** A subject that is a move in a ranking (`全国排名前移位次`, `排名上升`): it takes no change in percent. */
const RANK_MOVED = /(?:排名|排位|位次|名次)(?:前移|上升|提升|前进)?$/;

/** Milestones passed at the end of a subject (`地区生产总值连跨千亿元台阶`): no part of the indicator's name. */
const MILESTONES_PASSED = /(?:连|先后|相继)?(?:跨越?|突破|迈上|跃上|登上)\p{Script=Han}{0,4}?(?:台阶|大关)$/u;

/** A time alone where a subject would be (`每年`, `逐年`, `五年`, `近3年`, `十年来`): a span or a rhythm of time, no indicator. */
export const TIME_ONLY = /^(?:每年|逐年|年年|连年|(?:近|过去)?(?:\d{1,2}|[两二三四五六七八九十]{1,2})年(?:来|间|中)?)$/;

/** The indicator a clause that doubled names ({@link DOUBLED}), unless it names only the years it took. */
function ownDoubled(clause: string): RegExpExecArray | null {
  const m = DOUBLED.exec(clause);
  return m && !TIME_ONLY.test(m[1]!) ? m : null;
}

function restated(c: Clause): string | undefined {
  if (!c.before || !/[；;]/.test(c.text[c.before.start - 1] ?? "")) return undefined;
  const name = clauseName(c.text.slice(c.before.start, c.before.end)).replace(/在[^，。；]*?(?:之后|以后|后)$/, "");
  return /^\p{Script=Han}{2,}$/u.test(name) ? name : undefined;
}

/**
 * A clause that states no figure and names the pace of something (`固定资产投资增速一改连续下滑态势`), then a change told bare
 * (Shaanxi 2015: `…推出39个项目鼓励社会资本参与，固定资产投资增速一改连续下滑态势，全年增长17.8％`): the change of what that
 * pace is of, not of the figure before it. Undefined when the clause names none, or names a part of the figure's subject
 * before it (`规上工业增加值100亿元，工业增速快于全省，增长12%`: the same thing's pace).
 */
const PACE_NAMED = /^(\p{Script=Han}{2,}?)(?:增速|增幅|增长速度)(?![\d百])/u;
function paceNamed(c: Clause, previous: string): string | undefined {
  if (!c.before) return undefined;
  // Not a change after a figure of its own clause (`…，为近年最高增速；全体居民人均可支配收入27904元、增长8.4%`, Ningxia
  // 2022): the change of that figure's subject, whatever pace the clause before it praised.
  const figureBefore = c.out.at(-1) ?? c.earlier;
  if (figureBefore && figureBefore.quantity.tail > c.stretch.start) return undefined;
  const m = PACE_NAMED.exec(c.text.slice(c.before.start, c.before.end).trim());
  const name = m ? cleanSubject(m[1]!) : "";
  return /^\p{Script=Han}{2,}$/u.test(name) && !previous.includes(name) ? name : undefined;
}

/**
 * The subject a change borrows from a running total before it (`全社会固定资产投资累计完成7226.6亿元，年均增长18%`, Jinan 2011):
 * the indicator's, no words of the total run up (全社会固定资产投资年均增长, not …累计完成年均增长).
 */
function ownChange(subject: string): string {
  const own = subject.replace(/累计(?:完成|实现|达到)?$/, "");
  return /\p{Script=Han}{2,}$/u.test(own) ? own : subject;
}

/** Words after a figure that name what it measures: two characters of a noun, then more of the clause. */
const NAMED_AFTER = /^\p{Script=Han}{2}/u;

/** The holders of an income per head opening a clause about their income (`农民收入有了恢复性增长`). */
const HOLDER = /^(?:全[省市区州县]|[我本][省市区])?(农民|农牧民|牧民|农村居民|城镇居民|城市居民)(?:的)?(?:家庭)?收入/;

/** Record one figure: its label is subject + basis + change verb; a subject-less clause borrows the last one. */
export function emit(c: Clause, q: Quantity, subject: string, p: Predicate, quoteStart: number) {
  let from = quoteStart;
  // A verb that turns the changes of earlier years, named in the clause before, into the year's (`单位国内生产总值能耗由前三年
  // 分别上升4.9%、5.5%、0.2%，转为下降1.2%`, State Council 2007) names nothing: the figure is the change of that subject.
  if (/^(?:转为|减为)$/.test(subject) && c.prior.some((x) => x.stated)) subject = "";
  // So does 已经 alone, left of a clause that takes the subject named before it from its old value to the new one (`目前由市场
  // 决定价格的比重，已经由五年前的百分之五十左右扩大到百分之八十左右`, State Council 1993), and 将 alone of a plan's (`今年中央财政
  // 用于教育的投入，将由去年的1076亿元增加到1562亿元`, State Council 2008).
  if (/^(?:已经?|将)$/.test(subject) && c.prior.some((x) => x.stated)) subject = "";
  // 已 after the date alone (`建立健全城镇保障性住房制度，覆盖面逐步扩大，2012年底已达到12.5%`, State Council 2013) is no word
  // either: the clause names only the time, and the figure is the subject's before it, as without 已.
  if (subject.endsWith("已") || subject.endsWith("已经")) subject = subject.replace(/^((?:19|20)\d{2}年(?:底|末)?)已经?$/, "$1");
  // A bare output after a clause that states no figure and names a crop's production (`抓好粮食生产，总产保持在5亿公斤以上`,
  // `完成农作物播种面积407.4万亩，粮食生产再获丰收，总产达128万吨`, of a year: `全国粮食连续四年增产，2007年产量达到50150万吨`):
  // that crop's output, not the figure's before.
  const cropNamed = c.before && OUTPUT.test(subject) ? CROP_PRODUCED.exec(c.text.slice(c.before.start, c.before.end))?.[1] : undefined;
  // So is one in a sentence whose first subject is that crop's production, when no clause between names another
  // (`粮食生产自1994年突破2500万吨大关后，连年保持稳定增长，…，1997年虽然发生罕见的严重干旱，总产仍达2746.7万吨`, Hebei 1998).
  const opened = !cropNamed && OUTPUT.test(subject) && c.prior.length > 0 && c.prior.every((x) => x.subject === c.prior[0]!.subject) ? CROP_OPENS.exec(c.prior[0]!.subject)?.[1] : undefined;
  const crop = cropNamed ?? opened;
  // So is a weight reached with no subject after a clause that names the crop's harvest (`旱灾之年粮食稳产，达到83.1万吨`).
  const harvest = !crop && c.before && (subject === "" || /^(?:达到|达)$/.test(subject)) && WEIGHT.test(q.unit ?? "") ? CROP_HARVESTED.exec(c.text.slice(c.before.start, c.before.end))?.[1] : undefined;
  // A bare balance of deposits after a clause that names household savings and no figure (`城乡居民储蓄存款大幅度增加，
  // 年末存款余额达到14764亿元，增长百分之二十八`, State Council 1994): the savings' balance, not the banks' deposits.
  const savings = !crop && c.before && BARE_DEPOSITS.test(subject) ? SAVINGS.exec(c.text.slice(c.before.start, c.before.end))?.[1] : undefined;
  if (savings) {
    subject = savings + subject.replace("存款", "");
    from = Math.min(from, c.before!.start);
  }
  if (crop) {
    // Its year stays the figure's time, which the time span reads (`全国粮食连续四年增产，2007年产量达到50150万吨`).
    subject = crop + subject.replace(/^(?:19|20)\d{2}年/, "");
    from = Math.min(from, cropNamed ? c.before!.start : c.prior[0]!.quoteStart);
  } else if (harvest) {
    subject = harvest + "产量";
    from = Math.min(from, c.before!.start);
  }
  // A change after a clause that compares the thing it names with another time (`出生人口性别比与第六次人口普查相比，下降19.96个点`):
  // that thing's change, not the change of the figure before it.
  // So is a bare change after a clause that tells a thing rose and states no figure, opening the sentence
  // (`进出口逆势上扬，增长23.5%`, Guangxi 2015): that thing's change.
  // So is a bare ratio after a clause that tells a structure improved and states no figure (`三次产业结构进一步优化，调整为
  // 8.3∶41.4∶50.3`, Ningxia 2026): that structure, not the subject of the figures before it.
  const compared = subject === "" && c.before
    ? (COMPARED.exec(c.text.slice(c.before.start, c.before.end)) ??
      (c.prior.length === 0 ? ROSE.exec(c.text.slice(c.before.start, c.before.end).trim()) : null) ??
      (Array.isArray(q.value) ? STRUCTURE_BETTER.exec(c.text.slice(c.before.start, c.before.end).trim()) : null))
    : null;
  // A change or an average after a clause that names a milestone its indicator passed and no figure
  // (`地区生产总值跨上第二个千亿元台阶，年均增长8.7%`): that indicator's change.
  // So is a level reached in a year (`全省地区生产总值连跨三个万亿元台阶，2012年达5.4万亿元`): the year is the figure's time.
  // So is one after a clause that names the rank it moved to (`城镇居民人均可支配收入由全国第十五位上升到第九位，年均实际
  // 增长11.4%`). So is one after a clause that names how often its indicator doubled (`生产总值翻了1.2番，年均增长12.9%`).
  const milestone = c.before ? c.text.slice(c.before.start, c.before.end) : "";
  // A clause that doubled names its own indicator, so it does after other figures too (`…年均增长12.9%；公共财政收入翻了1.5番，
  // 年均增长23.7%`).
  // Not a clause whose only words before the doubling are the years it took (Yibin 2016: `一般公共预算收入114.6亿元、年均增长
  // 15.5%，五年实现翻番；社会消费品零售总额675亿元、年均增长15.5%`): it names no indicator, and the change is its own clause's.
  const passed = !compared && c.before && /^(?:(?:19|20)\d{2}年(?:末|底)?)?(?:年均|同比)?(?:实际|名义|可比)?$/.test(subject)
    ? ((c.prior.length === 0 ? (PASSED.exec(milestone) ?? RANKED.exec(milestone)) : null) ?? ownDoubled(milestone))
    : null;
  if (passed) {
    subject = cleanSubject(passed[1]!) + subject.replace(/^(?:19|20)\d{2}年(?:末|底)?/, "");
    from = Math.min(from, c.before!.start);
  }
  if (compared) {
    subject = cleanSubject(compared[1]!);
    from = Math.min(from, c.before!.start);
  }
  // A change on a price basis right after a clause that only names an indicator (State Council 2000: `城镇居民人均可支配收入，
  // 考虑价格下降因素比上年实际增长9.3%`): that indicator's change, the basis how it is measured.
  const based = !compared && !passed && c.prior.length === 0 && c.before && PRICE_BASIS.test(subject) ? NAMED_ALONE.exec(c.text.slice(c.before.start, c.before.end).trim()) : null;
  if (based) {
    subject = cleanSubject(based[1]!) + subject.replace(PRICE_BASIS, "");
    from = Math.min(from, c.before!.start);
  }
  // A figure set with no subject after a clause that names the aim and no figure (`今年经济增长速度的宏观调控目标，定为
  // 百分之八至九`): the aim's indicator, set so.
  // So is one whose setting verb the predicate took (`定为`, `确定为`), leaving no subject.
  const setBare = subject === "" && SET_BEFORE.test(c.text.slice(quoteStart, q.start).trim());
  const aim = !compared && !passed && c.before && (SET.test(subject) || setBare) ? AIMED.exec(c.text.slice(c.before.start, c.before.end)) : null;
  if (aim) {
    subject = cleanSubject(aim[1]!);
    from = Math.min(from, c.before!.start);
  }
  // Profits told bare in a sentence whose first subject is industry above the designated size (`全省规模工业实现增加值
  // 4250.1亿元，…，产品销售率98.4%；实现利润571.9亿元，增长46.1%`, Hunan 2010): that industry's profits.
  // Not after a clause of no figure that names another subject (`…；市属国有企业改革不断深化，实现利润20亿元`): that one's.
  const other = c.before !== undefined && !/工业/.test(c.text.slice(c.before.start, c.before.end));
  const opening = PROFIT_BARE.test(subject) && !other ? INDUSTRY_ABOVE_SIZE.exec(c.prior[0]?.subject ?? "")?.[0] : undefined;
  // So are profits joined by 、 right after that industry's figure, whatever clause opens the sentence (`主要经济指标持续向好，
  // 规模以上工业增加值增长10.3%、利润增长12%`, Chongqing 2017).
  const joinedTo = c.prior.at(-1);
  const figureBefore = c.out.at(-1) ?? c.earlier;
  const joined =
    opening === undefined && PROFIT_BARE.test(subject) && joinedTo !== undefined && figureBefore !== undefined && figureBefore.quantity.tail > c.stretch.start && figureBefore.quantity.tail <= q.start && /^、(?:实现|完成)?利润/.test(c.text.slice(figureBefore.quantity.tail, q.start))
      ? INDUSTRY_ABOVE_SIZE.exec(joinedTo.subject)?.[0]
      : undefined;
  const industry = opening ?? joined;
  // The quote reaches back to where the sentence names that industry, so that it shows whose profits they are.
  if (industry) {
    subject = `${industry}${subject.replace(/^(?:实现|完成)/, "")}`;
    from = Math.min(from, (opening ? c.prior[0]! : joinedTo!).quoteStart);
  }
  // A change in percent right after a move in a ranking (Changzhou 2022: `全市地区生产总值连跨3个千亿元台阶，全国排名前移8个
  // 位次、跃居第25位；年均增长7.1%`) is no rank's: it is the change of the indicator the sentence named before the ranking,
  // the milestones it passed left out (地区生产总值年均增长).
  const ranked = !compared && p.change && q.unit === "%" && RANK_MOVED.test(c.prior.at(-1)?.subject ?? "");
  const ranking = ranked ? c.prior.findLast((x) => !RANK_MOVED.test(x.subject)) : undefined;
  const last = compared ? undefined : ranking ? { ...ranking, subject: ranking.subject.replace(MILESTONES_PASSED, "") } : c.prior.at(-1);
  // A level converted into another currency in brackets after it (`人均国内生产总值达4.6万元（折合5561美元），增长6.5%`):
  // the same level, so labelled (`人均国内生产总值（折合）`) with no indicator of its own, and it leaves the subject
  // before it to the clauses after it (增长6.5% is the per-head GDP's growth).
  const prevDraft = c.out.at(-1) ?? c.earlier;
  if (last && prevDraft && !p.change && CONVERTED.test(c.text.slice(Math.max(0, q.start - 8), q.start)) && prevDraft.quantity.tail <= q.start) {
    c.out.push({
      quantity: bound(q, q.qualifier ?? p.qualifier),
      label: `${last.subject}${CONVERTED_MARK}`,
      direction: null,
      change: false,
      estimate: false,
      quote: [last.quoteStart, c.stretch.end],
      sentence: [0, 0],
    });
    return;
  }
  // A stretch target right after the target it raises (`地区生产总值增长5.5%、力争6%`, `…增长8%，力争10%以上`): the same
  // change, striven for. Its label says so (`地区生产总值增长（力争）`) and it takes no indicator (see {@link STRETCH_LABEL}):
  // the target before it is the indicator's.
  const prev = c.out.at(-1) ?? c.earlier;
  // Not a level after a growth (`地区生产总值增长9%左右、力争超过1.6万亿元`), a target of its own. A level after a level of
  // the same unit is the level striven for (Hubei 2003: `确保今年技改投资规模达到380亿元，争取达到400亿元`: 技改投资规模（力争）,
  // not a thing named 争取). Not a count followed by a noun of its own (Songyuan 2019: `新增规上工业企业20户，争取30户企业完成
  // 股改`: the firms to be restructured, a target of its own).
  // So is the figure the work is organised to after a target (Tianjin 2004: `国内生产总值增长11.5%，按13%组织`), a higher
  // working goal: `国内生产总值增长（按…组织）`, not a thing named 按.
  const between = prev !== undefined && prev.quantity.tail <= q.start ? c.text.slice(prev.quantity.tail, q.start) : "";
  const working = between.endsWith("按") && WORKING.test(between) && WORKED_TO.test(c.text.slice(q.tail, q.tail + 2));
  if (!p.change && prev !== undefined && prev.quantity.unit === q.unit && prev.quantity.tail <= q.start && (working || (STRETCH.test(between) && !OWN_NOUN_AFTER.test(c.text.slice(q.tail, q.tail + 2))))) {
    c.out.push({
      quantity: bound(q, q.qualifier ?? p.qualifier),
      label: `${prev.label}${working ? WORKING_MARK : STRETCH_MARK}`,
      direction: prev.direction,
      change: prev.change,
      estimate: false,
      quote: [prev.quote[0], c.stretch.end],
      sentence: [0, 0],
    });
    c.prior.push({ subject: last?.subject ?? subject, quoteStart: prev.quote[0] });
    return;
  }
  // A multiple of an earlier level (`地区生产总值921亿元，是“十一五”末的1.6倍，年均增长9.2%`) is a comparison of the
  // subject before it: it takes that subject and leaves it to the clauses after it.
  // Not a list of multiples (`分别是“十二五”末的1.4倍和1.7倍`), whose subjects the list before it pairs.
  // So is one said as near to or past it (`公共财政预算收入实现3103亿元，接近2007年的3倍，年均增长23.4%`): the words before it
  // in its clause are the comparison, the year kept.
  // The nearness may follow another figure of its clause after 、, and leave out 的 (`净增高新技术企业68家、超过上年2倍，总数达
  // 340家`, Mianyang 2020): the words after that figure, the multiple the added firms' of the year before's.
  const nearFrom = prev !== undefined && prev.quantity.tail >= c.stretch.start && prev.quantity.tail <= q.start && c.text[prev.quantity.tail] === "、" ? prev.quantity.tail + 1 : c.stretch.start;
  const near = q.unit === "倍" ? NEAR_EARLIER.exec(c.text.slice(nearFrom, q.start).trim()) : null;
  if (last !== undefined && near) subject = near[1]!;
  const comparison = last !== undefined && q.unit === "倍" && (COMPARISON.test(subject) || near !== null) && !/分别/.test(c.text.slice(c.stretch.start, c.stretch.end));
  // A multiple whose own clause names the thing it compares (`社会消费品零售总额是2010年的1.97倍，年均增长14.4%`, Nanning 2016)
  // leaves that thing, not the comparison, to the clauses after it.
  const compares = !comparison && q.unit === "倍" && !/分别/.test(c.text.slice(c.stretch.start, c.stretch.end)) ? COMPARED_OWN.exec(subject)?.[1] : undefined;
  // A verb alone after the clause that named the subject (`…突破千亿元大关，完成1050亿元`): what that subject did.
  // So too a running total after a comma that counts nothing after it (`工业固定资产投资年均增长17.5%，累计完成1724亿元`).
  // And a level said with the verb alone right after the indicator's change (`公共财政预算收入增长2%，完成450亿元`,
  // `全社会固定资产投资增长13%，突破3000亿元，完成3390亿元`, Ordos 2014): that indicator's level.
  const bare = /^(?:累计)?(?:完成|实现|达到|达)$/.test(subject);
  const afterComma = last !== undefined && c.text[c.stretch.start - 1] === "，";
  const did =
    bare &&
    (last?.stated === true ||
      (afterComma && /^累计/.test(subject) && /^(?:[，。；！]|$)/.test(c.text.slice(q.tail, q.tail + 1))) ||
      (afterComma && /^(?:完成|实现)$/.test(subject) && !p.change && /^(?:[，。；！]|$)/.test(c.text.slice(q.tail, q.tail + 1))));
  // A level reached after an amount added (`新增煤炭产能350万吨、突破4000万吨`, `新登记市场主体4.9万户、达到40.7万户`):
  // the stock the addition brings it to, no addition; so is a bare total after the things the clause before names, added or
  // grown by (`新增高新企业600家以上，总数超过1800家`, Guangxi 2019; `国家高新技术企业净增1600户以上，总数突破1万户`, Hefei 2025).
  // So is a level reached after the amount a thing grew by (`建成区面积扩大3平方公里、达到48平方公里`, Longyan 2015): the
  // thing's level, not its enlargement. So is one after the amount an output grew by (`粮食增产3.2亿斤、达到173亿斤`, Tongliao
  // 2021): the output itself (粮食产量), no increase.
  const raised = !p.change && last !== undefined && subject === "" && !p.bare && RAISED_OUTPUT.test(last.subject);
  const enlarged = !p.change && last !== undefined && subject === "" && !p.bare && ENLARGED.test(last.subject);
  // So is a level said to be reached already, no thing named, after the things added (Liuzhou 2014: `新增国家高新技术企业16家，
  // 已达到129家`): the stock of those things, no figure of nothing.
  const total = !p.change && last !== undefined && (((subject === "" || subject === "已") && !p.bare && ADDED.test(last.subject)) || subject === "总数");
  // A year alone after the clause that named the subject (`空气质量优良率逐年提高，2016年达95.1%`): that subject's level
  // in that year, whose time the time span reads.
  const dated = last?.stated === true && /^(?:19|20)\d{2}年(?:底|末)?$/.test(subject);
  // A growth in percent right after a share (`战略性新兴产业完成增加值81.36亿元，占全市规模以上工业增加值的22.6%，增长9.15%`,
  // Pingxiang 2014) is the growth of what the share measures, not of the whole it is a share of, nor of the share. So is a
  // yearly average growth (`民间投资占投资总额的53.5%，年均增长23.8%`, Guangdong 2013: 民间投资年均增长).
  const shareOf = (subject === "" || /^(?:年均|平均每年|每年平均)$/.test(subject)) && p.change && q.unit === "%" && last !== undefined ? SHARE_OF.exec(last.subject)?.[1] : undefined;
  const fresh = last && /^(?:也|还|又)?(?:实现了?)?(?:(?:年均|平均每年|每年平均)(?:实际|名义)?|实际|名义)$/.test(subject) ? restated(c) : last && subject === "" && p.change ? paceNamed(c, last.subject) : undefined;
  // The subject before it is adjacent when no clause without a figure comes between, or when it is of the same clause, a
  // list's item before it (`提前完成“十四五”规划目标；一般公共预算收入和支出分别增长16.1%、13.3%`, Jiuquan 2025: the clause
  // that states no figure comes before both).
  const adjacent = c.before === undefined || (last !== undefined && last.quoteStart >= c.stretch.start);
  // A figure that opens its clause after a comma, nothing before it and no verb, with words after it that name it (`19座污水
  // 处理厂、4660.7公里管网建成投运，129公里环湖生态廊道全线贯通`, Dali 2022): the thing those words name, not the subject
  // of the clause before (管网建成投运). Not a share (`冷凉蔬菜面积50万亩，95%以上达到绿色食品标准`, Guyuan 2021), which is
  // one of what the clause before names.
  // So is one after the bare verb of getting it done, which names nothing (`完成380万亩土地确权颁证，实现9万亩土地流转`, Dalian
  // 2017: the land transferred, not the land registered). So is one after a bare pledge (`建设16个万亩高产片，确保185万亩旱碱麦
  // 丰收`, Cangzhou 2025: the wheat to be harvested, not the high-yield plots).
  const opensOwn =
    subject === "" && last !== undefined && !p.change && p.verb === "" && !q.unit.endsWith("%") && c.text[c.stretch.start - 1] === "，" && (q.start === c.stretch.start || /^(?:实现了?|确保|力争|争取)$/.test(c.text.slice(c.stretch.start, q.start))) && NAMED_AFTER.test(c.text.slice(q.tail, c.stretch.end));
  // A contribution after a clause that states no figure and names the thing that grew (`第三产业加快发展，对经济增长的贡献率同比
  // 提高4.8个百分点`, Changsha 2012): that thing's contribution, not that of a subject further back in the sentence. So is a
  // change that names nothing, the first figure of its sentence (Hubei 2010: `第三产业投资明显加快，同比增长48.9%`): that
  // thing's change (第三产业投资同比增长), no bare 同比增长.
  const grew =
    !adjacent && c.before !== undefined && (/^对(?![外口])/.test(subject) || (subject === "" && p.change && last === undefined))
      ? GREW.exec(c.text.slice(c.before.start, c.before.end).trim())?.[1]
      : undefined;
  // That change leaves no subject to the figures after it, as a bare change leaves none (`…同比增长48.9%；民间投资较快增长，
  // 投资额占全部投资的一半以上，增速为47.0%`: no 第三产业投资增速).
  const quickened = grew !== undefined && last === undefined;
  // A change on a like basis, or none named, after a clause that states no figure and names the aggregate with a factor
  // taken out of it (Puer 2023: `社会消费品零售总额增长2.8%，地方一般公共预算收入扣除留抵退税因素后，同口径增长11.3%`): that
  // aggregate's change, not the change of the subject before the clause.
  const deducted =
    !adjacent && p.change && c.before !== undefined && (subject === "" || /^按?(?:同|可比)口径$/.test(subject))
      ? DEDUCTED.exec(c.text.slice(c.before.start, c.before.end).trim())?.[1]
      : undefined;
  const completed = opensOwn
    ? subject
    : deducted
    ? deducted + subject
    : grew
    ? grew + subject
    : shareOf
    ? shareOf + subject
    : dated
    ? last!.subject
    : comparison
    ? last!.subject.replace(/年均$/, "") + subject
    : did
      ? last!.subject.replace(/年均$/, "") + subject
      : raised
        ? last!.subject.replace(RAISED_OUTPUT, "产量")
      : enlarged
        ? last!.subject.replace(ENLARGED, "")
      : total
        ? last!.subject.replace(ADDED, "")
        : last
          ? completeSubject(subject, fresh ?? (p.change ? ownChange(last.subject) : last.subject), adjacent, p.change, c.text.slice(Math.max(0, c.stretch.start - 1), q.start), c.text.slice(0, q.start))
          : subject;
  if (completed !== subject) {
    // A level after a yearly average (`年均增长7%左右，突破700亿元`) is the indicator's level, no average.
    subject = p.change || !last!.subject.endsWith("年均") || subject !== "" ? completed : completed.replace(/年均$/, "");
    from = Math.min(from, deducted !== undefined || quickened ? c.before!.start : fresh !== undefined && !shareOf && !dated && !comparison && !did && !total ? c.before!.start : last!.quoteStart);
  }
  // A time alone that nothing above replaced names no indicator: it is the figure's time, which the time span reads. A
  // level with no verb of its own is then named by the clause before it that states no figure
  // (`高考本科上线人数实现“十连增”，2015年达13937人`), unless that clause only compares (`比1980年翻三番，到2002年达到4.8万元`).
  // A bare income per head after the clause that names whose income it is and states no figure (Shaanxi 2002: `农民收入
  // 有了恢复性增长，人均纯收入达到1520元，增加50元`): theirs (农民人均纯收入), as the clauses after it that take its name.
  if (/^人均(?:纯收入|可支配收入)$/.test(subject) && c.before) {
    const holder = HOLDER.exec(c.text.slice(c.before.start, c.before.end).trim())?.[1];
    if (holder) subject = holder + subject;
  }
  // A bare intensity after a clause of no figure that names the spending (`进一步加大全社会研发经费投入，力争强度达到2.2%`,
  // Hengyang 2023): that spending's intensity (全社会研发经费投入强度), no intensity of nothing.
  if (/^(?:投入)?强度$/.test(subject) && c.before) {
    const spending = SPENDING_NAMED.exec(c.text.slice(c.before.start, c.before.end).trim())?.[1];
    if (spending) {
      subject = spending.endsWith("投入") ? `${spending}强度` : `${spending}${subject}`;
      from = Math.min(from, c.before.start);
    }
  }
  // A bare revenue or sales after a clause of no figure that opens on the industry it is about (Zhenjiang 2014: `加快发展物流业，
  // 实现营业收入625亿元`, `提升发展旅游业，实现综合收入600亿元`, `新兴产业呈现集聚发展态势，实现销售3002亿元`): that industry's
  // (物流业营业收入, 旅游业综合收入), no revenue of nothing. So is a bare share (`服务业快速发展，占全省经济的比重达到40%以上`,
  // Liaoning 2008): that industry's share (服务业占全省经济的比重), no share of nothing; so is one with its whole put first
  // (`第三产业进入快速发展阶段，在国内生产总值中占的比重由32.2%提高到40%`, Zhejiang 2003), and a sector's (`非公有制经济加快发展，
  // 占生产总值比重由2002年的36.5%提高到54%`, Shandong 2008).
  if (c.before && (BARE_TAKINGS.test(subject) || BARE_SHARE.test(subject))) {
    const industry = INDUSTRY_OPENS.exec(c.text.slice(c.before.start, c.before.end).trim())?.[1];
    if (industry) {
      subject = industry + subject;
      from = Math.min(from, c.before.start);
    }
  }
  // Town or country named bare after a clause of no figure that names the standard of both (`提高城乡低保标准，城镇由每人每月
  // 363元提高到410元`, Tangshan 2012): that standard of the one named (城镇低保标准), no figure of a place.
  if (/^(?:城镇|城市|农村)$/.test(subject) && c.before) {
    const standard = /城乡(?:居民)?(\p{Script=Han}{0,6}?(?:标准|收入|补助|补贴|水平|[率额]))$/u.exec(c.text.slice(c.before.start, c.before.end).trim())?.[1];
    if (standard) {
      subject += standard;
      from = Math.min(from, c.before.start);
    }
  }
  // A bare output, herd or planted area in a sentence that opens on an industry, then how it goes about its work (Guyuan 2023:
  // `新型材料产业通过引进资源延伸链条、…，产值增长20%`, `肉牛产业坚持扩规提质、…，饲养量达到110万头`): that industry's
  // (新型材料产业产值增长), no output of nothing; each industry's sentence of such a list has its own.
  if (BARE_OUTPUT.test(subject)) {
    const head = c.text.slice(0, c.stretch.start);
    const industry = INDUSTRY_AT_WORK.exec(head.slice(Math.max(head.lastIndexOf("。"), head.lastIndexOf("！"), head.lastIndexOf("？"), head.lastIndexOf("；")) + 1))?.[1];
    if (industry) subject = industry + subject;
  }
  const timed = timeAlone(subject);
  if (timed) {
    const before = c.before ? c.text.slice(c.before.start, c.before.end) : "";
    // The clause before it the base the year builds on, its indicator named before 在 (`全社会固定资产投资在2009年完成
    // 5034亿元、2010年完成6353亿元的基础上，去年又完成7300亿元`, Shanxi 2012): that indicator's level in the year.
    // So is the noun after the level inside it when no indicator comes before 在 (`在前3年每年完成400多万亩营造林的基础上，去年又
    // 完成453万亩`, Shanxi 2012): 营造林.
    const base = ON_THE_BASE.exec(before)?.[1] ?? groundNoun(before);
    // A clause before it that only says the doubling it makes (`到2008年国内生产总值力争达到7800亿元，实现第一个翻番；到2017年达到
    // 17000亿元`, Fujian 2003) names no indicator: the level is the one the figure before it names.
    const doubling = last !== undefined && last.subject !== "" && /翻了?(?:[一两二三四五六七八九十]|\d+)?番$/.test(before.trim());
    subject = base ? cleanSubject(base) : doubling ? last!.subject : !p.basis && !p.verb && before && !/^(?:比|较|与|同)/.test(before) ? cleanSubject(before) : "";
    // How it went over the years before it (`城镇登记失业率连续五年下降，去年底降到3.19%`, Jiangsu 2008) is no word of it.
    subject = subject.replace(/(?<=\p{Script=Han}{2})(?:连续[^，。；]{1,4}年|逐年|持续|稳步)(?:下降|增长|提高|上升|回落|降低|减少|增加)$/u, "");
    // Nor is how it went, told as a deed done (`农民人均纯收入实现了恢复性增长，2002年达到2360元`, Jilin 2003).
    subject = subject.replace(/(?<=\p{Script=Han}{2})(?:实现了?|有了)\p{Script=Han}{0,4}?(?:增长|回升|提高)$/u, "");
    // Nor is where it stands among others (`全省实际利用外资连续五年保持全国第一，去年达218.9亿美元`, Jiangsu 2008).
    subject = clauseName(subject);
    if (subject) from = Math.min(from, c.before!.start);
  }
  // A bare magnitude whose subject is a count of visits (`旅游人次、收入分别达到9300万、870亿元`) counts visits (万人次).
  if (isMagnitude(q.unit) && !p.change && VISITS.test(subject)) q = { ...q, unit: `${q.unit}人次` };
  // So is one whose subject counts people (`空港口岸年出入境人数突破10万大关`, Yinchuan 2016): in people (万人).
  else if (isMagnitude(q.unit) && !p.change && HEADCOUNT.test(subject)) q = { ...q, unit: `${q.unit}人` };
  // A bare magnitude of an aggregate counted in yuan (`全省生产总值连续跨越7万亿、8万亿、9万亿三个大台阶`) is in yuan (万亿元).
  else if (isMagnitude(q.unit) && !p.change && IN_YUAN.test(subject)) q = { ...q, unit: `${q.unit}元` };
  const quantity = capped(bound(q, q.qualifier ?? p.qualifier), p);
  const flat = q.value === 0 && c.text.slice(q.start, q.end) === "持平";
  // A percentage after a noun of change and no verb of change (`居民消费价格涨幅3%左右`) goes the way the noun says,
  // unless a sign is written before it (`增速-2.3%`).
  const named = p.verb === "" && q.unit === "%" && !/[-－−负]$/.test(c.text.slice(0, q.start)) && !/[-－−]/.test(c.text[q.start] ?? "") ? namedDirection(subject + p.basis) : null;
  // A figure no word before it names (`为87万名80岁以上老年人发放高龄津贴`, `…子女大学生，合计6300名`): the words after it in
  // its clause name it, or else the clause before it that states no figure.
  // Not the next figure of the clause and the reach it states (`15.7亿元兜底保障资金惠及群众35万人`, Yinchuan 2026): that figure's
  // words, none of this one's (兜底保障资金).
  const afterText = c.text.slice(q.tail, c.stretch.end).replace(/^的/, "");
  const next = /\d/.test(afterText) ? REACH_NEXT.exec(afterText) : null;
  const after = cleanSubject(next ? next[1]! : afterText);
  // Not the old value it grew from, that clause's end (`三年内规上企业由1390家，发展到2000家`, Dezhou 2020): the baseline,
  // excluded as a figure, is no word of the indicator, as it is none with no comma between.
  const clauseBefore = c.before && !timed ? c.text.slice(c.before.start, c.before.end) : "";
  const namedBefore = clauseBefore ? clauseName(/[由从]/.test(clauseBefore) ? clauseBefore.replace(OLD_VALUE_END, "") : clauseBefore) : "";
  const label = subject + p.basis + p.verb || after || namedBefore;
  // A percentage pledged after a change told in words (`固定资产投资保持稳定增长、力争达到3%`, Nanjing 2024): the change
  // the thing is pledged to make, no level; its label names the change (see WORDED_CHANGE_PLEDGED in label.ts).
  const pledged = !p.change && q.unit === "%" && /增长$|下降$/.test(subject) && PLEDGED_CHANGE.test(c.text.slice(c.stretch.start, q.start));
  c.out.push({
    quantity,
    label,
    direction: p.direction ?? named,
    change: p.change || flat || pledged,
    estimate: false,
    quote: [from, c.stretch.end],
    sentence: [0, 0],
  });
  // A difference from another amount (`…净增305亿元，比近三年净增量之和多26.1亿元，同比增长7.5％`) compares the subject
  // before it: it leaves that subject, not itself, to the clauses after it.
  const differs = !comparison && last !== undefined && DIFFERENCE.test(subject);
  // A figure the clause before it names (`城镇居民家庭人均可支配收入，由1997年的5160元增加到2002年的7703元`) leaves that
  // name to the clauses after it (`，平均每年实际增长8.6%`).
  const leaves = comparison ? last!.subject : quickened ? "" : compares ?? (subject || (label === namedBefore && !after ? namedBefore : ""));
  // A figure in brackets after another (`全省地区生产总值增长6.1%（按原核算方法计算增长6.4%），总量达9.96万亿元`, Jiangsu
  // 2020) measures the subject before it another way: it leaves that subject, not its own words, to the clauses after it.
  const aside = last !== undefined && inBrackets(c.text, c.stretch.start, q.start, q.tail);
  c.prior.push(differs || aside ? last : { subject: leaves, quoteStart: from });
}

/**
 * An aggregate counted in yuan (`全省生产总值`, `经济总量`, `一般公共预算收入`, an output, a value added, a revenue or a
 * total: `规模工业增加值突破千亿`, `物流总额突破万亿`), whose bare magnitude is one of yuan.
 */
const IN_YUAN = /(?:生产总值|经济总量|GDP|收入|总额|产值|增加值|固定资产投资)$/;

/**
 * A change told in words and a figure pledged after it in one clause (`…保持稳定增长、力争达到`), or a pace told against the
 * economy's (`全体居民人均可支配收入持续高于经济增长速度、力争达到8%`, Qinghai 2019).
 */
const PLEDGED_CHANGE = /(?:(?:实现|保持)(?:两位数|较快|快速|平稳|稳定|稳步)(?:增长|下降)|(?:高于|快于|不低于|跑赢)(?:经济|地区生产总值|生产总值|GDP)增长(?:速度)?)、(?:力争|争取|努力)(?:达到?)?$/;

/** A subject that counts visits, people times (`旅游人次`, `接待游客人次`): a bare magnitude of it is in 人次. */
const VISITS = /人次$/;

/**
 * A subject that counts people (`出入境人数`, `就业人数`, `参保人数`): a bare magnitude of it is in 人. So is a population,
 * or the people of it lifted out of poverty (`实现贫困人口脱贫12.58万、贫困村出列96个`, Yulin 2020).
 */
const HEADCOUNT = /人数$|人口(?:脱贫)?$/;

/**
 * Whether the figure at `start`–`tail` stands in a bracket opened in its clause (or right before it) and closed after
 * it, before another clause: not the first of several figures in brackets, each of a part (`全州实现生产总值2302亿元、
 * 增长4.4%（州直1250亿元、增长6%，塔城地区700亿元、…）`, Yili 2021), whose next clause is still the part's.
 */
function inBrackets(text: string, clause: number, start: number, tail: number): boolean {
  const open = Math.max(text.lastIndexOf("（", start), text.lastIndexOf("(", start));
  if (open < 0 || open < clause - 1 || /[）)]/.test(text.slice(open, start))) return false;
  return /^[^（()）。！？；，,、]*[）)]/.test(text.slice(tail));
}

/**
 * An approximate value under a ceiling word (`控制在3%左右`): the value stays approximate (左右) and is also the
 * upper bound 控制在 sets.
 */
function capped(q: Quantity, p: Predicate): Quantity {
  return p.qualifier === "at_most" && q.qualifier === "approx" && typeof q.value === "number" && q.max === null ? { ...q, max: q.value } : q;
}

/**
 * A conversion opened in brackets right before a figure (`（折合5561美元）`, `（约合`), or in a clause of its own after a
 * comma (`人均生产总值8650元，折合1068美元，增长11.8％`, Guangxi 2006; not a sum or a comparison: `，相当于全国的80%`), the
 * total named and a bound before the figure (Jiangsu 2015: `实现地区生产总值6.51万亿元，总量折合超过1万亿美元，比上年增长8.7%`).
 */
const CONVERTED = /(?:[（(](?:折合|约合|合计约?|相当于)|[，,](?:总量|总额)?(?:折合|约合))(?:人民币|美元)?(?:约|近|超过|达)?$/;
const CONVERTED_MARK = "（折合）";
/** The label of a level converted into another currency: it takes no indicator, which the level has. */
export const CONVERTED_LABEL = /（折合）$/;

/** Between a target and a stretch target after it: a pledge alone (`、力争`, `，力争达到`, `，争取`). */
const STRETCH = /^[、，,]\s*(?:并)?(?:力争|争取|努力)(?:达到|实现|超过|突破)?$/;
/**
 * Words right after a figure's unit that name its own things (`30户企业`), not a bound or a mark of it (`以上`, `左右`, `大关`,
 * `的目标`): the figure counts its own things, no stretch of the figure before it.
 */
const OWN_NOUN_AFTER = /^(?![以左大的之内上])\p{Script=Han}/u;
const STRETCH_MARK = "（力争）";
/** Between a target and the figure the work is organised to after it (`，按`), and the word after that figure (`组织`). */
const WORKING = /^[，,]\s*按$/;
const WORKED_TO = /^(?:组织|安排)/;
const WORKING_MARK = "（按…组织）";
/** The label of a stretch target, or of the figure the work is organised to: it takes no indicator, which its target has. */
export const STRETCH_LABEL = /（(?:力争|按…组织)）$/;

/** A noun after a count, then a verb of work done and the number of the part done (`民生实事已完成33`). */
const WHOLE_OF = /^([\p{Script=Han}“”]{2,14}?)(?:已经?|均|中)?(?:编制|建设|施工|改造)?(?:完成|开工|建成|竣工|投产|办结)了?(?=\d)/u;
/** The label of a whole a part of which is done: it takes no indicator, which the part done has. */
export const WHOLE_LABEL = /（总数）$/;

/**
 * A count before its noun that a verb of work done and a count of the same unit follow (`34件民生实事已完成33件`,
 * `621个重大项目竣工310个`): the whole, of which the count after it is the part done. Its label (`民生实事（总数）`) says
 * so, or null when the words after the count are no such.
 */
export function wholeOf(text: string, q: Quantity): string | null {
  const m = WHOLE_OF.exec(text.slice(q.tail));
  if (!m) return null;
  const after = text.slice(q.tail + m[0].length).replace(/^\d+(?:\.\d+)?/, "");
  return after.startsWith(q.unit) ? `${cleanSubject(m[1]!)}（总数）` : null;
}

/** A price basis opening a subject (`扣除价格因素`, `考虑价格下降因素`, `按可比价格计算`): how a change is measured, no word of what. */
const PRICE_BASIS = /^(?:按可比(?:价格?|口径)(?:计算)?|(?:扣除|剔除|考虑)(?:物价|价格)(?:上涨|下降|变动)?因素(?:后)?)/;

/** A clause that names an aggregate with a factor taken out of it, and no figure (`地方一般公共预算收入扣除留抵退税因素后`). */
const DEDUCTED = /^(\p{Script=Han}{4,}?)(?:扣除|剔除)\p{Script=Han}{1,12}?因素后?$/u;
/** A clause that is an indicator's name and nothing else (`城镇居民人均可支配收入`): group 1 the name. */
const NAMED_ALONE = /^(\p{Script=Han}{2,16}?(?:收入|总额|总值|产值|增加值|投资|利润|支出))$/u;
/** A structure or proportion that improved, named alone in its clause (`三次产业结构进一步优化`): group 1 the structure. */
const STRUCTURE_BETTER = /^(\p{Script=Han}{2,12}?(?:结构|比例))(?:进一步|持续|不断|逐步|明显)?(?:优化|改善|调整)$/u;
/** A clause that compares a thing with another time or place (`出生人口性别比与第六次人口普查相比`): group 1 the thing. */
const COMPARED = /^(\p{Script=Han}{2,16}?)(?:与|同|和|较)\p{Script=Han}{2,16}相比$/u;
/**
 * A clause that names a thing and tells it rose, with no figure (`进出口逆势上扬`, Guangxi 2015), from a month on too
 * (`外贸出口从7月份开始大幅度回升`, State Council 2000): group 1 the thing, whose rise the bare change after it gives
 * (`，增长23.5%`), and whose level a bare level after it (`，全年达到1949亿美元`).
 */
const ROSE = /^(\p{Script=Han}{2,12}?)(?:(?:从|自)\d{1,2}月份?(?:起|开始|以来))?(?:逆势|逆市|持续|强劲|明显|大幅度?)?(?:上扬|回升|攀升|走高)$/u;

/**
 * A clause that names a milestone passed and no figure (`地区生产总值跨上第二个千亿元台阶`, `财政收入突破百亿元大关`,
 * `公共财政收入连跨三个千亿元台阶`).
 */
const PASSED = new RegExp(`^(\\p{Script=Han}{2,16}?)(?:首次)?(?:${PASSING}|突破)了?(?:第[一二三四五六七八九十]个)?[\\p{Script=Han}\\d.]{1,8}(?:台阶|大关|关口)$`, "u");

/**
 * A clause that names a rank its indicator rose or fell to and no figure (`城镇居民人均可支配收入由全国第十五位上升到第九位`):
 * group 1 the indicator.
 */
const RANKED = /^(\p{Script=Han}{2,16}?)(?:在全[国省区市])?[由从](?:全[国省区市])?第[一二三四五六七八九十\d]{1,3}位(?:上升|提升|提高|前移|跃升|跃居|下降|后移)(?:到|至)了?(?:全[国省区市])?第[一二三四五六七八九十\d]{1,3}位$/u;

/**
 * A clause that names how often its indicator doubled and no other figure (`生产总值翻了1.2番`), or that it is to double
 * over a base year (`2015年地区生产总值在2010年的基础上实现翻番`, `地方财政一般预算收入实现翻番`, Ningxia 2011): group 1
 * the indicator, without the 均 that says each item of a list doubled (`城乡居民人均可支配收入均比2010年翻了一番`) or the
 * 接近 that says it nearly did (`地方财政收入接近翻两番`, Fuzhou 2011); a deadline before it is the time the span reads. A
 * clause of the nearness alone (`全市生产总值突破3000亿元，接近翻一番，年均增长13.8%`) names no indicator: the one before does.
 */
export const DOUBLED = /^(?:(?:19|20)\d{2}年(?:末|底)?)?(?!(?:接近|将近|基本)翻)(\p{Script=Han}{2,16}?)均?(?:(?:在|比)(?:19|20)\d{2}年(?:的)?(?:基础上)?)?(?:接近|将近|基本)?(?:再|又)?(?:实现|力争|确保)?(?:翻了?(?:[一两二三四五六七八九十]|\d+(?:\.\d+)?)番|翻番)(?:多|以上)?$/u;

/** A verb that sets a figure, alone before it (`定为`, `确定为`, `定在`). */
const SET = /^(?:初步)?(?:确定|设定|拟定|定)(?:为|在)?$/;
/** The same verb ending the words before a figure (`，定为百分之八至九`). */
const SET_BEFORE = /(?:^|[，,])(?:初步)?(?:确定|设定|拟定|定)(?:为|在)$/;
/**
 * A clause that names an aim and no figure (`今年经济增长速度的宏观调控目标`, `全年经济增长的预期目标`): group 1 the indicator
 * aimed at.
 */
const AIMED = /^(\p{Script=Han}{2,20}?)的?(?:宏观调控|预期|主要|调控|奋斗)?(?:目标|指标)$/u;

/** A bare output (`总产`, `总产量`, `产量`). */
const OUTPUT = /^(?:(?:19|20)\d{2}年)?(?:总产量|产量|总产)$/;
/**
 * A crop's production named in a clause (`抓好粮食生产`, `粮食生产再获丰收`), or its harvest (`粮食再获大丰收`, `全国粮食连续四年增产`,
 * `粮食获得较好收成`).
 */
const CROP_PRODUCED = /(粮食|棉花|油料|蔬菜|果品|水果|茶叶|烟叶|水产品)(?:生产|(?:再获|又获|喜获|获得)?(?:大?丰收|(?:较好的?|好)收成)|(?:连续[两二三四五六七八九十\d]{1,2}年)?增产)/;
/** A balance of deposits named bare (`年末存款余额`, `存款余额`). */
const BARE_DEPOSITS = /^(?:年末|年底)?存款(?:年末|年底)?余额$/;
/** Household savings named in a clause (`城乡居民储蓄存款大幅度增加`): group 1 their name. */
const SAVINGS = /((?:城乡|城镇|农村)?(?:居民|个人)?储蓄存款)/;
/** A subject that opens with a crop's production (`粮食生产自1994年`): group 1 the crop. */
const CROP_OPENS = /^(?:全[省市区县州])?(粮食|棉花|油料|蔬菜|果品|水果|茶叶|烟叶|水产品)生产/;
/** A crop's harvest named in a clause (`粮食稳产`, `粮食丰收`, `粮食生产再获丰收`). */
const CROP_HARVESTED = /(粮食|棉花|油料|蔬菜|果品|水果|茶叶|烟叶|水产品)(?:生产|稳产|增产|丰收|产量)/;
/** A unit of weight (`万吨`, `亿斤`, `公斤`). */
const WEIGHT = /^(?:[万亿]|万亿)?(?:吨|公斤|斤)$/;

/** A thing grown by an amount, the verb at its end (`建成区面积扩大`). */
const ENLARGED = /(?<=\p{Script=Han}{2})(?:扩大|增加)$/u;
/** An output's increase at the end of its name (`粮食增产`, Tongliao 2021): the level after it is the output (粮食产量). */
const RAISED_OUTPUT = /(?<=\p{Script=Han}{2})增产$/u;

/**
 * Words of an amount added to a stock (`新增`, `新登记`, `新注册`, `净增`: `规模以上工业企业净增407户，达1259户`): the subject
 * names the addition, not the stock. So does one newly set up (`新成立融资担保机构2家，总数达19家`, Tianshui 2014: the total
 * is of 融资担保机构, no more firms set up), and one newly grown (`新发展农民专业合作社368家、累计1853家`, Longyan 2014), not
 * 创新发展, a policy's word.
 */
export const ADDED = /新(?:增(?!长)|登记|注册|设立|成立|培育|引进|认定)|(?<!创)新发展|净增(?!长)/;

/**
 * A subject that is a difference from another amount and nothing else (`比近三年净增量之和多`, `比国家要求低`), or a rate
 * set above or below another time's (`地区生产总值年均增长11%，高于“九五”1.7个百分点，2005年达到3100亿元`, Chongqing 2006).
 */
const DIFFERENCE = /^(?:比[^，。；、]{1,30}?[多少高低]了?|[高低快慢]于[^，。；、]{1,20})$/;

/**
 * A subject that compares with an earlier time (`是“十一五”末的`, `相当于2010年的`): no indicator of its own. The total it may
 * name (Nanning 2016: `…两个台阶，总量是2010年的1.89倍`) is the indicator's before it.
 */
const COMPARISON = /^(?:总量|总额)?(?:是|为|相当于)/;
/** A multiple's own subject: the thing compared, then the earlier time (`社会消费品零售总额是2010年`): group 1 the thing. */
const COMPARED_OWN = /^(\p{Script=Han}{2,}?)(?:是|为|相当于)(?:(?:19|20)\d{2}年|“?十[一二三四五六七八九]五”?(?:时期|期间)?|上年|去年)(?:末|底)?$/u;
/**
 * A share's subject: what it measures, before 占 and the whole (`战略性新兴产业完成增加值占全市规模以上工业增加值的`), or
 * before 占 alone, the whole left unsaid (`产业项目投资占48%、增长119%`, Guyuan 2023: 产业项目投资增长, no 占增长).
 */
const SHARE_OF = /^(\p{Script=Han}{2,}?)占(?!地(?![区方]))(?:\p{Script=Han}{2,}?的?(?:比重|比例|份额)?)?$/u;

/**
 * A clause that is nothing but a multiple's nearness to an earlier level (`接近2007年的`, `超过“十一五”末的`, `近上年的`,
 * `超过上年`): group 1 is the comparison without its 的.
 */
const NEAR_EARLIER = /^((?:接近|超过|将近|近|约|逾)(?:(?:19|20)\d{2}年(?:末|底)?|“?十[一二三四五六七八九]五”?(?:时期|期)?末|上年|去年))的?$/;

