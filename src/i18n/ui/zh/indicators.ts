/** Strings of the indicators pages (`/indicators/…`) and of their charts. */
export default {
  /** The section's name: page title, breadcrumb root. */
  name: "指标",
  /** A list of names in running text: 银川、石嘴山、中卫. */
  join: (items: readonly string[]) => items.join("、"),
  crumbsLabel: "位置",
  legendLabel: "图例",
  /** `2021年` */
  year: (year: number) => `${year}年`,
  /** `2021年报告` */
  yearReports: (year: number) => `${year}年报告`,
  /** `2020年结果与2021年目标` */
  resultsAndTargets: (resultYear: number, targetYear: number) => `${resultYear}年结果与${targetYear}年目标`,

  index: {
    description: (names: string) => `${names}政府工作报告中的指标：各年结果与目标的图表，每个数字链接回原文。`,
    lede: (names: string) =>
      `${names}的政府工作报告里写下的数字：上一年做到了多少，这一年定下什么目标。按年份看各地的结果与目标，或按指标看各地各年的数字；每个数值都链接到它所在的原文段落。`,
    yearsTitle: "按年份",
    records: (count: number) => `${count} 条记录`,
    metricsTitle: "按指标",
    metricsLede: "每个指标一页：各地各年的结果与目标、全部记录与原文、本指标的 CSV。括号内是报告这一指标的地区数。",
    /** After an indicator's link: （3 地，2020、2021） */
    metricStats: (places: number, years: string) => `（${places} 地，${years}）`,
    dataTitle: "全部数据",
    dataLead: (total: number, unlisted: number) => `全部 ${total} 条数字记录（其中 ${unlisted} 条未归入指标词表）：`,
    dataTail: "。 每份报告的全部记录见各年份页面末尾。",
  },

  yearPage: {
    /** `（第 2/3 页）` */
    partOf: (part: number, parts: number) => `（第 ${part}/${parts} 页）`,
    title: (resultYear: number, targetYear: number) => `${targetYear}年报告的指标：${resultYear}年结果与${targetYear}年目标`,
    /** The page's <title>, with its part (`（第 2/3 页）`). */
    pageTitle: (resultYear: number, targetYear: number, partOf: string) => `${targetYear}年报告的指标：${resultYear}年结果与${targetYear}年目标${partOf}`,
    description: (names: string, resultYear: number, targetYear: number) =>
      `${names}${targetYear}年政府工作报告：${resultYear}年结果与${targetYear}年目标，逐项图表，每个数字链接回原文。`,
    /** Breadcrumb of a later part: ` › 第 2 页` */
    crumbPart: (part: number) => ` › 第 ${part} 页`,
    lede: (names: string, resultYear: number, targetYear: number) =>
      `${names}的${targetYear}年政府工作报告：${resultYear}年做到了多少（实心标记），${targetYear}年定下什么目标（空心标记、色带或箭头）。`,
    /** The regions drawn as their cities' reference: 宁夏回族自治区、云南省 (and how many they are). */
    ledeRegion: (regions: string, _count: number) => `${regions}作为下辖各市的参照，画在所辖各市之前，其目标是穿过它与所辖各市各行的虚线。`,
    ledeLinks: "点图中的数值即可打开原文段落。",
    navLabel: "本页内容",
    page: (n: number) => `第 ${n} 页`,
    thisPage: (n: number) => `第 ${n} 页（本页）`,
    continued: "（续）",
    /** A count after a link: （12） */
    count: (n: number) => `（${n}）`,
    gapsTitle: "无法对比的指标",
    reportsTitle: "各报告的全部记录",
    chartsTitle: (charts: number, parts: number) => `结果与目标（${charts} 项指标${parts > 1 ? `，分 ${parts} 页` : ""}）`,
    chartsLede: (resultYear: number, targetYear: number) =>
      `至少一地同时给出${resultYear}年结果和${targetYear}年目标的指标，各有一张图，按领域分组；每张图只列出提到这一指标的地区，各有自己的刻度。`,
    pagerLabel: "分页",
    prev: (n: number) => `← 第 ${n} 页`,
    next: (n: number, sections: string) => `第 ${n} 页：${sections} →`,
    gapsLede: (resultYear: number, targetYear: number) => `以下指标没有一个地区同时给出${resultYear}年结果和${targetYear}年目标；数值见各指标的页面。`,
    /** Between an indicator and what it lacks: ： */
    gapsSep: "：",
    reportsLede: (targetYear: number) => `每份${targetYear}年报告中的全部数字（包括未归入指标词表的），一份报告一页：`,
    /** After a report's link: （96 条） */
    reportCount: (n: number) => `（${n} 条）`,
    allData: "全部数据：",
  },

  figure: {
    /** What is missing, as a sentence: 只有2020年结果：固原。 */
    gapsSentence: (gaps: string) => `${gaps}。`,
    noChart: "这些数字无法画在同一数轴上，见",
    noFigures: "没有报告单独给出这两年的结果或目标，见",
    noChartLink: "单项页面",
    noChartTable: "下表",
    noChartEnd: "。",
    data: (n: number) => `数据与原文（${n} 条）`,
    tableCaption: (label: string, year: number) => `${label}：${year}年报告的记录与原文`,
  },

  table: {
    indicator: "指标",
    value: "数值",
    place: "地区",
    kind: "类型",
    quote: "原文",
    estimate: "预计",
    /** A record's kind with its years: 2019年结果, 2016—2020年目标. */
    kindText: (years: string, kind: "result" | "target") => `${years}${kind === "result" ? "结果" : "目标"}`,
    /** The years of a record: 2020年, 2016—2020年. */
    years: (first: number, last: number) => (first === last ? `${last}年` : `${first}—${last}年`),
  },

  metricPage: {
    title: (label: string) => `${label}：各地各年的结果与目标`,
    description: (label: string, places: string, first: number, last: number) =>
      `${label}：${places}${first === last ? `${first}年` : `${first}—${last}年`}政府工作报告中的结果与目标，每个数字链接回原文。`,
    lede: (places: string) => `${places}各年政府工作报告中的这一指标：每份报告上一年的结果与当年的目标，一年一图；点图中的数值即可打开原文段落。`,
    chartCaption: (year: number) => `${year}年报告：${year - 1}年结果与${year}年目标`,
    summaryTitle: "图中的数值",
    /** Between a year's link and its chart in words: ： */
    summarySep: "：",
    nothingDrawn: "无可画的数字",
    recordsTitle: (n: number) => `全部记录（${n} 条）`,
    recordsLede: "各地各年报告中这一指标的每个数字，包括多年累计和五年目标；数值链接到原文段落。",
    recordsCaption: (label: string) => `${label}：全部记录与原文`,
    csvLead: (n: number) => `这一指标的 ${n} 条记录（`,
    csvLink: "下载本指标的 CSV 文件",
    csvMiddle: "）， 列与 ",
    csvAll: " 相同（全部指标；另有",
    csvEnd: "）。",
  },

  filter: {
    place: "地区",
    kind: "类型",
    year: "报告年份",
    all: "全部",
    result: "结果",
    target: "目标",
  },

  records: {
    title: (place: string, year: number) => `${place}${year}年报告中的全部数字`,
    /** The page's <title> (the place's full name in Chinese, its short name in English). */
    pageTitle: (place: string, year: number) => `${place}${year}年报告中的全部数字`,
    description: (place: string, year: number, total: number) => `${place}${year}年政府工作报告中的 ${total} 个数字：结果与目标，每个链接回原文。`,
    fullText: "报告全文",
    lede: (total: number, results: number, targets: number) =>
      `中的 ${total} 个数字：${results} 个结果，${targets} 个目标。数值链接到原文段落；归入指标词表的，原文前以【】注明指标，可在`,
    ledeYear: (year: number) => `${year}年指标图表`,
    ledeEnd: "中与其他地区比较。",
    results: (n: number) => `结果（${n} 个）`,
    targets: (n: number) => `目标（${n} 个）`,
    none: "这份报告中没有识别出这一类数字。",
    value: "数值",
    quote: "指标与原文",
    /** A value's link in a report's table: 2019年预计6%左右 (the kind is the table's). */
    line: (_indicator: string | null, years: string, _kind: "result" | "target", estimate: boolean, value: string) =>
      `${years}${estimate ? "预计" : ""}${value}`,
  },

  /** The words inside the result → target charts (lib/charts). */
  chart: {
    /** Chart title: 地区生产总值增速：2020年结果与2021年目标 */
    title: (label: string, resultYear: number, targetYear: number) => `${label}：${resultYear}年结果与${targetYear}年目标`,
    /** The axis caption for units other than percent: 单位：万人 */
    unit: (unit: string) => `单位：${unit}`,
    noData: "无数据",
    noResult: (year: number) => `无${year}年结果`,
    noTarget: (year: number) => `无${year}年目标`,
    higherBetter: "数值越高越好 →",
    lowerBetter: "← 数值越低越好",
    /** The name of a mark's link: 中卫 2020年目标 6.5%左右：原文 */
    markLink: (place: string, year: number, kind: "result" | "target", value: string) =>
      `${place} ${year}年${kind === "result" ? "结果" : "目标"} ${value}：原文`,
    /** The text alternative, row by row. */
    descNotStated: (place: string) => `${place}：未提及`,
    descRow: (place: string, result: string, target: string) => `${place}：${result}，${target}`,
    descNoResult: (year: number) => `未报告${year}年结果`,
    descNoTarget: (year: number) => `未提出${year}年目标`,
    descResult: (year: number, estimate: boolean, value: string) => `${year}年${estimate ? "预计" : ""}${value}`,
    descTarget: (year: number, value: string) => `${year}年目标${value}`,
    descRows: (rows: readonly string[]) => `${rows.join("；")}。`,
    descHigherBetter: "数值越高越好。",
    descLowerBetter: "数值越低越好。",
    descRule: (region: string) => `虚线标出${region}的目标。`,
    descAbsent: (places: string) => `未提及：${places}。`,
    /** Legend entries. */
    legendResult: (year: number | null) => (year === null ? "上年结果" : `${year}年结果`),
    legendEstimate: "预计（估计值）",
    legendTarget: (year: number | null) => (year === null ? "当年目标" : `${year}年目标`),
    legendApprox: "约数（左右）",
    legendBand: "目标区间",
    legendFloor: "下限（以上）",
    legendCeiling: "上限（以内）",
    legendRule: (region: string, year: number | null) => `${region}的${year === null ? "" : `${year}年`}目标（参照线）`,
    /** What is missing in a plan year, by place: 只有2020年结果：固原；只有2021年目标：银川；未提及：吴忠 */
    onlyResult: (year: number, places: string) => `只有${year}年结果：${places}`,
    onlyTarget: (year: number, places: string) => `只有${year}年目标：${places}`,
    absent: (places: string) => `未提及：${places}`,
    gaps: (parts: readonly string[]) => parts.join("；"),
  },
};
