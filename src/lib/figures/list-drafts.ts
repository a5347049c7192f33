import { ADDED, type Clause, DOUBLED, emit, type Prior } from "./draft.ts";
import { cleanSubject, OF_EARLIER, PLAN_COMPARED, sliceClean, timeAlone } from "./label.ts";
import { isZoneMeasure, listItems, zoneOfMeasure } from "./lists.ts";
import type { Quantity } from "./quantity.ts";
import { readPredicate } from "./verb.ts";
import { escapeRegExp } from "../text/hygiene.ts";

/** A basis of time or head a figure is given per (`每人每月`, `每年`, the time first: `月人均`, `年人均`), or nothing. */
export const PER_BASIS = /^(?:(?:每[人户亩]|人均)?(?:每[年月日天季])?|[年月]人均)$/;
/** The basis of time (and head) ending a label: `…上调到每人每月`, `…达到月人均`. */
const PER_TIME_END = /(?:(?:每[人户亩]|人均)?每[年月日天季]|[年月]人均)$/;

/** A number of the clause after `q` that a copy garbled (`１$1.$2％`): a figure of the list that cannot be read. */
function garbledAfter(c: Clause, q: Quantity): boolean {
  return c.exclusions.some((e) => e.rule === "garbled" && e.start >= q.end && e.start < c.stretch.end);
}

/** A part of the year or the whole year, as an item of a list (`一季度`, `上半年`, `前三季度`, `1-11月`, `全年`). */
const PART_OF_YEAR = /^(?:第?[一二三四]季度|前[两二三]季度|[上下]半年|全年|(?:前|1\s*[-—～~至到]\s*)?\d{1,2}\s*个?月份?)$/;

/** An indicator that is a rate, a share or a price, whose percentage is its level or its rise, no growth of an amount. */
const RATE_NAME = /(?:率|比重|占比|比例|比率|指数|价格|涨幅|增速|增幅|强度|能耗)$/;

/** A list of places summed up by their count right after it (`藁城、鹿泉、正定、栾城四个县（市）…`, `A、B两区…`). */
const COUNTED_PLACES = /^\p{Script=Han}{2,4}(?:、\p{Script=Han}{2,4})+(?:[两二三四五六七八九十]|\d+)个?(?:县（市）|县市区|县区|县|市|区|乡镇|镇|乡)/u;

/** The year a change is measured against, named alone (`同比`, `比上年`). */
const BASIS_ALONE = /^(?:同比|[比较](?:上年|去年))$/;

/**
 * A share named bare, of no item (`占比`, `比重`, `比例`), or of a whole it names (`占规模以上工业`, `占全省的比重`).
 */
const BARE_SHARE = /^(?:占比|比重|比例|占(?!比)\p{Script=Han}{1,12}?(?:的?比重)?)$/u;

/** A pace named bare, of no item (`增幅`, `增速`). */
const BARE_PACE = /^(?:增幅|增速)$/;

/**
 * `A、B、C分别增长7%、20%、9%`: one figure per item; a subject-less `分别` takes the figures before it. `markerEnd` is
 * where the word that marks the list ends (`分别`, or `各` before a verb: `…分别达到75%、39.8%和55%，各提高了10个、3.8个和5个百分点`).
 */
export function respectively(c: Clause, qs: Quantity[], from: number, marker: number, markerEnd = marker + 2) {
  const between = sliceClean(c.text, markerEnd, qs[0]!.start, c.exclusions);
  let p = readPredicate(sliceClean(c.text, from, marker, c.exclusions) + between);
  // `地区生产总值、一般预算收入分别新增1000亿元和100亿元`, `高速公路、铁路里程分别新增867公里、634公里`: 新增 right between 分别
  // and the figures adds each amount to its item, as 净增 does, and is no level of it (`分别新增学位…` names what is added).
  // So do 增收 and 增支 (`全市大口径财政收入和公共财政预算收入均实现快速增长，同比分别增收10.2亿元和5.48亿元`, Longnan 2014):
  // the revenue or the spending each item gained, no level of it.
  const added = /^(?:新增|增收|增支)了?$/.exec(between);
  if (added && p.bare && p.subject.endsWith(added[0])) {
    p = { ...p, subject: p.subject.slice(0, -added[0].length), verb: added[0].replace(/了$/, ""), direction: "up", change: true, bare: false };
  }
  // `地方公共财政一般预算收入和支出分别完成15.91亿元和184.59亿元` (Guyuan 2016): 完成 or 实现 right between 分别 and the
  // figures is the verb of getting each done, no word of the last item (支出完成); a share of a plan done in percent
  // (`分别完成全年计划的…%`) is not read here.
  const done = /^(?:完成|实现)了?$/.exec(between);
  if (done && p.subject.endsWith(done[0]) && qs.every((q) => q.unit !== "%")) p = { ...p, subject: p.subject.slice(0, -done[0].length) };
  // `分别为34328元和12858元、增长7.6%和9.8%`: a change verb inside the list starts another round of the items.
  const turns = qs.map((q, i) => {
    const gap = i > 0 ? readPredicate(sliceClean(c.text, qs[i - 1]!.tail, q.start, c.exclusions).replace(/^[、和及与]+/, "")) : null;
    return gap && gap.subject === "" && gap.change ? gap : null;
  });
  const rounds = turns.filter(Boolean).length + 1;
  const per = qs.length % rounds === 0 ? qs.length / rounds : qs.length;
  let items: string[];
  let quoteStart = c.stretch.start;
  // `分别按增长8%、5%掌握`: 按 states the basis a plan is set on, no word of the indicator.
  // `…由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%` (State Council 2007): the verb that turns the old changes into the year's
  // names no item either; the clause before does.
  const said = cleanSubject(p.subject).replace(/^按$/, "").replace(TURNED, "");
  // `对一般公共预算收入、固定资产投资、社会消费品零售总额指标，分别按6%、9%、7.5%掌握` (Wuhai 2018): a plan set on a percentage
  // of an amount with no verb of change is the amount's growth; a rate's percentage (`城镇登记失业率…按4.5%`) is its level.
  const basisOnly = cleanSubject(p.subject) === "按" && !p.change && p.verb === "";
  // `…的情况得以改变，2016年分别突破1.5万亿元、3000亿元`: a time alone names no item, the clause before may; else none does.
  // `社会商品零售价格和居民消费价格指数上涨幅度，从连续几年的高位回落到去年的3.8%和5.3%` (Beijing 1998): a fall or rise to the
  // figures with no item of its own names none either, when the clause before lists as many.
  // So does the year compared with alone (`…均实现快速增长，同比分别增收10.2亿元和5.48亿元`, Longnan 2014), when the clause
  // before names as many items.
  const bare = timeAlone(said) || ((FROM_TO_ALONE.test(said) || BASIS_ALONE.test(said)) && namedBefore(c, per) !== null) ? "" : said;
  if (bare !== said) p = { ...p, subject: "" };
  // So does the clause right before that states no figure and lists as many items, whatever figures the sentence gave
  // before it (`…占全省的比重…提高到11.4%；地方公共财政预算收入、规模以上工业总产值跃居全省第二位，分别达到339.1亿元和
  // 6000亿元`): those figures are of other things.
  const named = bare === "" && (c.prior.length < qs.length || c.before !== undefined) ? namedBefore(c, per) : null;
  // `全省地区生产总值增速呈现“前低后高”态势，一季度、上半年、前三季度和全年分别增长5.8%、6.1%、6.3%、6.5%` (Jilin 2016): items
  // that are parts of the year and the whole year are times of the indicator the clause before names; only the whole year's
  // figure is the year's, the others keep their time in their label.
  const periods = bare !== "" && per === qs.length && c.prior.length > 0 ? bare.split(/[、和及与]/) : [];
  const timed = periods.length === per && periods.includes("全年") && periods.every((x) => PART_OF_YEAR.test(x));
  if (timed) {
    const indicator = c.prior.at(-1)!;
    items = periods.map((x) => (x === "全年" ? indicator.subject : x + indicator.subject));
    quoteStart = indicator.quoteStart;
    p = { ...p, subject: "" };
  } else if (named) {
    // `规模以上工业增加值、固定资产投资指标，分别按增长8%、5%掌握`: the clause before, which states no figure, lists them.
    items = named;
    quoteStart = c.before!.start;
    p = { ...p, subject: "" };
  } else if (bare === "" && qs.length === 1 && p.change && levelsOneByOne(c)) {
    // `实现城镇居民人均可支配收入23270元，农民人均纯收入11190元，分别增长16%` (Jiuquan 2014): one change after a subject-less
    // 分别, for the levels the sentence gave one by one before it, is each one's.
    const levels = levelsOneByOne(c)!;
    items = levels.map((b) => b.subject);
    quoteStart = levels[0]!.quoteStart;
    qs = items.map(() => qs[0]!);
  } else if (doubledItems(c, bare, per)) {
    // `城乡居民人均可支配收入均比2010年翻了一番，年均分别增长7.2%和8.8%`: the items are those the clause before says doubled.
    items = doubledItems(c, bare, per)!;
    quoteStart = c.before!.start;
  } else if (qs.length === 1 && p.change && YEARLY_OR_REAL.test(overLast(bare)) && listedBefore(c)) {
    // `城镇居民人均可支配收入和农民人均纯收入分别达到14180元和3400元左右，比上年实际增长7%和9%左右，年均分别增长8.3%`
    // (Guizhou 2011): one yearly average after a subject-less 分别, for the items the sentence listed before it, is each
    // one's, as with `均`; not the last item's alone.
    const listed = listedBefore(c)!;
    items = listed.map((b) => b.subject.replace(LEVEL_MODE_END, "") + overLast(bare));
    quoteStart = listed[0]!.quoteStart;
    qs = items.map(() => qs[0]!);
  } else if (bare !== "" && YEARLY_OR_REAL.test(overLast(bare)) && namedBefore(c, per)) {
    // `城镇居民人均可支配收入和农民人均纯收入，年均分别增长11.6%和6.4%` (Anhui 2006): the clause right before, which states
    // no figure, names the items; the yearly average (or real growth) after it is each one's, as with no comma.
    items = namedBefore(c, per)!.map((item) => item + overLast(bare));
    quoteStart = c.before!.start;
  } else if ((YEARLY_OR_REAL.test(overLast(bare)) || PLAN_COMPARED.test(bare) || (MULTIPLE_OF_EARLIER.test(bare) && qs.length > 1 && per === qs.length)) && c.prior.length >= qs.length) {
    // `…分别由…增加到30780元、12200元，年均分别增长7.3%和8.8%`: the items are the figures before; so in
    // `城镇居民人均可支配收入20938元，农民人均纯收入8926元，分别实际增长6.4%和10.5%`, each its real growth, and
    // in `…，分别比上年实际增长11.8%和13.4%` too: the year compared with is no word of the items.
    // A multiple of an earlier level before them (`…，是2016年的1.4倍和1.7倍，年均分别增长7.3％和11.4％`) is no word of theirs.
    // Levels after the real yearly growths of the same items (`…农民人均纯收入年均实际增长9.9%，2005年分别达到17650元和
    // 7850元`, Beijing 2006) are no average and no real change: how the change was measured is no word of theirs.
    const mode = p.change ? YEARLY_END : LEVEL_MODE_END;
    // Levels the items reach after the amounts added to them (`新增主营业务收入过亿元企业58户、过10亿元企业14户，分别达646户、
    // 45户`, Jiujiang 2014) are the stocks the additions bring them to, no additions, as with one item (`净增407户，达1259户`).
    const item = (b: Prior) => {
      const own = b.subject.replace(mode, "").replace(OF_EARLIER, "");
      return p.change ? own : own.replace(ADDED, "");
    };
    // Each item told with its level and its growth before (`城市居民年人均生活费收入9379.12元，比上年增长9.66%;农村居民年人均
    // 纯收入5163.48元，增长15.19%;扣除价格因素后，分别增长1.35%和9.7%`, Guangzhou 1997): the items are the last distinct
    // ones, in their order, not the last item's two figures.
    // So are the multiples of an earlier level after a subject-less 分别 (`地区财政总收入和一般公共预算收入达到593.42亿元和185.19亿元，
    // 分别是2010年的1.95倍和2.55倍`, Lanzhou 2016: 地区财政总收入是2010年, not 是2010年 twice).
    // A multiple of an earlier level stated in between with no item of its own (`城镇居民人均可支配收入由10859元提高到19831元，
    // 农民人均纯收入由3181元提高到6180元，分别是2007年的1.8倍和1.9倍，年均分别增长12.8%和14.2%`, Ningxia 2013) names none.
    const distinct: Prior[] = [];
    for (const b of [...c.prior].reverse()) {
      if (distinct.length < qs.length && item(b) !== "" && !distinct.some((d) => item(d) === item(b))) distinct.unshift(b);
    }
    const before = distinct.length === qs.length ? distinct : c.prior.slice(-qs.length);
    items = before.map((b) => item(b) + overLast(bare));
    quoteStart = before[0]!.quoteStart;
  } else if (TOTAL_ALONE.test(bare) && !p.change && qs.length > 1 && per === qs.length && totalsOfAdded(c, per)) {
    // `净增高新技术企业1800家、科技型中小企业2500家，总数分别突破1.5万家和1.9万家` (Xi'an 2025): the totals after 分别 are
    // those of the things the clause before adds, in their order (高新技术企业总数, 科技型中小企业总数), not all of the last.
    const before = c.prior.slice(-per);
    items = before.map((b) => b.subject.replace(ADDED, "") + bare);
    quoteStart = before[0]!.quoteStart;
  } else if ((BARE_SHARE.test(bare) || BARE_PACE.test(bare)) && qs.length > 1 && c.prior.length >= qs.length && new Set(c.prior.slice(-qs.length).map((b) => b.subject)).size === qs.length) {
    // `年内高新技术产业产值、新兴产业产值分别达到1500亿元和1000亿元，占比分别提高2个和1个百分点` (Jining 2014): a bare share
    // after 分别 is each share of the items whose levels the sentence gave before it, in their order; so is a share of a
    // whole it names (`主营业务收入3250亿元、利税220亿元，分别占规模以上工业的33%和29%`, Linyi 2016), and a bare pace
    // (`全市生产总值突破千亿元大关，财政总收入跨越百亿元关口，增幅分别达到44.1%和78.2%`, Ankang 2021: 生产总值增幅,
    // 财政总收入增幅, not all of the last item's).
    const before = c.prior.slice(-qs.length);
    items = before.map((b) => b.subject.replace(LEVEL_MODE_END, "") + bare);
    quoteStart = before[0]!.quoteStart;
  } else if (qs.length === 1 && new Set(listItems(p.subject, null)).size > 1 && garbledAfter(c, qs[0]!)) {
    // `其中一、二、三产业分别增长６％、１$1.$2％、１$1.$2％` (Harbin 2003): the later items' figures are there but lost to a
    // copy's garbling, so the one read is the first item's alone.
    items = listItems(p.subject, null).slice(0, 1);
  } else if (qs.length === 1 && COUNTED_PLACES.test(cleanSubject(p.subject))) {
    // `年内，藁城、鹿泉、正定、栾城四个县（市）分别新建2个10亿元以上项目` (Shijiazhuang 2013): places listed and summed up by
    // their count are who, each, do what the one figure says: one figure, of each, labelled with the whole list.
    items = [cleanSubject(p.subject)];
  } else if (qs.length === 1 && new Set(listItems(p.subject, null)).size > 1) {
    // `游客人数、旅游收入分别增长20%`: one figure for several items is each item's, as with `均`.
    items = listItems(p.subject, null);
    qs = items.map(() => qs[0]!);
  } else if (p.change && bare !== "" && qs.length > 1 && per === qs.length && new Set(listItems(p.subject, per)).size < per && namedBefore(c, per)) {
    // `民营企业和小微企业加快发展，规模以上工业总产值分别增长17.8%和17.1%` (Guangzhou 2014): one indicator named for several
    // changes is that of each of the items the clause before lists, which states no figure: no change of the whole.
    items = namedBefore(c, per)!.map((item) => item + bare);
    quoteStart = c.before!.start;
  } else if (p.change && qs.length > 1 && per === qs.length && isZoneMeasure(cleanSubject(bare)) && zonesBefore(c, per)) {
    // `经开区、高新区、苏银产业园和永宁、贺兰工业园区工业增加值分别增长6.5%、10%、15%、6.5%、7%以上，固定资产投资分别增长10%、
    // 6%、8%、6%、8%以上` (Yinchuan 2026): a zones' measure named alone for as many changes as the zones the clause before
    // gave theirs is each zone's in their order (经开区固定资产投资), no change of the whole place's.
    const before = c.prior.slice(-per);
    items = zonesBefore(c, per)!.map((zone) => zone + cleanSubject(bare));
    quoteStart = before[0]!.quoteStart;
  } else if (qs.length > 1 && per === qs.length && new Set(listItems(p.subject, per)).size < per && countedItems(c, per, sliceClean(c.text, from, marker, c.exclusions), p.subject)) {
    // `50个省重点项目、438个市重点项目分别完成年度目标任务的110%、106%` (Yiyang 2025): items listed each with its count before
    // it are the items the figures after 分别 are of, in their order; the words after the last item are every item's.
    const counted = c.prior.slice(-per);
    const rest = p.subject.slice(counted.at(-1)!.subject.length);
    items = counted.map((b) => cleanSubject(b.subject + rest));
  } else {
    // `地区生产总值和财政收入分别是2015年的1.5倍和2倍`: the time compared with after 分别 is every item's, not the last's.
    const after = sliceClean(c.text, markerEnd, qs[0]!.start, c.exclusions);
    const compared = /^(?:是|为|相当于)[^，；。]*的$/.test(after) ? cleanSubject(after) : "";
    const own = compared ? readPredicate(sliceClean(c.text, from, marker, c.exclusions)).subject : "";
    const split = compared && cleanSubject(own) ? listItems(own, per) : null;
    items = split && new Set(split).size === per ? split.map((item) => item + compared) : listItems(p.subject, per);
  }
  const last = qs.at(-1)!;
  let pred = p;
  qs.forEach((q, i) => {
    const turn = turns[i];
    if (turn) pred = { ...pred, verb: turn.verb, direction: turn.direction, change: true, qualifier: turn.qualifier ?? pred.qualifier };
    const unit = q.unit !== last.unit && last.unit.startsWith(q.unit) ? last.unit : q.unit;
    // A bound after the last item is every item's (`分别达93%、95%以上`), but not an earlier item's of the same figure, which
    // the words set apart from it (`城镇居民人均可支配收入、农民人均纯收入分别增长10%和10%以上`, Shanxi 2012: the first exactly 10%).
    // Among other figures, the same figure is set apart by nothing (`固定资产投资、社会消费品零售总额、进出口总额分别增长6%、5%、
    // 6%左右`, Ningxia 2024: each about its figure).
    const same = q !== last && q.value === last.value && q.unit === last.unit && q.qualifier === null && qs.every((x) => x.value === last.value);
    // Nor is it when an earlier item writes a bound of its own: each item then says its own, and one with none is exact
    // (`市区、县（市）、农村生活垃圾无害化处理率分别达到100%、75%以上、65%以上`, Hangzhou 2008: the city's exactly 100%).
    const ownBounds = q !== last && qs.slice(0, -1).some((x) => x.qualifier !== null);
    const qualifier = q.qualifier ?? (same || ownBounds ? null : last.qualifier) ?? pred.qualifier;
    // An item given per its own time (`每人每月388元和每人每年2572元`) is labelled with it, not with the first item's.
    const own = i > 0 ? sliceClean(c.text, qs[i - 1]!.tail, q.start, c.exclusions).replace(/^[、和及与]+/, "") : "";
    const item = items[i % items.length]!;
    const grown = basisOnly && unit === "%" && !RATE_NAME.test(item) ? { ...pred, verb: "增长", direction: "up" as const, change: true, bare: false } : pred;
    emit(c, { ...q, unit, qualifier }, own && PER_BASIS.test(own) && PER_TIME_END.test(item) ? item.replace(PER_TIME_END, own) : item, grown, quoteStart);
  });
}

/** A multiple's earlier level alone, how it is counted perhaps before it (`是2010年`, `按可比口径计算是2000年`). */
const MULTIPLE_OF_EARLIER = new RegExp(String.raw`^(?:按[^，；。]{1,8}计算)?` + OF_EARLIER.source);

/** A total alone as the subject of a list (`总数分别突破…`). */
const TOTAL_ALONE = /^(?:总数|总量)$/;

/**
 * Whether the last `per` figures before are the amounts added of as many distinct things, the first named as added
 * (`净增高新技术企业1800家、科技型中小企业2500家`): the things a list of totals after them is of.
 */
function totalsOfAdded(c: Clause, per: number): boolean {
  const before = c.prior.slice(-per);
  return before.length === per && ADDED.test(before[0]!.subject) && new Set(before.map((b) => b.subject.replace(ADDED, ""))).size === per && before.every((b) => b.subject.replace(ADDED, "") !== "");
}

/** A count and its measure word before an item of a list (`50个`, `438个`). */
const COUNT = String.raw`\d+(?:\.\d+)?(?:[个项家所座条户批])`;

/**
 * Whether the clause's words before 分别 are the last of items the stretch lists each after its count (`50个省重点项目、
 * 438个市重点项目分别…`): the last `per` figures before are those counts, each of a distinct item, joined by 、 or 和, the
 * words before 分别 (`before`) are the last item alone, and the subject read across 分别 goes on past it.
 */
function countedItems(c: Clause, per: number, before: string, subject: string): boolean {
  const counted = c.prior.slice(-per);
  if (counted.length !== per || new Set(counted.map((b) => b.subject)).size !== per || counted.some((b) => b.stated || b.subject === "")) return false;
  // The words after the last item are every item's: with none apart from it (`18个省级特色专业镇营业收入预计分别…`, Shanxi
  // 2025, the last item read with its indicator), the items and their shared words cannot be told apart.
  const last = counted.at(-1)!.subject;
  if (before !== last || !subject.startsWith(last) || subject.length === last.length) return false;
  const listed = new RegExp(`^${counted.map((b) => `${COUNT}${escapeRegExp(b.subject)}`).join("[、和及与]")}`, "u");
  return listed.test(c.text.slice(c.stretch.start));
}

/**
 * Whether the figures the sentence gave before the clause are levels, no percentage nor change, each of a subject of its
 * own (two to four of them): the items a lone change after 分别 is each one's.
 */
function levelsOneByOne(c: Clause): Prior[] | null {
  // Only the levels since the last semicolon: one before it closes another item of a list of targets (`…社会消费品零售总额
  // 637亿元，增长16%；城镇居民人均可支配收入22211元，农民人均纯收入6922元，分别增长12%左右`, Ningxia 2013).
  const cut = Math.max(c.text.lastIndexOf("；", c.stretch.start), c.text.lastIndexOf(";", c.stretch.start));
  const levels = c.prior.filter((b) => b.quoteStart > cut);
  const n = levels.length;
  if (n < 2 || n > 4 || levels.some((b) => b.stated) || new Set(levels.map((b) => b.subject)).size !== n) return null;
  const before = c.text.slice(levels[0]!.quoteStart, c.stretch.start);
  return /[%％‰]|增长|下降|提高|降低|增加|减少|分别/.test(before) ? null : levels;
}

/**
 * The two to four items the sentence listed just before the clause, quoted from one place (`…分别达到14180元和3400元左右，
 * 比上年实际增长7%和9%左右`): each once, without how its change was measured (`实际`); null unless the last figures before
 * were such a list.
 */
function listedBefore(c: Clause): Prior[] | null {
  const last = c.prior.at(-1);
  if (!last) return null;
  const own = (b: Prior) => b.subject.replace(LEVEL_MODE_END, "");
  const distinct: Prior[] = [];
  for (const b of c.prior) {
    if (b.quoteStart === last.quoteStart && !distinct.some((d) => own(d) === own(b))) distinct.push(b);
  }
  return distinct.length >= 2 && distinct.length <= 4 && distinct.every((b) => own(b) !== "" && !b.stated) ? distinct : null;
}

/**
 * The items of a yearly average or a real change with no item of its own, when the clause right before names them as
 * having doubled and states no figure (`城乡居民人均可支配收入均比2010年翻了一番`): each item with the words of the change;
 * null when that clause names no doubling or not as many items.
 */
function doubledItems(c: Clause, bare: string, n: number): string[] | null {
  if (!c.before || !YEARLY_OR_REAL.test(bare)) return null;
  const doubled = DOUBLED.exec(sliceClean(c.text, c.before.start, c.before.end, c.exclusions));
  const items = doubled ? listItems(cleanSubject(doubled[1]!), n) : [];
  return items.length === n && new Set(items).size === n ? items.map((item) => item + bare) : null;
}

/**
 * The words a change of items named before may open with, and no item of its own: its yearly average, real or nominal
 * or at comparable prices, or both (`年均实际分别递增5.5%和4.8%`).
 */
/** A price basis opening a change (`扣除价格因素`, `按可比价格计算`): how it is measured, no word of the items. */
const PRICE_BASIS = /^(?:按可比(?:价格?|口径)(?:计算)?|(?:扣除|剔除)(?:物价|价格)因素(?:后)?)[，,]?/;

const YEARLY_OR_REAL = /^(?:(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间)?)?(?:年均|平均每年|每年平均)?(?:实际|名义|可比)?$/;

/** The words of a yearly average closing a subject (`年均`, `平均每年`). */
const YEARLY_END = /(?:年均|平均每年|每年平均)$/;
/** How a change was measured closing a subject (`年均`, `实际`, `年均实际`), none of a level's words. */
const LEVEL_MODE_END = /(?:(?:年均|平均每年|每年平均)(?:实际|名义)?|(?<=\p{Script=Han}{2})(?:实际|名义))$/u;

/**
 * A growth's subject without the year it is compared with: `比上年实际` → 实际; nor the one year of the items' change after
 * their average (`…平均每年分别增长10.8%和12.7%，其中2002年比上年分别增长12.3%和13.2%`), which the time span reads; nor
 * the price basis it is measured on (`…农民人均纯收入2659元，扣除价格因素年均分别增长5.8%和7.4%`, Shandong 2001), which
 * says how, not of what.
 */
const overLast = (subject: string) => subject.replace(PRICE_BASIS, "").replace(/^(?:其中)?(?:(?:19|20)\d{2}年)?(?=比上年|比去年|较上年|较去年|同比)/, "").replace(/^(?:比上年|比去年|较上年|较去年|同比)/, "");

/**
 * The items of a `分别` list whose clause names none, named by the clause before it when that one states no figure and
 * lists as many (`规模以上工业增加值、固定资产投资、一般公共预算收入、社会消费品零售总额指标，分别按增长8%、5%、2%、5%掌握`),
 * without the word that sums them up (`指标`, `等主要指标`) or says how they fared (`快速增长`); null otherwise.
 */
function namedBefore(c: Clause, n: number | null): string[] | null {
  if (!c.before) return null;
  const subject = cleanSubject(sliceClean(c.text, c.before.start, c.before.end, c.exclusions))
    // `对一般公共预算收入、固定资产投资、社会消费品零售总额指标，分别按…掌握` (Wuhai 2018): 对 introduces the indicators, no word of the first.
    .replace(/^对(?!外)(?=.*指标$)/, "")
    .replace(/(?:等|这)?(?:几项|四项|主要|预期性)?指标$/, "")
    // `旅游接待总人数和旅游综合收入快速增长，分别达到…`: how they fared is no word of them.
    // Nor is the growth both achieved (`大口径财政收入和公共财政预算收入均实现快速增长，…`, Longnan 2014).
    .replace(/(?:均|都|双双)?(?:实现了?)?(?:快速|较快|稳步|持续|大幅|平稳)?(?:增长|提高|上升|回升)$/, "")
    // `民营企业和小微企业加快发展，…分别增长…`: nor is how they grow.
    .replace(/(?:加快|快速|较快|稳步|持续|健康|蓬勃)发展$/, "")
    // `规模以上工业总产值和增加值多年徘徊不前的情况得以改变，…分别突破…`: the state that ended is no word of them either.
    .replace(/(?:多年|长期|一直|连续多年)[^、和及与]*的(?:情况|局面|状况)(?:得以|得到|已经|已)?(?:改变|扭转|打破)$/, "")
    // `…规模以上工业总产值跃居全省第二位，分别达到…`: their rank is no word of them.
    .replace(/(?:跃居|跃升至|位居|位列|居)(?:全[省市国区州])?第[一二三四五六七八九十\d]+位$/, "")
    // `金融机构存贷款余额均突破千亿大关，分别为1305.9亿元、1081.7亿元` (Xiangxi 2021): the milestone both passed, in words,
    // is no word of them either, nor is it written as a round sum in words (`金融机构人民币存贷款余额均突破万亿元，分别达到
    // 13612亿元和11284.2亿元`, Inner Mongolia 2013).
    .replace(/(?:均|都|双双)?(?:已经?)?(?:突破|跨越|迈上|迈过|越过)(?:[^、和及与]*(?:大关|台阶|关口)|[十百千万亿]{1,2}亿?(?:美元|元))$/, "")
    .replace(/(?<=存贷款余额)(?:均|都|双双)$/, "")
    // `化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%`: the old changes the clause gave them are no word of them.
    .replace(/(?:已|又)?[由从][^由从]*\d[^由从]*$/, "");
  // The one word for deposits and loans names two items (存款, 贷款), as a list does. So does 城乡 before two figures, the
  // towns' and the countryside's (`城乡低保对象最低生活保障人均补差水平，分别从每月554元、251元提高到609元、276元`, Meizhou 2020).
  const towns = n === 2 && subject.replace(WHOLE_PLACE, "").startsWith("城乡");
  if (!/[、和及与]/.test(subject) && !(n === 2 && subject.includes("存贷款")) && !towns) return null;
  const items = listItems(subject, n);
  return new Set(items).size === (n ?? Math.max(2, items.length)) ? items : null;
}

/**
 * `城乡居民人均可支配收入均增长8%`, `创建市级示范合作社、示范家庭农场各20家`, `旅游人次和收入双双增长20%以上`: the one
 * figure applies to each named item. `after` is where the word that says so ends.
 */
export function each(c: Clause, q: Quantity, from: number, marker: number, after: number) {
  // `双破千亿元` is `双双突破千亿元` said short (Urumqi 2026): each passed it.
  let p = readPredicate(sliceClean(c.text, from, marker, c.exclusions) + sliceClean(c.text, after, q.start, c.exclusions).replace(/^(?:要|将)?(?:保持|在)?/, "").replace(/^破$/, "突破"));
  // `游客人数、旅游收入均保持20%以上的增速`: the rate named after the figure is a growth.
  if (/^的(?:增速|增长|增幅)/.test(c.text.slice(q.tail))) p = { ...p, verb: "增长", direction: "up", change: true, bare: false };
  // `实现总产值502亿元、进出口总额140亿元，均增长10%`: a 均 with no subject of its own is each of the figures of the
  // clause before it, when they name different things.
  const last = c.prior.at(-1);
  let before = last && cleanSubject(p.subject) === "" ? c.prior.filter((x) => x.quoteStart === last.quoteStart) : [];
  // `全年接待国内外游客3300万人次，实现旅游总收入450亿元，均增长30%`: one figure in the clause before, and one in the
  // clause before that, both levels, are the two that 均 speaks of.
  const earlier = before.length === 1 ? c.prior.filter((x) => x.quoteStart < last!.quoteStart) : [];
  const start = earlier.at(-1)?.quoteStart;
  if (start !== undefined && earlier.filter((x) => x.quoteStart === start).length === 1 && !/增|降|减|提高|%|％/.test(c.text.slice(start, marker))) {
    before = [...earlier.filter((x) => x.quoteStart === start), ...before];
  }
  // `全省城市污水处理率和生活垃圾无害化处理率，均要提高2个百分点` (Heilongjiang 2007): with no figure before it in the sentence,
  // a 均 with no subject of its own is each of the items the clause before lists, when that clause states no figure.
  const listed = before.length === 0 && c.prior.length === 0 && cleanSubject(p.subject) === "" ? namedBefore(c, null) : null;
  if (listed) {
    for (const item of listed) emit(c, q, item, p, c.before!.start);
    return;
  }
  const subjects = [...new Set(before.map((x) => x.subject.replace(/年均$/, "")))];
  if (subjects.length > 1) {
    for (const subject of subjects) emit(c, q, subject, p, before[0]!.quoteStart);
    return;
  }
  for (const item of listItems(p.subject, null)) emit(c, q, item, p, c.stretch.start);
}

/**
 * `均` or `双双` before a figure, `各` right before it (`示范家庭农场各20家`), `都在` (`产值增长都在20%以上`) or `都` before
 * the verb (`城镇居民人均可支配收入和农民人均纯收入年均都增长6%`, Shandong 2001; a modal between, `二氧化硫、化学需氧量排放量
 * 都要减少2%`, State Council 2014): the one figure
 * applies to every item named before it; so it does after the time it is measured against (`金融机构存、贷款余额分别完成
 * 2222.6亿元、1203.6亿元，均比年初增长29.8%`, Zunyi 2014), and so it does when a copy spaces the figure off
 * (`城镇和农村常住居民人均可支配收入均增长 8%`, Siping 2016). Not 均 of an average per head, per mu or per household
 * (`确保户均1人以上稳定就业`, Qiandongnan 2018: the people in work per household, no list), nor of an average per village
 * (`省定经济薄弱村集体经营性收入村均超过23.9万元`, Suqian 2019), a month or a day (`企业退休人员基本养老金月均增加127元`, Yingkou
 * 2021: the rise of each one's monthly pension). A round count in words is a figure too (`铁路、航空客运量双双
 * 超过千万人次`, Ningxia 2026).
 */
export const EACH =
  /(?:(?<![亩人年平户村月日])均|双双|双(?=破)|(?<![与同跟][^，,；;。]{0,10})同步)(?=(?:要|将)?(?:同比|比(?:上年|去年|年初|上年末|上年同期|去年同期))?(?:累计)?(?:增长|下降|减少|削减|增加|提高|降低|达到|达|为|控制在|超过|突破|破|保持)?\s*(?:\d|[百千万]亿|[十百千]万人))|(?<![每])各(?=\s*\d)|(?<![成首京])都(?=(?:要|将)?(?:在|达到|超过|增长|提高|下降|减少|降低)\s*\d)/;


/**
 * `城乡居民人均可支配收入42996元、20008元`: two figures of one unit joined by 、 or 和 after a 城乡 subject are the
 * towns' and the countryside's; `粮食种植面积、产量稳定在302.5万亩、104.1万吨以上`: figures joined by 、 or 和 after
 * a subject that lists as many items are one each, as with `分别`. The index of the first and their number, or null.
 */
/** The whole place before a subject (`全省`, `全市`): the place the report is of, no item of a list. */
const WHOLE_PLACE = /^全(?:省|市|区|州|县|自治区)/;

/**
 * A fall or rise from a level in words to the figures, naming no item (`从连续几年的高位回落到去年的`): no digit, no list,
 * only the from-phrase, the verb and the time the figures are of.
 */
const FROM_TO_ALONE = /^[从由][^\d、和及与，,；;]{1,12}(?:回落|下降|降低|降|回升|上升|提高|升)(?:到|至)(?:去年|上年|今年|当年)?的?$/;

/** A verb that turns the changes of earlier years the clause before names into the year's (`转为`, `减为`), alone. */
export const TURNED = /^(?:转为|减为)$/;

export function unmarkedList(c: Clause, qs: Quantity[]): { at: number; n: number } | null {
  for (let k = 0; k < qs.length - 1; k++) {
    let n = 1;
    // A copy that spaces its numbers may space the 、 too (`26820 元、 8687 元`).
    while (k + n < qs.length && /^\s*[、和]\s*$/.test(c.text.slice(qs[k + n - 1]!.tail, qs[k + n]!.start))) n++;
    if (n < 2) continue;
    const before = sliceClean(c.text, qs[k - 1]?.tail ?? c.stretch.start, qs[k]!.start, c.exclusions);
    const predicate = readPredicate(before);
    const subject = cleanSubject(predicate.subject);
    // `城镇居民人均可支配收入17175元，农村居民人均纯收入5153元，实际增长9.8%和8.5%`: changes with no subject of their
    // own after as many figures of different things are one each, as after `分别`.
    const prior = c.prior.slice(-n);
    if (k === 0 && n === qs.length && predicate.change && YEARLY_OR_REAL.test(subject) && prior.length === n && new Set(prior.map((x) => x.subject)).size === n) {
      return { at: k, n };
    }
    // The whole place named before it is no item (`全省城乡居民人均可支配收入达到30548元和12881元`, Hebei 2018).
    if (subject.replace(WHOLE_PLACE, "").startsWith("城乡")) {
      if (n === 2 && qs[k]!.unit === qs[k + 1]!.unit) return { at: k, n };
      continue;
    }
    if (/[、和]/.test(subject) && new Set(listItems(subject, n)).size === n) return { at: k, n };
    // `化学需氧量、二氧化硫排放量由上年分别增长5.6%和13.1%，减为增长1.2%和1.8%` (State Council 2007): the year's changes after
    // the verb that turns the old ones into them are one each of the items the clause before lists, as after `分别`.
    if (k === 0 && TURNED.test(subject) && c.before && namedBefore(c, n)) return { at: k, n };
    // So are the yearly averages of the items the clause before lists and gives no figure of (`市预算内财政收入和财政支出，
    // 五年平均每年增长11.79%和15.05%`, Guangzhou 1993), as after `分别`: one each, not two of nothing.
    if (k === 0 && n === qs.length && predicate.change && subject !== "" && YEARLY_OR_REAL.test(subject) && c.before && namedBefore(c, n)) return { at: k, n };
    // So are the levels a fall or rise with no item of its own ends at (`社会商品零售价格和居民消费价格指数上涨幅度，从连续几年的
    // 高位回落到去年的3.8%和5.3%`, Beijing 1998): the items' levels, one each.
    if (k === 0 && n === qs.length && FROM_TO_ALONE.test(subject) && c.before && namedBefore(c, n)) return { at: k, n };
    // So are two amounts after the one word for deposits and loans (`全市金融机构本外币存贷款余额1759.04亿元和1056.05亿元`,
    // Jiujiang 2014): the deposits', then the loans', as after `分别`.
    if (n === 2 && subject.includes("存贷款") && qs[k]!.unit === qs[k + 1]!.unit && new Set(listItems(subject, n)).size === n) return { at: k, n };
    k += n - 1;
  }
  return null;
}

/** The zones of the last `n` figures before, distinct and each named before a measure of zones; null otherwise. */
function zonesBefore(c: Clause, n: number): string[] | null {
  if (c.prior.length < n) return null;
  const zones = c.prior.slice(-n).map((b) => zoneOfMeasure(cleanSubject(b.subject)));
  return zones.every((z): z is string => z !== null) && new Set(zones).size === n ? zones : null;
}
