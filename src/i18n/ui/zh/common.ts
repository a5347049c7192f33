import { PLACES_NAMED } from "../../config.ts";

/** Joins a list: 银川市、石嘴山市和中卫市 */
const list = (items: readonly string[]): string => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join("、")}和${items.at(-1)}`);

/** The frame every page shares: site name, navigation, search box, language switch, footer. */
export default {
  siteName: "政府工作报告对读",
  description: "阅读、检索、对比地方政府工作报告：逐段永久链接，指标链接回原文，数据可下载。",
  skipLink: "跳到正文",
  nav: {
    label: "主导航",
    home: "首页",
    compare: "对比",
    indicators: "指标",
    tracker: "跟踪",
    glossary: "术语",
  },
  searchBox: { label: "搜索报告", placeholder: "搜索报告…", submit: "搜索" },
  langSwitch: {
    /** The switch's accessible name. */
    label: "语言",
    /** The link to the same page in the other language, written in that language. */
    other: "English",
  },
  /** The page served at an address that has none (404.html), which says itself in both languages. */
  notFound: {
    title: "找不到这个页面",
    text: "这个地址上没有页面：链接可能有误，或者本站没有这份报告或这组对比。",
    pair: "要对比这两份报告，请打开",
    pairLink: "这两份报告的对比",
    home: "首页：各地各年的报告",
    view: "任选两份报告对比",
    search: "全文搜索",
  },
  footer: {
    downloads: "数据下载：",
    sourceNote: "报告原文以各地人民政府公布文本为准。",
  },
  /** `2020年1月6日` */
  date: (year: number, month: number, day: number) => `${year}年${month}月${day}日`,
  /** `1月6日` (where the year is said elsewhere) */
  monthDay: (month: number, day: number) => `${month}月${day}日`,
  year: (year: number) => `${year}年`,
  /** Joins a list: 银川市、石嘴山市和中卫市 */
  list,
  /**
   * The places a sentence is about: up to {@link PLACES_NAMED} named (银川市、石嘴山市和中卫市); more are counted, the first
   * three named: 宁夏回族自治区、银川市、石嘴山市等 79 个地方.
   */
  places: (names: readonly string[]): string =>
    names.length <= PLACES_NAMED ? list(names) : `${names.slice(0, 3).join("、")}等 ${names.length} 个地方`,
};
