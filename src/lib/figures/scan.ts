import { excludedSpans, exclusionAt, type Exclusion } from "./exclusions.ts";
import { readFlat, readPercentWords, readPointWords, readQuantity, readWordAmount, type Quantity } from "./quantity.ts";

/** Every number of a paragraph sorted into figures, exclusions (with their rule) and leftovers. */
export interface Scan {
  quantities: Quantity[];
  exclusions: Exclusion[];
  /** Numbers that are neither a figure nor excluded by a rule (a number with no unit): [start, end). */
  unparsed: [number, number][];
}

/** A magnitude written in words, as the value and the magnitude of its unit: 千亿元 is 1000 亿元. */
const WORD_MAGNITUDES: Record<string, [number, string]> = { 万亿: [1, "万亿"], 千亿: [1000, "亿"], 百亿: [100, "亿"], 千万: [1000, "万"], 百万: [100, "万"], 万: [1, "万"] };

/**
 * A magnitude of yuan or dollars, of people, visits or households (`机场旅客吞吐量突破千万人次`, Ningbo 2019; `创新创业人才近万人`,
 * `企业突破百万户`, Guizhou 2023), or of tonnes or jin (`全年港口吞吐量突破千万吨`, Fuyang 2014), in words right after a
 * verb of reaching it (`突破千亿元`, `超过百亿元`, `过万亿元`, or two
 * things passing it, said short: `双破千亿元`, Urumqi 2026; or passing it said short, `超千亿元`, ten thousand alone before its yuan: `超万元`, Harbin 2003; or nearing it, `近千亿元`, `接近万亿元`, not a class of sizes: `2个近百亿、6个十亿级…项目`), a milestone too (`突破千亿元大关`, `迈过千亿台阶`: the level
 * passed, as one in digits is, and none when the sentence goes on to the level past it); or the magnitude alone before a
 * mark or a milestone (`GDP过万亿、…`, Yueyang 2023; `地区生产总值突破千亿大关`, Yunfu 2022), its measure the subject's.
 */
const WORD_AMOUNT = /(?<=(?:突破|双破|超过|达到|(?<![最个])近|接近|(?<![赶])超(?!过)|迈上|跨越|跨过|迈过|越过|(?<![通经度不越跨迈难错路放闯渡挺熬胜大看想做去来得到超跳略穿走])过)了?)(万亿|千亿|百亿|千万|百万|万(?=元|美元|人次|人|户|吨))(?:(元|美元|人次|人|户|吨|斤)(?=(?:大关|台阶|关口)?(?![\d\u4e00-\u9fff]))|(?=(?:大关|台阶|关口)?[、，,。；;]))/g;

/** A rate of change told (`增长5.5%`), then a clause of the year it is compared with alone (`，与上年`) before 持平. */
const RATE_THEN_FLAT = /(?:增长|下降|增速|提高|降低|回落|上涨)[^，,；;。]{0,8}?\d+(?:\.\d+)?\s*[%％][，,]\s*(?:[与同和跟](?:上年|去年)(?:同期)?(?:基本)?)$/;

/** Scan a paragraph's text for figures (`增长6%`, `6.5%—7%`, `14:43:43`, `持平`, `百分之八`), applying the exclusion rules. */
export function scanNumbers(text: string): Scan {
  // The exclusion rules say which numbers are no figures: they run only when the paragraph has a number to ask about
  // (a paragraph of words alone, about a third of a report's text, has none).
  let known: Exclusion[] | null = null;
  const exclusions = () => (known ??= excludedSpans(text));
  const quantities: Quantity[] = [];
  const unparsed: [number, number][] = [];
  let consumed = 0;
  for (const m of text.matchAll(/\d+(?:\.\d+)?/g)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < consumed || exclusionAt(exclusions(), start, end)) continue;
    const q = readQuantity(text, start);
    if (q) {
      quantities.push(q);
      consumed = q.end;
    } else unparsed.push([start, end]);
  }
  // `持平` (flat), not the same characters inside 支持平台, 保持平稳, 坚持平等.
  for (const m of text.matchAll(/(?<![支保坚维扶主把])持平(?![台稳衡等均安和价])/g)) {
    // `不良贷款占比与全省平均水平基本持平`: level with another place's or an average level, not a time's: parity, no change.
    const partner = /[与同和]([^与同和，,；;。]{1,12}?)(?:基本)?$/.exec(text.slice(Math.max(0, m.index - 14), m.index))?.[1] ?? "";
    if (/平均|水平|全国|全省|全区|全市|全州/.test(partner) && !/\d{4}年|[上去前今]年|同期|年初|年末|五”?末/.test(partner)) continue;
    // Its own clause no more than the year compared, after a clause that told a rate of change (Songyuan 2019: `社会消费品零售
    // 总额增长5.5%，与上年持平`): that rate was the year before's too, no flat total.
    if (RATE_THEN_FLAT.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    quantities.push(readFlat(text, m.index)!);
  }
  // `国民生产总值计划增长百分之八`: a percentage written in words (the second 百分之 of a range, `百分之四至百分之五`, is read with it),
  // or a rate per mille or per hundred thousand (`千分之八`, `十万分之五十`).
  let words = 0;
  for (const m of text.matchAll(/(?:十万|[百千])分之(?=[一二两三四五六七八九十])/g)) {
    const q = m.index < words ? null : readPercentWords(text, m.index);
    if (!q || exclusionAt(exclusions(), q.start, q.end)) continue;
    quantities.push(q);
    words = q.end;
  }
  // `城镇化率力求提高一个百分点以上`: percentage points written in words after a verb of change.
  for (const m of text.matchAll(/(?<=(?:提高|提升|上升|增加|下降|降低|减少|回落)了?)(?=[一二两三四五六七八九十][零〇一二两三四五六七八九十]*(?:点[零〇一二三四五六七八九]+)?个百分点)/g)) {
    const q = readPointWords(text, m.index);
    if (!q || exclusionAt(exclusions(), q.start, q.end)) continue;
    quantities.push(q);
  }
  // `进出口总额突破千亿元`, `突破千亿元大关`: a round amount written in words after a verb of reaching it.
  for (const m of text.matchAll(WORD_AMOUNT)) {
    // `江岸、江汉、武昌区地区生产总值均超过千亿元`: each item's, which a list of words does not pair.
    if (/(?:均|分别|都)\p{Script=Han}{2}了?$/u.test(text.slice(Math.max(0, m.index - 5), m.index))) continue;
    // The exclusion rules reach it as they reach digits (`对于推动我市经济总量过万亿、…至关重要`: why a year counts, no target).
    if (exclusionAt(exclusions(), m.index, m.index + m[0].length)) continue;
    const [factor, unit] = WORD_MAGNITUDES[m[1]!]!;
    quantities.push({ start: m.index, end: m.index + m[0].length, tail: m.index + m[0].length, value: factor, min: null, max: null, unit: unit + (m[2] ?? ""), qualifier: null });
  }
  // `全年国民生产总值一万七千四百亿元`: a level written in Chinese numerals before a unit of money, weight, energy, length, area
  // or people, as reports of the 1990s write them.
  let amounts = 0;
  // Only a run with a magnitude in it is an amount (`一人` is none): the others are not read at all.
  for (const m of text.matchAll(/[一二两三四五六七八九十](?=[零〇一二两三四五六七八九]*[十百千万亿][零〇一二两三四五六七八九十百千万亿]*[多余至到—－]?\p{Script=Han})/gu)) {
    if (m.index < amounts) continue;
    const q = readWordAmount(text, m.index);
    if (!q || exclusionAt(exclusions(), q.start, q.end) || quantities.some((o) => o.start < q.end && q.start < o.end)) continue;
    quantities.push(q);
    amounts = q.end;
  }
  quantities.sort((a, b) => a.start - b.start);
  // With no figure, no clause of the paragraph is read, and nothing asks for the stretches the rules exclude.
  if (quantities.length === 0) return { quantities, exclusions: known ?? [], unparsed };
  const all = exclusions();
  return { quantities: perBase(text, quantities, all), exclusions: all, unparsed };
}

/**
 * A count right after 每 is the base a figure is given per (`重症床位数提高到每10万人12张以上`), no figure of its own: it is
 * excluded, and a figure right after it takes it into its unit (张/每10万人).
 */
function perBase(text: string, quantities: Quantity[], exclusions: Exclusion[]): Quantity[] {
  const out: Quantity[] = [];
  for (let k = 0; k < quantities.length; k++) {
    const q = quantities[k]!;
    if (text[q.start - 1] !== "每" || q.tail !== q.end || typeof q.value !== "number") {
      out.push(q);
      continue;
    }
    const next = quantities[k + 1];
    const unit = next && next.start === q.end;
    // Taken into the unit, the base (with its 每) is no word of the label either; before words (`每10万人口…`) it stays one.
    exclusions.push(unit ? { start: q.start - 1, end: q.end, rule: "per-base" } : { start: q.start, end: q.end, rule: "attribute" });
    if (unit) quantities[k + 1] = { ...next, unit: `${next.unit}/每${text.slice(q.start, q.end)}` };
  }
  return out;
}
