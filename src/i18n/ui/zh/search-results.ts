/**
 * Strings of the search page's script (src/scripts/search/): the results, the live status, the filters'
 * names for the parts of a report. Kept apart from the page's other strings so the script carries only these.
 */
export default {
  /** A year's option in the filter, and the year on a result. */
  yearReport: (year: number) => `${year}年报告`,
  /** The parts of a report (`DocPeriod`): the filter's options and the results' labels. */
  parts: {
    review: "工作回顾",
    plan: "年度工作安排",
    outlook: "五年规划展望",
  },
  /** Shown on a glossary entry found. */
  glossaryPart: "术语解释",
  moreCount: (rest: number) => `显示更多结果（还有 ${rest} 条）`,
  status: {
    empty: "输入关键词，搜索报告的段落、标题和术语解释。",
    filteredOut: (filtered: number) => `没有符合筛选条件的结果（筛选排除了 ${filtered} 条）。`,
    notFound: (query: string) => `没有找到“${query}”。`,
    /** Words in this language that the synonym table does not know, so are looked for as typed (empty: none). */
    unknownWords: (_words: readonly string[]) => "",
    fuzzy: (query: string, count: number) => `没有完全匹配“${query}”的内容，以下 ${count} 条是相近的结果。`,
    found: (count: number, filtered: number) => `找到 ${count} 条结果${filtered ? `（筛选排除了 ${filtered} 条）` : ""}。`,
    loading: (loaded: number, total: number) => `正在载入索引（${loaded}/${total}）…`,
    failed: "搜索索引载入失败，请刷新页面重试。",
  },
  /** "Also searched: …", before the synonym forms, and what separates them. */
  also: "同时搜索了：",
  alsoSeparator: "、",
  paragraph: (n: number) => `第 ${n} 段`,
  /** A result that holds a term's words in another order. */
  reordered: "词序不同",
};
