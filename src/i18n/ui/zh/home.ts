/** The home page. */
export default {
  lede: (places: string, span: string, count: number) =>
    `逐段阅读、检索和对比地方政府工作报告。现收录${places}${span}的 ${count} 份政府工作报告：每一段都有永久链接，每一个指标都链接回原文出处，数据可下载。`,
  /** The years covered: `2020—2021年`, `2020年`. */
  span: (first: number, last: number) => (first === last ? `${first}年` : `${first}—${last}年`),
  reportsTitle: "报告全文",
  gridCaption: "各地历年政府工作报告：点击进入全文，附报告日期和报告人",
  gridPlace: "地区",
  gridReport: (year: number) => `${year}年报告`,
  gridReportLabel: (place: string, year: number) => `${place} ${year}年报告`,
  noDate: "日期未注明",
  noSpeaker: "报告人未注明",
  toolsTitle: "读报告的几种方式",
  tools: {
    compare: ["报告对比", "按主题把两份报告并排对照：同一年的两地，或同一地的相邻两年。"],
    tracker: ["目标跟踪", "每项年度目标完成了吗？对照下一年报告所报的结果，附两句原文和判断规则。"],
    indicators: ["指标图表", "各地上一年实绩与当年目标，每个数字附原文出处。"],
    glossary: ["术语解释", "“三大攻坚战”“放管服”等政策用语的含义及出处。"],
  },
  toolsSearch: (count: number) => ["全文检索", `按关键词检索全部 ${count} 份报告，可按地区、年份筛选，结果直达段落。`] as [string, string],
  dataTitle: "数据下载",
  data: {
    indicatorsCsv: "：全部指标，一行一条（UTF-8，带表头）",
    indicatorsJson: "：同一数据的 JSON 格式",
    tracker: "：每项跟踪的目标、结果和判断，附两句原文及其段落链接（UTF-8，带表头）",
    reports: "各报告的结构化 Markdown（正文、标题层级与来源信息）：",
    separator: "、",
  },
};
