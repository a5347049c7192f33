/**
 * References to a report or one of its paragraphs, in two styles, and their parsers:
 *   - GB/T 7714-2015, the Chinese standard, as a report `[R]`: `主要责任者. 题名[R]. 出版地: 出版者, 出版年: 引文页码.
 *     获取和访问路径.`, the paragraph standing for the page (`第12段`) and the date of delivery for the year;
 *   - English, in the same order: government, year, title in pinyin with its English translation in
 *     brackets, who delivered it and when, the paragraph, the link to the English edition.
 * No access date is given, so the same build writes the same references. Pure: pages, endpoints, tests.
 */
import { formatDate, officeEn, pinyinName, reportTitleEn } from "../../i18n/format.ts";
import { displayTitle, speakerOf } from "../render/report-meta.ts";
import type { ReportMeta } from "../schema/report.ts";
import { shortName } from "../tracker/view.ts";
import { issuerEn, issuerZh } from "./issuer.ts";
import { titlePinyin } from "./pinyin.ts";

/** What citing a report needs from its front matter. */
export type CiteMeta = Pick<
  ReportMeta,
  "id" | "place_zh" | "place_en" | "level" | "year" | "title" | "date" | "speaker" | "speaker_title" | "header" | "seat"
>;

/**
 * 出版地 of a report: where its government sits. The seat `places.json` gives (a province's capital), Beijing for
 * the nation's, else the place's own short name (a city, a county).
 */
export function publicationPlace(meta: Pick<CiteMeta, "place_zh" | "level" | "seat">): string {
  if (meta.seat) return meta.seat;
  if (meta.level === "nation") return "北京";
  return shortName(meta.place_zh);
}

/** The parts of a GB/T 7714-2015 reference to a report. */
export interface GbtReference {
  /** 主要责任者: the issuing government. */
  issuer: string;
  /** 题名. */
  title: string;
  /** 出版地: where the government sits (`中卫`, `银川` for 宁夏回族自治区: {@link publicationPlace}). */
  place: string;
  /** 出版者: the issuing government. */
  publisher: string;
  /** The date of delivery (`2021-01-18`), or the year when the report gives no date. */
  date: string;
  /** 引文页码: the paragraph number, or null for the whole report. */
  paragraph: number | null;
  /** 获取和访问路径: the permalink. */
  url: string;
}

/** The parts of an English reference to a report. */
export interface EnReference {
  /** The issuing government in English. */
  issuer: string;
  year: number;
  /** The title in pinyin. */
  titlePinyin: string;
  /** The title in English. */
  titleEn: string;
  /** Who delivered it, office first (`Mayor Li Xiaobo`), or empty. */
  speaker: string;
  /** The date of delivery, ISO, or empty. */
  date: string;
  paragraph: number | null;
  /** The permalink in the English edition. */
  url: string;
}

/** Every field of a report's citation, for the cite pages, the dialog and the data files. */
export interface Citation {
  report: string;
  /** The paragraph cited (`12` for `p-12`), or null for the whole report. */
  paragraph: number | null;
  issuer: string;
  issuer_en: string;
  title: string;
  title_pinyin: string;
  title_en: string;
  /** Date of delivery, ISO, or empty when the report gives none. */
  date: string;
  /** The paragraph's (or report's) page: `<site>/reports/<id>/#p-12`. */
  permalink: string;
  /** The same in the English edition: `<site>/en/reports/<id>/#p-12`. */
  permalink_en: string;
  /** The GB/T 7714-2015 reference. */
  gbt: string;
  /** The English reference. */
  en: string;
}

/** The paragraph number of `12`, `"p-12"` or `"12"`; null for none. */
export function paragraphNumber(paragraph: number | string | null | undefined): number | null {
  if (paragraph === null || paragraph === undefined || paragraph === "") return null;
  const n = typeof paragraph === "number" ? paragraph : Number(/^(?:p-)?(\d+)$/.exec(paragraph)?.[1] ?? NaN);
  if (!Number.isInteger(n) || n < 1) throw new Error(`not a paragraph: ${String(paragraph)}`);
  return n;
}

/** A report's (or paragraph's) page on the site: `https://example.org/reports/zhongwei-2021/#p-12`, `/en/…` for English. */
export function permalinkOf(site: string | URL, report: string, paragraph: number | null, lang: "zh-CN" | "en" = "zh-CN"): string {
  const path = `${lang === "en" ? "/en" : ""}/reports/${report}/${paragraph === null ? "" : `#p-${paragraph}`}`;
  return new URL(path, site).href;
}

/** Who delivered the report, in English, office first: `Mayor Li Xiaobo`, `Acting Mayor Zhang Li`; empty when unknown. */
export function speakerEn(meta: Pick<ReportMeta, "speaker" | "speaker_title" | "header">): string {
  const said = speakerOf(meta);
  if (!said) return "";
  const at = said.lastIndexOf(" ");
  const [office, name] = at === -1 ? ["", said] : [said.slice(0, at), said.slice(at + 1)];
  return [office ? officeEn(office) : null, pinyinName(name)].filter(Boolean).join(" ");
}

/** `中卫: 中卫市人民政府, 2021-01-18: 第12段.` and the rest, in the standard's order and punctuation. */
export function formatGbt(r: GbtReference): string {
  const where = r.paragraph === null ? "" : `: 第${r.paragraph}段`;
  return `${r.issuer}. ${r.title}[R]. ${r.place}: ${r.publisher}, ${r.date}${where}. ${r.url}.`;
}

const GBT = /^(.+?)\. (.+?)\[R\]\. (.+?): (.+?), (\d{4}(?:-\d{2}-\d{2})?)(?:: 第(\d+)段)?\. (\S+)\.$/u;

/** The parts of a GB/T 7714-2015 reference written by {@link formatGbt}, or null when it is not one. */
export function parseGbt(text: string): GbtReference | null {
  const m = GBT.exec(text.trim());
  if (!m) return null;
  return { issuer: m[1]!, title: m[2]!, place: m[3]!, publisher: m[4]!, date: m[5]!, paragraph: m[6] ? Number(m[6]) : null, url: m[7]! };
}

/** The sentence on delivery and place in the text: `Delivered by Mayor Li Xiaobo, 18 January 2021, paragraph 12`. */
function deliveredEn(r: Pick<EnReference, "speaker" | "date" | "paragraph">): string {
  let s = r.speaker ? `Delivered by ${r.speaker}` : r.date ? "Delivered" : "";
  if (r.date) s += `${r.speaker ? "," : ""} ${formatDate("en", r.date)}`;
  if (r.paragraph !== null) s += s ? `, paragraph ${r.paragraph}` : `Paragraph ${r.paragraph}`;
  return s;
}

/** An English reference: `Zhongwei Municipal People's Government. 2021. 2021 nian … [Zhongwei Government Work Report 2021]. Delivered by …, paragraph 12. <url>.` */
export function formatEn(r: EnReference): string {
  const delivered = deliveredEn(r);
  return `${r.issuer}. ${r.year}. ${r.titlePinyin} [${r.titleEn}]. ${delivered ? `${delivered}. ` : ""}${r.url}.`;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const EN = /^(.+?)\. (\d{4})\. (.+?) \[(.+?)\]\. (?:(.+?)\. )?(https?:\/\/\S+)\.$/u;
const DELIVERED = new RegExp(
  `^(?:Delivered(?: by (.+?))?(?:,? (\\d{1,2}) (${MONTHS.join("|")}) (\\d{4}))?)?(?:(?:^|, )[Pp]aragraph (\\d+))?$`,
);

/** The parts of an English reference written by {@link formatEn}, or null when it is not one. */
export function parseEn(text: string): EnReference | null {
  const m = EN.exec(text.trim());
  if (!m) return null;
  const d = DELIVERED.exec(m[5] ?? "");
  if (!d) return null;
  const pad = (n: number) => String(n).padStart(2, "0");
  const date = d[4] ? `${d[4]}-${pad(MONTHS.indexOf(d[3]!) + 1)}-${pad(Number(d[2]))}` : "";
  return {
    issuer: m[1]!,
    year: Number(m[2]),
    titlePinyin: m[3]!,
    titleEn: m[4]!,
    speaker: d[1] ?? "",
    date,
    paragraph: d[5] ? Number(d[5]) : null,
    url: m[6]!,
  };
}

/** The GB/T 7714-2015 parts of a report's (or paragraph's) reference. */
export function gbtReference(meta: CiteMeta, site: string | URL, paragraph: number | null): GbtReference {
  const issuer = issuerZh(meta);
  return {
    issuer,
    title: displayTitle(meta),
    place: publicationPlace(meta),
    publisher: issuer,
    date: meta.date || String(meta.year),
    paragraph,
    url: permalinkOf(site, meta.id, paragraph),
  };
}

/** The English parts of a report's (or paragraph's) reference. */
export function enReference(meta: CiteMeta, site: string | URL, paragraph: number | null): EnReference {
  return {
    issuer: issuerEn(meta),
    year: meta.date ? Number(meta.date.slice(0, 4)) : meta.year,
    titlePinyin: titlePinyin(displayTitle(meta), meta.place_zh),
    titleEn: reportTitleEn(meta),
    speaker: speakerEn(meta),
    date: meta.date,
    paragraph,
    url: permalinkOf(site, meta.id, paragraph, "en"),
  };
}

/**
 * The citation of a report (no paragraph) or of one of its paragraphs (`12` or `"p-12"`), for the site at
 * `site` (Astro's `site`: `https://example.org`).
 */
export function citation(meta: CiteMeta, site: string | URL, paragraph?: number | string | null): Citation {
  const n = paragraphNumber(paragraph);
  const gbt = gbtReference(meta, site, n);
  const en = enReference(meta, site, n);
  return {
    report: meta.id,
    paragraph: n,
    issuer: gbt.issuer,
    issuer_en: en.issuer,
    title: gbt.title,
    title_pinyin: en.titlePinyin,
    title_en: en.titleEn,
    date: meta.date,
    permalink: gbt.url,
    permalink_en: en.url,
    gbt: formatGbt(gbt),
    en: formatEn(en),
  };
}
