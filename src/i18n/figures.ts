/**
 * Figures in English, beside their Chinese quotes: `about 6.5%`, `6.5–7%`, `down 19.6%`, `12.3 billion yuan`,
 * `at least 80%`, `est. 7%`, and a one-line summary `GDP growth · target about 6.5%`. Units are translated
 * from a table; a unit it lacks is given in pinyin, so no Chinese is left outside the quote.
 */
import { format } from "d3-format";
import type { FigureValue } from "../lib/charts/value-mark.ts";
import { figureSign, isFlat } from "../lib/charts/value-mark.ts";
import { unitParts } from "../lib/charts/units.ts";
import { pinyinText } from "./format.ts";

/** Base units (magnitude 万/亿 split off) in English: what is counted. */
const UNITS: Record<string, string> = {
  "%": "%",
  个百分点: " percentage points",
  个千分点: " per-mille points",
  千分点: " per-mille points",
  ":": "",
  元: " yuan",
  "元/月": " yuan a month",
  // Amounts per head, per year or per person-year, and rates per day, year or mu, in the English of "元/月" above: never the
  // pinyin of their characters.
  "元/人·月": " yuan per person a month",
  "元/人/月": " yuan per person a month",
  "元/月·人": " yuan per person a month",
  "元/人": " yuan per person",
  "元/人/年": " yuan per person a year",
  "元/人·年": " yuan per person a year",
  "元/年·人": " yuan per person a year",
  "元/人年": " yuan per person-year",
  "元/年": " yuan a year",
  人年: " person-years",
  "吨/日": " tonnes a day",
  "吨/天": " tonnes a day",
  "吨/年": " tonnes a year",
  "辆/年": " vehicles a year",
  "公斤/亩": " kg per mu",
  "千克/亩": " kg per mu",
  "斤/亩": " jin per mu",
  "克/千克": " g/kg",
  千瓦小时: " kWh",
  个基点: " basis points",
  基点: " basis points",
  标准箱: " TEU",
  所次: " institution visits",
  件次: " cases",
  项次: " items",
  艘次: " ship voyages",
  车次: " vehicle trips",
  辆次: " vehicle trips",
  美元: " US dollars",
  欧元: " euros",
  港元: " HK dollars",
  "元/户": " yuan per household",
  平米: " m²",
  "米²": " m²",
  米: " m",
  千米: " km",
  千克: " kg",
  "公里/百平方公里": " km per 100 km²",
  // Energy in watt-hours before its magnitude (`150亿瓦时`), in kilovolt-ampere-hours, and power and energy by the gigawatt.
  瓦时: " Wh",
  千伏安时: " kVAh",
  吉瓦: " GW",
  吉瓦时: " GWh",
  蒸吨: " steam tonnes",
  吨公里: " tonne-km",
  床: " beds",
  箱: " cases",
  栋: " buildings",
  幢: " buildings",
  对: " pairs",
  艘: " ships",
  架: " aircraft",
  架次: " flights",
  例: " cases",
  份: " copies",
  册: " volumes",
  篇: " articles",
  笔: " transactions",
  款: " models",
  期: " sessions",
  "‰": "‰",
  // A rate per hundred thousand (`孕产妇死亡率…控制在16/10万`).
  "/10万": " per 100,000",
  "（上年=100）": " (previous year = 100)",
  人: " people",
  人次: " person-times",
  乘次: " rides",
  人份: " doses",
  户次: " household-times",
  家次: " firm-times",
  名: " people",
  户: " households",
  家: " firms",
  个: "",
  件: " items",
  项: " items",
  条: " lines",
  所: " institutions",
  套: " units",
  座: " facilities",
  处: " sites",
  亩: " mu",
  平方公里: " km²",
  平方米: " m²",
  公里: " km",
  // Metres of a bridge counted along its spans (`桥梁3000延米`, Xinyang 2014).
  延米: " m",
  // Telephone exchange lines (`程控电话交换机222万门`) and courses (`老年教育课程100门`): a bare count, its thing in the label.
  门: "",
  "公里/平方公里": " km/km²",
  "元/平方公里": " yuan per km²",
  "元/亩": " yuan per mu",
  管孔公里: " duct-km",
  // Wells by the eye (`1.62万眼机井`): a bare count, the wells in the label.
  眼: "",
  // Teams or funds by the 支 (`建立基层应急队伍30支`, `设立产业基金21支`): a bare count, the things in the label.
  支: "",
  吨: " tonnes",
  // Energy used, counted in standard coal (`减少能源消耗8万吨标准煤`).
  吨标准煤: " tonnes of standard coal equivalent",
  吨标煤: " tonnes of standard coal equivalent",
  头: " head",
  只: " head",
  头只: " head",
  台: " machines",
  台套: " machine sets",
  台次: " machine-times",
  亩次: " mu-times",
  千瓦: " kW",
  千伏安: " kVA",
  千瓦时: " kWh",
  度: " kWh",
  羽: " head",
  重量箱: " weight cases",
  重箱: " weight cases",
  标箱: " TEU",
  大箱: " large cases",
  P: " PFLOPS",
  兆瓦: " MW",
  立方米: " m³",
  "立方米/秒": " m³/s",
  "微克/立方米": " µg/m³",
  方: " m³",
  个月: " months",
  公斤: " kg",
  公顷: " ha",
  辆: " vehicles",
  张: " beds",
  天: " days",
  个工作日: " working days",
  场次: " events",
  场: " events",
  次: " times",
  倍: "-fold",
  间: " rooms",
  担: " dan",
  盏: " lamps",
  瓶: " bottles",
  列: " trains",
  车: " wagons",
  批: " batches",
  批次: " batches",
  部: " units",
  类: " categories",
  种: " kinds",
  本: " copies",
  宗: " cases",
  // Plots or pieces of land (`整治“城中村”15块`, Yangzhou 2015).
  块: " plots",
  // Cases and incidents (`破获各类刑事案件34292起`, `发生生产安全事故120起`).
  起: " cases",
  锭: " spindles",
  株: " plants",
  棵: " trees",
  枝: " stems",
  // Trademarks or medals by the piece (`新获四川著名商标7枚`, Neijiang 2014).
  枚: " pieces",
  // Fish by the tail (`新增大鲵60万尾`, Zhangjiajie 2018).
  尾: " fish",
  袋: " bags",
  棒: " logs",
  千升: " kilolitres",
  群: " colonies",
  剂次: " doses",
  管: " tubes",
  剂: " doses",
  岁: " years",
  年: " years",
  日: " days",
};

const plain = format(",~f");
const short = format(",.3~f");

/** A count in English words for its size: `12.3 billion`, `4.5 million`, `42,000`. */
export function magnitudeText(n: number): string {
  const abs = Math.abs(n);
  if (abs >= 1e9) return `${short(n / 1e9)} billion`;
  if (abs >= 1e6) return `${short(n / 1e6)} million`;
  return plain(Number(n.toPrecision(12)));
}

/** A unit in English (` yuan`, `%`, ` percentage points`), with its magnitude factor; pinyin for a unit not in the table. */
export function unitEn(unit: string): { suffix: string; factor: number } {
  if (unit in UNITS) return { suffix: UNITS[unit]!, factor: 1 };
  const { base, factor } = unitParts(unit);
  if (base in UNITS) return { suffix: UNITS[base]!, factor };
  if (unit === "万") return { suffix: "", factor: 1e4 };
  if (unit === "亿") return { suffix: "", factor: 1e8 };
  if (unit === "千") return { suffix: "", factor: 1e3 };
  // A unit in Latin letters is written so in English too (`21万PFLOPS`: 210,000 PFLOPS).
  if (/^[A-Za-z]+$/.test(base)) return { suffix: ` ${base}`, factor };
  return { suffix: base ? ` ${pinyinText(base).toLowerCase()}` : "", factor };
}

/** A number with its unit in English: `6.5%`, `12.3 billion yuan`, `853,000 person-times`. */
export function withUnitEn(n: number, unit: string): string {
  const { suffix, factor } = unitEn(unit);
  return `${factor === 1 ? plain(n) : magnitudeText(n * factor)}${suffix}`;
}

/** A figure's value in English: `about 6.5%`, `6.5–7%`, `at least 80%`, `at most 3.67%`, `down 19.6%`, `flat`, `14:43:43`. */
export function valueTextEn(figure: FigureValue): string {
  if (isFlat(figure)) return "flat (no change)";
  const { value, min, max, unit } = figure;
  if (Array.isArray(value)) return value.map((v) => plain(v)).join(":");
  let text: string;
  if (min !== null && max !== null && min !== max) {
    text = unitEn(unit).suffix === "%" ? `${plain(min)}–${plain(max)}%` : `${withUnitEn(min, unit)} to ${withUnitEn(max, unit)}`;
  } else text = withUnitEn(value ?? min ?? max ?? Number.NaN, unit);
  const q = figure.qualifier === "approx" ? "about " : figure.qualifier === "at_least" ? "at least " : figure.qualifier === "at_most" ? "at most " : "";
  const fall = figureSign(figure) === -1 ? "down " : "";
  return `${fall}${q}${text}`;
}

/** The label drawn next to a mark in English: the value, `est.` before an estimate. */
export function markLabelEn(figure: FigureValue): string {
  return `${figure.estimate ? "est. " : ""}${valueTextEn(figure)}`;
}

/** `GDP growth · target about 6.5%`: what a figure is, in English, to stand beside its Chinese quote. */
export function figureSummaryEn(figure: FigureValue & { kind: "result" | "target"; label_en: string | null }, label = figure.label_en): string {
  const what = figure.kind === "target" ? "target" : figure.estimate ? "result (estimate)" : "result";
  const value = valueTextEn(figure);
  return label ? `${label} · ${what} ${value}` : `${what} ${value}`;
}
