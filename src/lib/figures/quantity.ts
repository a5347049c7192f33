import { INDEX_UNIT, isMagnitude, readUnit, unitScale } from "./units.ts";
import { TextCache } from "../text/cache.ts";

/** How a figure is bounded: 左右/约 → approx; 以上/超过/余 → at_least; 以内/控制在 → at_most. */
export type Qualifier = "approx" | "at_least" | "at_most";

/** A number with its unit as written: `6%`, `6.5%—7%`, `14:43:43`, `7400余个`, `持平`. */
export interface Quantity {
  /** Offset of the first digit (of `持平`, of `百分之` in a percentage written in words). */
  start: number;
  /** End of the figure as written (number, range or ratio and its unit): the span the reader marks up. */
  end: number;
  /** End including a trailing qualifier (`左右`, `以上`, `以内`, `内`). */
  tail: number;
  value: number | number[] | null;
  min: number | null;
  max: number | null;
  unit: string;
  /** Qualifier written inside or after the figure (`余`, `左右`, `以上` …); leading words are read elsewhere. */
  qualifier: Qualifier | null;
}

const NUMBER = /\d+(?:\.\d+)?/y;
/**
 * A number whose digits a PDF or OCR copy set apart (`6 5 0亿元`, `1 6 5 4元`, `2 1平方米`, `1 000万吨`): a single
 * digit, then groups of digits after one space each, not at the start of its text. Numbers of two or more digits
 * side by side (a table's cells: `105.1 102.3`) stay apart.
 */
const SPACED_DIGITS = /\d(?: \d+)+(?:\.\d+)?(?!\d)/y;
/**
 * A decimal point a space follows or precedes (`24. 8%`, `2608 .7万头`, where a copy broke the line), or both
 * (`全年发放创业贷款8 . 89亿元`, `比上年增长181 . 6%`, Rizhao 2016), read as the number's decimals unless the number
 * opens its text (`1. 3项…`, a list item).
 */
const SPACED_DECIMALS = /(?:\. | \. ?)(\d+)/y;
/** A number whose thousands are set apart by commas (`26，530`, `1,234.5`): groups of three digits after the first. */
const GROUPED = /[1-9]\d{0,2}(?:[,，]\d{3})+(?:\.\d+)?(?![\d.])/y;

/**
 * The number at `start`, the first digit of its run, written with its thousands set apart by commas and followed by its
 * unit (`26，530元`), or null: a list's numbers a comma parts (`1，2`, `2014，2015年`) are no such number.
 */
export function groupedAt(text: string, start: number): string | null {
  if (/\d/.test(text[start - 1] ?? "")) return null;
  const m = at(GROUPED, text, start);
  return m && readUnit(text, start + m[0].length) ? m[0] : null;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** Whether the comma at `i` sets apart the thousands of a number ({@link groupedAt}), ending no clause. */
export function thousandsComma(text: string, i: number): boolean {
  // Digits on both sides first, tested by code: the clauses' split asks this of every comma.
  if (!isDigit(text.charCodeAt(i - 1)) || !isDigit(text.charCodeAt(i + 1))) return false;
  let start = i - 1;
  while (start > 0 && /[\d,，]/.test(text[start - 1]!)) start--;
  const m = groupedAt(text, start);
  return m !== null && start + m.length > i;
}
/** The rest of a number of two or more digits after one space (`39 8亿元`), to its unit. */
const SPACED_REST = /(?: \d{1,3})+(?:\.\d+)?(?![\d.])/y;

/**
 * A word or a list's 、 a figure follows in a clause (`支出235.亿元`, `12.‰、5.‰`), not the mark a list item's number
 * follows (`：1.`, `。2.`).
 */
const WORD_BEFORE = /^[\p{Script=Han}、]$/u;

/** The number at `start` as written, and its value (spaces inside it left out). */
function readNumber(text: string, start: number, opens: boolean): { raw: string; value: number } | null {
  // At the start of its text a digit and a space number a list item or a table row (`1 200个…`), as in unitAt.
  const spaced = opens ? null : at(SPACED_DIGITS, text, start);
  if (spaced) return { raw: spaced[0], value: Number(spaced[0].replace(/ /g, "")) };
  const plain = at(NUMBER, text, start);
  if (!plain) return null;
  const end = start + plain[0].length;
  // Thousands set apart by commas, full width or not, before the number's unit (`城镇常住居民人均可支配收入26，530元`,
  // `开工建设12，984套安置房`, Haikou 2015): one number, not 26 and then 530 yuan.
  const grouped = text[end] === "，" || text[end] === "," ? groupedAt(text, start) : null;
  if (grouped) return { raw: grouped, value: Number(grouped.replace(/[,，]/g, "")) };
  // Two or more digits a word leads to, then the rest of the number after a space, then its unit (`完成投资39 8亿元`,
  // `接待游客19 00多万人次`: an OCR copy's gap): one number. Not after a space (`城镇新增就业 12 34万人`, a table's cells).
  const rest = !opens && !plain[0].includes(".") && /\p{Script=Han}/u.test(text[start - 1] ?? "") ? at(SPACED_REST, text, end) : null;
  const restEnd = end + (rest?.[0].length ?? 0);
  if (rest && (readUnit(text, restEnd) || (/[多余]/.test(text[restEnd] ?? "") && readUnit(text, restEnd + 1)))) return { raw: plain[0] + rest[0], value: Number((plain[0] + rest[0]).replace(/ /g, "")) };
  const decimals = !opens && !plain[0].includes(".") ? at(SPACED_DECIMALS, text, end) : null;
  if (decimals) return { raw: plain[0] + decimals[0], value: Number(`${plain[0]}.${decimals[1]}`) };
  // A point whose decimals a copy lost (`公共财政预算支出235.亿元`, `增长7.%`): the number as far as it is written, when
  // words lead to it and its unit follows the point; not an item's number after a clause (`主要是：1.个体工商户…`).
  if (!opens && !plain[0].includes(".") && text[end] === "." && WORD_BEFORE.test(text[start - 1] ?? "") && readUnit(text, end + 1)) {
    return { raw: `${plain[0]}.`, value: Number(plain[0]) };
  }
  return { raw: plain[0], value: Number(plain[0]) };
}
/**
 * A ratio (`14:43:43`); a space a PDF copy set beside a colon is a word joiner in the copy read (asciiDigits). A point
 * whose decimals a copy lost (`27.：28.：44.`) ends its number; one a space follows before its decimals, as in the copy's
 * other numbers (`由1995年的15. 1∶50. 2∶34.7变化到2000年的10.4∶51. 1∶38. 5`, Guangdong 2001), is read with them.
 */
const RATIO = /\d+(?:\.\d+|\. \d+|\.(?!\d))?(?:\u2060?[:：]\u2060?\d+(?:\.\d+|\. \d+|\.(?!\d))?)+/y;
/**
 * The words before a ratio of two incomes written as its first term alone (`城乡居民收入比缩小到1.77`, `收入比由2.09缩小至1.9`,
 * `城乡居民收入比下降到2.7左右`): its old value after 由, or a verb of reaching a level.
 */
const BARE_RATIO_BEFORE = /收入之?比(?:值)?(?:由(?:\d+(?:\.\d+)?(?:[:：]1)?)?$|(?:由\d+(?:\.\d+)?(?:[:：]1)?)?(?:进一步|持续|逐步)?(?:缩小|下降|降低|缩减|降|调整|保持|控制)(?:到|至|为|在)$)/;
/**
 * The dash of a range; web copies also write it with U+2015 (`9%―10%`) or box drawing U+2500 (`9%─10%`), and a copy of
 * an older report with the numeral 一 typed for it, a digit right after (`销售收入分别达到800一2000多亿元`,
 * `比例每年提高10%一1 5%`, Shanxi 2006).
 */
const DASH = /\s*(?:[—–－~～―─]+|-|至|到|一(?=\d))\s*/y;
const TRAILING: [RegExp, Qualifier][] = [
  [/左右/y, "approx"],
  [/以上/y, "at_least"],
  // An older report's words for a floor (State Council 1998: `今年全社会固定资产投资预定增长10%或者更多一些`).
  [/(?:或者?更多(?:一些|一点)?|或更高)(?=[，,。；;）)]|$)/y, "at_least"],
  [/(?:以内|以下)/y, "at_most"],
];

function at(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}

/** One or two spaces, as web pages and PDFs leave them between a number and its unit (`6.5 %`, `1.2 万人`). */
const GAP = /[ \u3000\u00a0]{1,2}/y;

/**
 * The unit at `i`, or after a gap of spaces (`gap`: not for a number that opens its text, which in a table's row is
 * the row's number: `20 万人发明专利拥有量`): the unit and where it starts.
 */
function unitAt(text: string, i: number, gap: boolean): { unit: string; at: number } | null {
  const unit = readUnit(text, i);
  if (unit || !gap) return unit ? { unit, at: i } : null;
  const space = at(GAP, text, i);
  const after = space ? readUnit(text, i + space[0].length) : null;
  return after ? { unit: after, at: i + space![0].length } : null;
}

/** A second unit in brackets after the first (`100台（套）以上`, `121场（次）`): the qualifier after it is the figure's. */
const ALT_UNIT = /[（(]\p{Script=Han}{1,2}[）)]/uy;

/** A trailing qualifier after `end`: its kind and where it stops. */
function trailing(text: string, end: number, unit: string): { qualifier: Qualifier | null; tail: number } {
  const alt = unit ? (at(ALT_UNIT, text, end)?.[0].length ?? 0) : 0;
  const gap = at(GAP, text, end + alt)?.[0].length ?? 0;
  for (const [re, qualifier] of TRAILING) {
    const m = at(re, text, end + alt + gap);
    if (m) return { qualifier, tail: end + alt + gap + m[0].length };
  }
  if (/日|天/.test(unit) && text[end] === "内") return { qualifier: "at_most", tail: end + 1 };
  return { qualifier: null, tail: end };
}

/**
 * Read the figure that starts with the digit at `start`: a ratio (`14:43:43`), a range (`6.5%—7%`) or a number
 * with its unit (`853万人次`, `7400余个`, `3个`). Returns null when no unit follows (a bare number is no figure).
 */
export function readQuantity(text: string, start: number): Quantity | null {
  // The exclusion rules and the figures' scan read the same numbers of a paragraph: each is read once, frozen.
  return READ.get(text, start, () => {
    const q = quantityAt(text, start);
    if (q && Array.isArray(q.value)) Object.freeze(q.value);
    if (q) Object.freeze(q);
    return q;
  });
}

/** The numbers read of the texts last asked of (by text, then offset). */
const READ = new TextCache<number, Quantity | null>(512);

/**
 * A minus sign before a number (`地区生产总值增长-2.3%`, `由2月份-4.9%回升`, `（－1.5%）`): after a word, a bracket or a
 * mark of a clause, not after a number (a range's dash: `6.5%-7%`, `2021-2025年`).
 */
const MINUS_AFTER = /(?:^|[\p{Script=Han}（(：:，,、；;\s])[-－−]$/u;

function quantityAt(text: string, start: number): Quantity | null {
  const q = unsignedAt(text, start);
  if (!q || q.unit === ":" || !MINUS_AFTER.test(text.slice(Math.max(0, start - 2), start))) return q;
  // A number and its unit right before the dash are a range's first figure, in another unit (`1000万元-1亿元`).
  const before = /\d(\p{Script=Han}{1,4})[-－−]$/u.exec(text.slice(Math.max(0, start - 6), start));
  if (before && readUnit(text, start - 1 - before[1]!.length) === before[1]) return q;
  if (typeof q.value === "number") return { ...q, start: start - 1, value: -q.value };
  return q.min !== null ? { ...q, start: start - 1, min: -q.min } : q;
}

/**
 * 多 after a magnitude and before a word that is not one of those 多 opens (`多元`, `多样`, `多渠道`…): more than the
 * magnitude, of the noun after it.
 */
const MORE_BEFORE_NOUN = /^多(?!元|样|层|渠道|功能|措|规|式|极|彩|媒体|部门|重|边)\p{Script=Han}/u;

function unsignedAt(text: string, start: number): Quantity | null {
  const ratio = at(RATIO, text, start);
  if (ratio) {
    const end = start + ratio[0].length;
    const value = ratio[0].split(/\u2060?[:：]\u2060?/).map((v) => Number(v.replace(/ /g, "")));
    // A bound written after it is its own (`农产品加工值与农业生产总值比例达到2.4:1以上`, Changji 2021): the ratio's floor.
    const { qualifier, tail } = trailing(text, end, "");
    return { start, end, tail, value, min: null, max: null, unit: ":", qualifier };
  }
  const opens = start === 0 || text[start - 1] === "\n";
  const first = readNumber(text, start, opens);
  if (!first) return null;
  // A ratio of incomes written without its `:1` (`城乡居民收入比缩小到1.77`, Yiyang 2022; `由2.09缩小至1.9`): the first term,
  // to one, when no unit follows.
  if (BARE_RATIO_BEFORE.test(text.slice(Math.max(0, start - 30), start)) && !unitAt(text, start + first.raw.length, true) && !/^[\d.:：]/.test(text.slice(start + first.raw.length))) {
    const end = start + first.raw.length;
    const { qualifier, tail } = trailing(text, end, "");
    return { start, end, tail, value: [first.value, 1], min: null, max: null, unit: ":", qualifier };
  }
  let i = start + first.raw.length;
  let qualifier: Qualifier | null = null;
  if (text[i] === "余" || text[i] === "多") {
    qualifier = "at_least";
    i++;
  }
  const found1 = unitAt(text, i, !opens);
  let unit1 = found1?.unit ?? null;
  if (found1) i = found1.at + found1.unit.length;
  // 余 or 多 between the magnitude and the base (`54.4万余人`, `1万多公里`): the unit is 万人, a lower bound.
  if (unit1 && qualifier === null && /^(?:万亿|千万|百万|亿|万|千|百)$/.test(unit1) && (text[i] === "余" || text[i] === "多")) {
    const base = readUnit(text, i + 1);
    // `4万多亿元`: the magnitudes join (万亿元).
    if (base && (unitScale(base).factor === 1 || readUnit(unit1 + base, 0) === unit1 + base)) {
      unit1 += base;
      qualifier = "at_least";
      i += 1 + base.length;
    } else if (!base && (/^[余多](?:群众|人口|农民|居民|\p{Script=Han}{0,4}?职工|贫困人口|劳动力|家庭|$|[，。；、,;：:！!？?）)\s])/u.test(text.slice(i)) || MORE_BEFORE_NOUN.test(text.slice(i, i + 4)))) {
      // `5万多群众实现了脱贫` (Ningxia 2005): more than the magnitude, of the people named after it; 多 is no word of theirs.
      // So of the workers of a kind (`涉及10万余企业职工的“三供一业”分离移交任务基本完成`, Xingtai 2019).
      // So of the families (`危旧房改造惠及3万多家庭`, Qinghai 2025), of any noun after 多 (`解决3亿多农村人口饮水安全问题`,
      // `1亿多受过高等教育…的人才`, State Council 2016), and at the end of the clause (`农村贫困人口减少1亿多，`).
      qualifier = "at_least";
      i += 1;
    }
  }
  // A number written in two magnitudes (`1万6千多户`, `2万5千公里`, `1亿3千多万`): one figure in the larger one
  // (1.6万户 or more, 2.5万公里, 1.3亿 or more), not a count of 万 and then another of 千.
  let value = first.value;
  const lower = unit1 && qualifier === null && (unit1 === "万" || unit1 === "亿") ? (unit1 === "万" ? /^(\d)千([余多])?/ : /^(\d)千([余多])?万/).exec(text.slice(i)) : null;
  if (lower) {
    value = Math.round((first.value + Number(lower[1]) / 10) * 1e6) / 1e6;
    i += lower[0].length;
    if (lower[2]) qualifier = "at_least";
    const base = readUnit(text, i);
    if (base && unitScale(base).factor === 1) {
      unit1 += base;
      i += base.length;
    }
  }
  // A space a web copy left between the magnitude and the measure (`港口集装箱吞吐量1150万 标准箱`, Tianjin 2012): one
  // unit, 万标准箱, its span over the space. So is a space a PDF copy left inside a magnitude of two characters (`接近或达到1万
  // 亿元`, Hebei 2003): 万亿元.
  if (unit1 && isMagnitude(unit1) && qualifier === null) {
    const space = at(GAP, text, i);
    const base = space ? readUnit(text, i + space[0].length) : null;
    const compound = unit1 === "万" && !!base && base.startsWith("亿") && readUnit(unit1 + base, 0) === unit1 + base;
    if (space && base && (unitScale(base).factor === 1 || compound)) {
      unit1 += base;
      i += space[0].length + base.length;
    }
  }
  // A space a web copy left inside the measure after its magnitude (`全市外贸出口由50.2亿美元增加到115.95亿美 元`, Tianjin
  // 2003): one unit, 亿美元, its span over the space, when the words before and after the space make a longer unit and
  // nothing but the space stands in it.
  if (unit1 && qualifier === null) {
    const gap = /^(\p{Script=Han}{1,2}) (?=\p{Script=Han})/u.exec(text.slice(i, i + 4));
    const joined = gap ? readUnit(unit1 + gap[1]! + text.slice(i + gap[0].length, i + gap[0].length + 4), 0) : null;
    if (gap && joined && joined.length > unit1.length + gap[1]!.length) {
      i += gap[0].length + joined.length - unit1.length - gap[1]!.length;
      unit1 = joined;
    }
  }
  // `下降19.96个点`: points after a verb of change are percentage points (个百分点), not a count of points (`5个点位`).
  if (unit1 === "个" && text[i] === "点" && !/^[\u4e00-\u9fff](?<![以左])/.test(text.slice(i + 1, i + 2)) && POINTS_AFTER.test(text.slice(Math.max(0, start - 8), start))) {
    unit1 = "个百分点";
    i++;
  }
  // Percentage points written without their 个 (`房地产开发投资比重下降2.9百分点`, Beijing 2007): 个百分点, no 2.9 hundreds with
  // 分点 left in the label.
  if (unit1 === "百" && text.startsWith("分点", i)) {
    unit1 = "个百分点";
    i += 2;
  }
  // More than some percentage points, 多 or 余 inside the measure (`占国际市场份额比2007年提高2个多百分点`, State Council
  // 2013): 个百分点, a lower bound. So is 以上 written there (`力争非公有制经济在全省国民经济中的比重提高3个以上百分点`, Yunnan 2004).
  const more = unit1 === "个" && qualifier === null ? /^(?:[多余]|以上)百分点/.exec(text.slice(i)) : null;
  if (more) {
    unit1 = "个百分点";
    qualifier = "at_least";
    i += more[0].length;
  }
  // A concentration with its volume written first in words (`PM10平均浓度控制在每立方米87微克`): 微克/立方米, as written in
  // symbols, the figure's span from 每: the words before it are the label's.
  if (unit1 === null && text.startsWith("微克", i) && text.slice(Math.max(0, start - 4), start) === PER_CUBIC_METRE) {
    const t = trailing(text, i + 2, "微克/立方米");
    return { start: start - PER_CUBIC_METRE.length, end: i + 2, tail: t.tail, value: first.value, min: null, max: null, unit: "微克/立方米", qualifier: t.qualifier ?? qualifier };
  }
  // A later item of a list of such concentrations, the volume written once before the first (`PM2.5、PM10分别下降到每立方米
  // 57微克、112微克`, Heze 2020): 微克/立方米 too, no bare 微克 left unread.
  // So is the new value of a concentration brought down or up from an old one written so (`市区PM2.5平均浓度从每立方米57微克下降到
  // 26微克`, Huzhou 2021): the volume written once, before the old value.
  if (unit1 === null && text.startsWith("微克", i) && (CONCENTRATION_LISTED.test(text.slice(Math.max(0, start - 40), start)) || CONCENTRATION_FROM.test(text.slice(Math.max(0, start - 40), start)))) {
    const t = trailing(text, i + 2, "微克/立方米");
    return { start, end: i + 2, tail: t.tail, value: first.value, min: null, max: null, unit: "微克/立方米", qualifier: t.qualifier ?? qualifier };
  }
  // `2.8个和5.7个百分点`: a `个` the next item of the list completes (`高于生产总值增速2.8个和5.7个百分点`, Handan 2014) is a
  // count of percentage points too, as the list's last item says.
  if (unit1 === "个") {
    const join = at(JOINER, text, i);
    const next = join ? readQuantity(text, i + join[0].length) : null;
    if (next?.unit === "个百分点") unit1 = "个百分点";
  }
  // A bare `个` after 由…到 whose first number writes a longer unit that opens with it (`承诺件办理时限由14.6个工作日压缩到
  // 4.9个`, Zhenjiang 2014): the same unit left out (个工作日), no count of things. Not a `个` a noun of its own follows.
  if (unit1 === "个" && text[start - 1] !== undefined && /[到至]/.test(text[start - 1]!) && !/^\p{Script=Han}/u.test(text.slice(i, i + 1).replace(/^以[内下]/, "，"))) {
    const from = ELIDED_FROM.exec(text.slice(Math.max(0, start - 24), start))?.[1];
    const whole = from ? readUnit(from, 0) : null;
    if (whole && whole.length > 1 && whole.startsWith("个") && whole !== "个百分点") unit1 = whole;
  }
  // `由A到B` (`金融机构各项存款余额由3000亿元到8000亿元`, Zhengzhou 2011) is a level at one time and the level reached after
  // it, no range: the first stands alone (exclusions.ts reads it as the baseline), the second is read after it.
  const fromTo = FROM_BEFORE.test(text.slice(Math.max(0, start - 12), start)) && /^(?:到|至)/.test(text.slice(i, i + 1));
  const dash = fromTo ? null : at(DASH, text, i);
  const second = dash ? readNumber(text, i + dash[0].length, false) : null;
  if (dash && second && qualifier === null) {
    // The second number may say it is a round one, more than it writes (`销售收入分别达到800一2000多亿元`, Shanxi 2006):
    // the range's top as written, the unit after the 多.
    const more = /[多余]/.test(text[i + dash[0].length + second.raw.length] ?? "") ? 1 : 0;
    const j = i + dash[0].length + second.raw.length + more;
    const found2 = unitAt(text, j, true);
    const unit2 = found2?.unit ?? null;
    // The first number may write only the magnitude the second's unit opens with (`3300亿—3500亿元`, `1万—2万人`).
    const magnitude = unit1 !== null && unit2 !== null && unitScale(unit2).factor !== 1 && unit1 + unitScale(unit2).base === unit2;
    if (found2 && unit2 && (!unit1 || unit1 === unit2 || magnitude)) {
      const end = found2.at + unit2.length;
      const t = trailing(text, end, unit2);
      const min = first.value;
      const max = second.value;
      return { start, end, tail: t.tail, value: null, min, max, unit: unit2, qualifier: t.qualifier };
    }
  }
  if (!unit1 && priceIndex(text, start, first.value)) {
    const t = trailing(text, i, INDEX_UNIT);
    return { start, end: i, tail: t.tail, value: first.value, min: null, max: null, unit: INDEX_UNIT, qualifier: t.qualifier ?? qualifier };
  }
  // The index written with a percent sign (`居民消费价格总指数为104%`): the same index on the previous year, no rise of 104%.
  if ((unit1 === "%" || unit1 === "％") && !dash && priceIndex(text, start, first.value) && first.value >= 90) {
    const t = trailing(text, i, INDEX_UNIT);
    return { start, end: i, tail: t.tail, value: first.value, min: null, max: null, unit: INDEX_UNIT, qualifier: t.qualifier ?? qualifier };
  }
  if (!unit1) return sharedUnit(text, start, i, first.value);
  const t = trailing(text, i, unit1);
  return { start, end: i, tail: t.tail, value, min: null, max: null, unit: unit1, qualifier: t.qualifier ?? qualifier };
}

/** 由 or 从, a number and the words of its unit after it, then the verb of change and 到 or 至 (`由14.6个工作日压缩到`): group 1 the unit and the verb. */
const ELIDED_FROM = /[由从][^，。；由从]{0,8}?[\d０-９][\d０-９.．]*(个\p{Script=Han}{1,8})[到至]$/u;

/** 由 or 从 right before a number, a time of it between (`由2005年的`, `从“十五”末的`): the start of a change from it. */
const FROM_BEFORE = /[由从](?:(?:19|20)\d{2}年(?:末|底)?|“[^“”]{1,6}”末|上年末?|去年末?)?的?(?:不足|超过|近|约)?$/;

/** The volume a concentration is taken in, written before its number (`每立方米35微克`). */
const PER_CUBIC_METRE = "每立方米";

/** The items of a list of concentrations before a later one (`每立方米57微克、`): the first written after 每立方米. */
const CONCENTRATION_LISTED = /每立方米\d+(?:\.\d+)?微克(?:[、和及与]\d+(?:\.\d+)?微克)*[、和及与]$/;
/** The old value of a concentration after 由 or 从, then the verb of change and 到, 至 or 为 (`从每立方米57微克下降到`). */
const CONCENTRATION_FROM = /[由从]每立方米\d+(?:\.\d+)?微克[^，。；,;\d]{0,6}[到至为]$/;

/** A verb of change before a number (`下降`, `提高了`, `分别上升`, `回落约`). */
const POINTS_AFTER = /(?:上升|下降|提高|降低|增加|减少|回落|回升|扩大|缩小|上涨|下跌|高出|低于|高于)了?(?:分别)?(?:约|近|超过)?$/;

/**
 * A price index named right before a number (`居民消费价格指数控制在103左右`, `价格总指数为102.5`, or kept by regulation:
 * `居民消费价格指数调控在102%以内`).
 */
const PRICE_INDEX = /价格(?:总)?指数(?:(?:调控|控制|保持|稳定)(?:在|到)|上涨到|上涨至|涨到|为|在|达到|达)?[ \u3000]?$/;

/**
 * A number with no unit after a price index, near 100 (`居民消费价格指数控制在103左右`): the index on the previous
 * year, whose unit the text leaves out ({@link INDEX_UNIT}).
 */
function priceIndex(text: string, start: number, value: number): boolean {
  return value >= 80 && value <= 130 && PRICE_INDEX.test(text.slice(Math.max(0, start - 16), start));
}

/** A joiner of a list whose items share the unit written after the last (`3.0和8.4个百分点`, `3.0 和8.4 个百分点`). */
const JOINER = /[ \u3000]?[和、及与][ \u3000]?(?=\d)/y;

/**
 * A number without a unit of its own that the next item of its list shares (`一产和三产分别上升3.0和8.4个百分点`):
 * that number with the next one's unit; null when nothing follows but words.
 */
function sharedUnit(text: string, start: number, end: number, value: number): Quantity | null {
  const join = at(JOINER, text, end);
  if (!join) return null;
  const next = readQuantity(text, end + join[0].length);
  if (!next || typeof next.value !== "number" || next.unit === ":") return null;
  return { start, end, tail: end, value, min: null, max: null, unit: next.unit, qualifier: null };
}

/** A Chinese numeral's digits. */
const WORD_DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const WORD_INTEGER = "[一二两三四五六七八九十][零〇一二两三四五六七八九十百]*";
const WORD_NUMBER = `(${WORD_INTEGER})(?:点([零〇一二三四五六七八九]+))?`;
/**
 * A percentage written in words (`百分之八`, `百分之十二点八`, `百分之八至九`, `百分之四至百分之五`), as reports of the
 * 1980s and 1990s write them, and a rate per mille or per hundred thousand so (`千分之十三`, `十万分之五十`, Xizang 2021); not
 * `百分之百` (a slogan's `六个百分之百`, all of it).
 */
const PERCENT_WORDS = new RegExp(`(十万|[百千])分之${WORD_NUMBER}(?:(?:至|到|—+|－|-)(?:\\1分之)?${WORD_NUMBER})?`, "y");

/** The value of a Chinese numeral up to the hundreds (`八`, `十二`, `四十二`, `一百二十`) and its decimals (`点八`). */
function wordValue(integer: string, decimals: string | undefined): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const ch of integer) {
    if (ch === "十" || ch === "百") {
      total += (digit ?? 1) * (ch === "十" ? 10 : 100);
      digit = null;
    } else if (digit !== null) return null;
    else digit = WORD_DIGITS[ch]!;
  }
  total += digit ?? 0;
  return decimals ? Number(`${total}.${[...decimals].map((d) => WORD_DIGITS[d]).join("")}`) : total;
}

/**
 * A percentage written in words at `start` (`百分之八左右`): a figure in % like `8%左右`, or null; so is a rate per
 * mille (`五年平均人口自然增长率控制在千分之十三左右`, State Council 1993): a figure in ‰ like `13‰左右`.
 */
export function readPercentWords(text: string, start: number): Quantity | null {
  const m = at(PERCENT_WORDS, text, start);
  if (!m) return null;
  const first = wordValue(m[2]!, m[3]);
  const second = m[4] ? wordValue(m[4], m[5]) : null;
  if (first === null || (m[4] && second === null)) return null;
  const end = start + m[0].length;
  const unit = m[1] === "千" ? "‰" : m[1] === "十万" ? "/10万" : "%";
  const t = trailing(text, end, unit);
  if (second !== null) return { start, end, tail: t.tail, value: null, min: first, max: second, unit, qualifier: t.qualifier };
  return { start, end, tail: t.tail, value: first, min: null, max: null, unit, qualifier: t.qualifier };
}

/**
 * Percentage points written in words right after a verb of change (`城镇化率力求提高一个百分点以上`, Hunan 2002;
 * `下降两个百分点`), as older reports write a round change: a figure in 个百分点 like `提高1个百分点以上`.
 */
const POINTS_WORDS = new RegExp(`(?<=(?:提高|提升|上升|增加|下降|降低|减少|回落)了?)${WORD_NUMBER}个百分点`, "y");

/** Percentage points written in words at `start` (`一个百分点以上`), or null. */
export function readPointWords(text: string, start: number): Quantity | null {
  const m = at(POINTS_WORDS, text, start);
  if (!m) return null;
  const value = wordValue(m[1]!, m[2]);
  if (value === null) return null;
  const end = start + m[0].length;
  const t = trailing(text, end, "个百分点");
  return { start, end, tail: t.tail, value, min: null, max: null, unit: "个百分点", qualifier: t.qualifier };
}

/** `持平` (flat): a change of 0 %, written without digits. */
export function readFlat(text: string, start: number): Quantity | null {
  if (!text.startsWith("持平", start)) return null;
  return { start, end: start + 2, tail: start + 2, value: 0, min: null, max: null, unit: "%", qualifier: null };
}

/** Apply a qualifier to a single value: at_least sets `min`, at_most sets `max`; ranges and ratios stay as they are. */
export function bound(q: Quantity, qualifier: Qualifier | null): Quantity {
  if (typeof q.value !== "number") return { ...q, qualifier: q.value === null ? q.qualifier : qualifier };
  const min = qualifier === "at_least" ? q.value : null;
  const max = qualifier === "at_most" ? q.value : null;
  return { ...q, qualifier, min, max };
}

/** Magnitudes and digits of an amount written wholly in Chinese numerals (`一万七千四百`, `十亿八千万`, `六百三十`). */
const AMOUNT_WORD = /[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*/y;
/**
 * Bases an amount written in words is read with: money, weight, energy, length, area, people and telephone lines, as the
 * reports of the 1990s state their levels (`国民生产总值一万七千四百亿元`, `粮食总产量达到四千三百五十亿公斤`); not a count
 * of things (`三个代表`, `两个确保`, `三件事`) or a time (`用三年时间`), which words name in every report.
 */
const AMOUNT_BASES = new Set(["元", "美元", "吨", "吨标准煤", "吨标煤", "公斤", "斤", "千瓦", "千瓦时", "千瓦小时", "公里", "亩", "人", "人次", "门", "平方米"]);

/** The value of an integer written in Chinese numerals with its magnitudes (`十亿八千万` → 1080000000), or null. */
function amountValue(words: string): number | null {
  let total = 0;
  let myriads = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of words) {
    if (ch === "十" || ch === "百" || ch === "千") {
      section += (digit ?? 1) * (ch === "十" ? 10 : ch === "百" ? 100 : 1000);
      digit = null;
    } else if (ch === "万") {
      myriads += (section + (digit ?? 0)) * 1e4;
      section = 0;
      digit = null;
    } else if (ch === "亿") {
      total = (total + myriads + section + (digit ?? 0)) * 1e8;
      myriads = 0;
      section = 0;
      digit = null;
    } else if (ch === "零" || ch === "〇") digit = null;
    else if (digit !== null) return null;
    else digit = WORD_DIGITS[ch]!;
  }
  return total + myriads + section + (digit ?? 0);
}

/** The longest amount in words at `start` that a base of AMOUNT_BASES follows, with its unit: words, value and unit. */
function wordAmountAt(text: string, start: number): { end: number; total: number; factor: number; unit: string; more: boolean } | null {
  const m = at(AMOUNT_WORD, text, start);
  if (!m) return null;
  for (let len = m[0].length; len > 0; len--) {
    const words = m[0].slice(0, len);
    const more = /[多余]/.test(text[start + len] ?? "");
    const unit = readUnit(text, start + len + (more ? 1 : 0));
    if (!unit) continue;
    const { base, factor } = unitScale(unit);
    if (!AMOUNT_BASES.has(base)) continue;
    // `十三亿人民`: the people of a country named, no count.
    if (base === "人" && text[start + len + (more ? 1 : 0) + unit.length] === "民") return null;
    // A single digit with no magnitude (`一人`, `两吨`) is a word of the sentence, not a level stated.
    if (factor === 1 && !/[十百千万亿]/.test(words)) return null;
    const total = amountValue(words);
    if (total === null) return null;
    return { end: start + len + (more ? 1 : 0) + unit.length, total: total * factor, factor, unit: base, more };
  }
  return null;
}

/** A total in the magnitude a report would write it in digits: 亿 from a hundred million, 万 from ten thousand. */
function inMagnitude(total: number, base: string, scale: number): [number, string] {
  const mag = scale >= 1e8 ? "亿" : scale >= 1e4 ? "万" : "";
  const factor = mag === "亿" ? 1e8 : mag === "万" ? 1e4 : 1;
  return [Math.round((total / factor) * 1e6) / 1e6, mag + base];
}

/**
 * What may follow an amount written in words for it to be a level stated: the end of its clause or a change after it
 * (`一万七千四百亿元，比上年增长5%`), the rest of its unit (`亿千瓦小时`, `万吨标准煤`) first; not a noun it describes, as a
 * scale names a thing (`打造两百亿元奶产业聚集区`, `百万千瓦级机组`). A level passed is one too, and so is each of a list
 * of them joined by 和 (Shandong 2013: `全省生产总值、地方财政收入、粮食总产量分别跨上五万亿元、四千亿元和九百亿斤台阶`).
 */
const AFTER_AMOUNT = /(?:小时|标准煤|标煤)?(?:$|[，,。；;、：:）)]|比|较|同比|增|下降|减少|和(?=[一二两三四五六七八九十])|的?(?:大关|台阶|关口))/y;

/**
 * An amount written in Chinese numerals at `start` (`一万七千四百亿元`, `十亿八千万吨`, `六百三十元`, `九千万至九千二百万吨`), as
 * reports of the 1980s and 1990s write their levels: a figure like `17400亿元`, `10.8亿吨`, `9000—9200万吨`; or null.
 */
export function readWordAmount(text: string, start: number): Quantity | null {
  const prev = text[start - 1] ?? "";
  if (/[第每前后零〇一二两三四五六七八九十百千万亿之]/.test(prev)) return null;
  const first = wordAmountAt(text, start);
  // A range whose two amounts write their units (`纱产量四百一十三万三千吨至四百三十一万三千吨`).
  const to = first ? at(/(?:至|到|—+|－)/y, text, first.end) : null;
  const second = first && to ? wordAmountAt(text, first.end + to[0].length) : null;
  if (first && second && second.unit === first.unit && !first.more && !second.more && first.total < second.total) {
    const [max, unit] = inMagnitude(second.total, second.unit, second.total);
    const [min] = inMagnitude(first.total, second.unit, second.total);
    const t = trailing(text, second.end, unit);
    if (!at(AFTER_AMOUNT, text, t.tail)) return null;
    return { start, end: second.end, tail: t.tail, value: null, min, max, unit, qualifier: t.qualifier };
  }
  if (first) {
    const [value, unit] = inMagnitude(first.total, first.unit, first.total);
    const t = trailing(text, first.end, unit);
    if (!at(AFTER_AMOUNT, text, t.tail)) return null;
    return { start, end: first.end, tail: t.tail, value, min: null, max: null, unit, qualifier: first.more ? "at_least" : t.qualifier };
  }
  // A range whose first amount leaves its unit to the second's (`国内化肥生产安排九千万至九千二百万吨`).
  const low = at(AMOUNT_WORD, text, start);
  const dash = low ? at(/(?:至|到|—+|－)/y, text, start + low[0].length) : null;
  if (!low || !dash) return null;
  const high = wordAmountAt(text, start + low[0].length + dash[0].length);
  const lowValue = amountValue(low[0]);
  if (!high || high.more || lowValue === null) return null;
  // The first amount in the second's magnitude unless it writes its own: `一千五百至二千万吨` is 1500—2000 万吨.
  const lowTotal = /[万亿]$/.test(low[0]) ? lowValue : lowValue * high.factor;
  const [max, unit] = inMagnitude(high.total, high.unit, high.total);
  const [min] = inMagnitude(lowTotal, high.unit, high.total);
  if (!(min < max)) return null;
  const t = trailing(text, high.end, unit);
  if (!at(AFTER_AMOUNT, text, t.tail)) return null;
  return { start, end: high.end, tail: t.tail, value: null, min, max, unit, qualifier: t.qualifier };
}
