/** Strings of the glossary page. */
export default {
  title: "术语解释",
  description: "政府工作报告中的政策用语：“三大攻坚战”“六稳”“两不愁三保障”等的含义、出处，以及各地各年报告中用到它们的每一段。",
  /** A report named by place and year, in a list of the reports that define terms: `中卫市2020年`. */
  reportYear: (place: string, year: number) => `${place}${year}年`,
  /** A report, in a source or a list of uses: `中卫市2020年报告`. */
  report: (place: string, year: number) => `${place}${year}年报告`,
  lede: (reports: readonly string[], terms: number, entries: number, docs: number) =>
    [
      `${reports.join("、")}政府工作报告的附录解释了 ${terms} 个政策用语（共 ${entries} 条解释）。`,
      `这里每个用语一条：它的含义（各报告解释不同时逐一列出）、出处，以及全部 ${docs} 份报告中用到它的每一段。`,
      "各报告阅读页中的这些用语都链接到这里。",
    ].join(""),
  indexTitle: "用语一览",
  /** A page of a split glossary, by its label: a pinyin initial (`L`), syllables (`San–Shuang`), or `0` (terms opening with a number). */
  pageLabel: (label: string) => (label === "0" ? "数字开头" : label),
  pageTitle: (label: string) => `术语解释：${label}`,
  pagesTitle: "按拼音查找",
  /** The lede of a page of a split glossary. */
  pageLede: (label: string, terms: number, all: number) => `术语解释中以“${label}”开头的 ${terms} 个用语（共 ${all} 个）。`,
  /** The lede of `/glossary/` when the glossary is split, after the main lede. */
  overviewLede: (pages: number) => `用语按拼音分在 ${pages} 页。`,
  /** Beside a term in the index: in how many reports, how many times. */
  indexCounts: (reports: number, uses: number) => `${reports} 份 · ${uses} 处`,
  termsTitle: "用语、解释与出处",
  /** Before the source of the only definition, and of each of several. */
  source: "出处：",
  sourceOfThis: "这一解释出自：",
  /** `中卫市2020年报告附录第 3 条` */
  sourceLink: (report: string, number: number) => `${report}附录第 ${number} 条`,
  usedIn: (reports: number, uses: number) => `${reports} 份报告用到，共 ${uses} 处：`,
  /** A report's line of uses, before the links to its paragraphs. */
  usesIn: (report: string, uses: number) => `${report}（${uses} 处）：`,
  paragraph: (n: number) => `第 ${n} 段`,
  unused: "正文中没有用到。",
  sharedTitle: "多份报告共用的其他提法",
  sharedLede: "下列加引号的提法不在任何附录中，但至少一半的报告用到了（括号内为报告份数）。点击可检索全文。",
  /** After a shared phrase: the number of reports using it. */
  sharedCount: (reports: number) => `（${reports}）`,
  /** Added to a term’s definition opened by a tap on a touch screen (readers, comparisons). */
  tapAgain: "再点一次用语，打开它在术语解释页的条目。",
};
