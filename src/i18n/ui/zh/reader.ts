/** Strings of the reader pages: title block, 来源 line, related reports, contents, key figures, the marks in the text. */
export default {
  /** The page's meta description. */
  description: (title: string) => `${title}全文：标题目录、段落永久链接、主要指标与术语解释。`,
  meta: {
    date: "日期",
    congress: "会议",
    speaker: "报告人",
    level: "层级",
    length: "篇幅",
    notStated: "未注明",
    paragraphs: (n: number) => `${n} 段`,
  },
  topics: "按主题阅读本报告",
  topicsNote: "（与其他报告对比时的分类）",
  source: {
    label: "来源",
    /** After the label. */
    colon: "：",
    /** Before the origin's file path. */
    file: " 文件 ",
    /** `（提交 <code>1728ccd</code>）`: before and after the commit. */
    commit: ["（提交 ", "）"] as [string, string],
    /** Between the origin and the official page. */
    separator: "；",
    official: "原网页：",
    none: "未记录",
    sha256: "原始文件 SHA-256",
    download: "下载：",
    markdown: "结构化 Markdown",
    csv: "全部指标 CSV",
  },
  related: {
    title: "相关报告",
    otherYears: (place: string) => `${place}其他年份：`,
    year: (year: number) => `${year}年`,
    /** The region one level up: `所属自治区2021年：`. */
    parent: (level: string, year: number) => `所属${level}${year}年：`,
    /** The places one level down: `下辖地级市2021年：`. */
    children: (level: string, year: number) => `下辖${level}${year}年：`,
    /** Between the links of a list. */
    separator: "、",
    /** Around the compare link after a report. */
    compareAround: ["（", "）"] as [string, string],
    compare: "对比",
    compareYears: (place: string, first: number, last: number) => `对比${place}${first}年与${last}年`,
    comparePlaces: (place: string, other: string, year: number) => `对比${place}与${other}${year}年`,
  },
  toc: "目录",
  keyFigures: {
    title: "主要指标",
    indicator: "指标",
    results: (year: number) => `${year}年实绩`,
    targets: (year: number) => `${year}年目标`,
    none: "未提及",
    separator: "；",
    note: "每个数值链接到原文所在段落。",
    all: "全部指标与图表",
    csv: "下载 CSV",
  },
  /** The ¶ permalink: what is said before and after the number (visually hidden): `第12段`. */
  pilcrow: (_n: number) => ["第", "段"] as [string, string],
  /** A figure's tooltip: `2020年实绩 · 地区生产总值增长`, `2016—2020年实绩 · …` for a figure over a period. */
  figure: {
    title: (years: string, kind: string, label: string) => `${years}${kind} · ${label}`,
    target: "目标",
    estimate: "预计",
    result: "实绩",
    /** Between the descriptions of figures sharing one mark. */
    separator: "；",
  },
  /** The status line after a permalink was copied. */
  copied: (url: string) => `已复制本段链接：${url}`,
};
