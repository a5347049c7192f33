/** The tracker pages: /tracker/ and /tracker/<place>/. */
export default {
  title: "目标跟踪",
  description: "每项年度目标完成了吗？把政府工作报告中的目标与下一年报告所报的结果逐项对照，附两句原文和判断规则。",
  heading: "目标跟踪：目标完成了吗？",
  /** The overview's lede: a sentence per tracked year, then the count of targets and places. */
  lede: (years: readonly number[], targets: number, places: number) => [...years.map((y) => `${y}年的目标，对照${y + 1}年报告所报的${y}年结果。`), `共跟踪 ${targets} 项目标，覆盖 ${places} 个地方。每一项都附目标原句、结果原句和判断规则。`].join(""),
  placesTitle: "各地一览",
  placesCaption: "各地目标按状态计数（点数字看明细）",
  placeColumn: "地方",
  matrixTitle: "主要指标",
  matrixCaption: (years: readonly number[]) => `主要指标 × 地方：每格是该地${years.join("、")}年目标的判断`,
  metricColumn: "指标",
  matrixNote: "“—”表示该地报告没有提出这一指标的数字目标。",
  chartsTitle: "目标与结果",
  /** The SVG title of a chart. */
  chartTitle: (metric: string, year: number) => `${metric}：${year}年目标与结果`,
  /** One place in a chart's text alternative. */
  chartDescRow: (place: string, target: string, outcome: string, status: string) => `${place}：目标“${target}”，结果${outcome}，${status}`,
  chartDescSeparator: "；",
  chartNoOutcome: "未报告",
  chartCaption: "条带为目标（约数目标含0.5个百分点容差），圆点为下一年报告的结果。",
  chartCaptionRule: (rule: string) => `虚线为${rule}，供下辖各地参照。`,
  dataLabel: "数据下载：",
  dataNote: "（UTF-8，含表头）",
  placeTitle: (place: string) => `${place}目标跟踪`,
  placeDescription: (place: string) => `${place}政府工作报告中每项目标与下一年报告所报结果的对照：目标原句、结果原句、判断规则。`,
  /** After the place's name in the heading. */
  placeHeading: "：目标完成了吗？",
  placePair: (targetYear: number, targets: number, outcomeYear: number) => `${targetYear}年报告的 ${targets} 项目标，对照${outcomeYear}年报告所报的结果。`,
  countsLabel: "各状态的目标数",
  filterStatus: "状态",
  filterMetric: "指标",
  filterAll: "全部",
  filterSubmit: "筛选",
  /** The live count of rows the filters leave. */
  filterCount: (shown: number, total: number) => `显示 ${shown} / ${total} 项`,
  listTitle: "逐项对照",
  untrackedTitle: "未跟踪的目标",
  untrackedNote: "这些目标有数字，但不在我们的指标表中，无法与下一年的结果配对；或其指标无所谓高低（如人口自然增长率、一般公共预算支出、贷款余额）而又未设上限，没有规则可以判断。只列出原文。",
  awaitingTitle: "等待下一年报告的目标",
  /** A report's targets whose next year's report is not on the site yet. */
  awaitingNote: (year: number, targets: number, nextYear: number) =>
    `${year}年报告的 ${targets} 项目标：本站尚未收录${nextYear}年报告，这些目标待其给出${year}年的结果后再作判断，暂不计入各状态的数目。`,
  /** The badge of such a target (no status of the tracker's). */
  awaitingStatus: "待报告",
  awaitingNone: (nextYear: number) => `本站尚未收录${nextYear}年报告。`,
  /** On /tracker/: the places whose targets all await the next report, before their links. */
  awaitingPlaces: "以下地方的报告提出了目标，但下一年的报告尚未收录，目标待判断：",
  awaitingPlace: (place: string, targets: number) => `${place}（${targets} 项目标）`,
  /** The link from a quote to its paragraph. */
  paragraphLink: (paragraph: number) => `原文第 ${paragraph} 段`,
  /** Before an untracked target's sentence: which of its numbers the line is (`目标 3个以上`). */
  untrackedValue: (value: string) => `目标 ${value}`,
  targetCaption: (year: number) => `${year}年报告的目标`,
  outcomeCaption: (year: number) => `${year}年报告的结果`,
  noOutcome: (year: number) => `报告中没有这一指标${year}年的单年数字。`,
  ruleLabel: "判断规则：",
  howTitle: "我们怎样判断",
  /** The rules in plain words: each item a list of pieces, `{ b }` in bold. */
  howItems: (near: number): (string | { b: string })[][] => [
    ["某年报告提出的年度目标，用同一地方下一年报告中给出的该年结果来判断；只比较同一指标、同一口径的单年数字。"],
    [{ b: "下限目标" }, "（增长6%、6%以上）：结果不低于目标为“完成”。", { b: "约数或区间目标" }, `（6.5%左右、6.5%—7%）：结果低于目标但差距不超过${near}个百分点为“接近”。`],
    [{ b: "上限目标" }, "（控制在4.5%以内、物价涨幅3%左右、失业率）：结果不超过上限为“完成”。", { b: "降幅目标" }, "（能耗下降3%）：降幅不小于目标为“完成”。“持平”按0%计。"],
    [{ b: "预计数" }, "：下一年报告常写“预计增长…”，我们把预计数当作结果，并注明是预计。"],
    [{ b: "未报告" }, "：下一年报告没有给出这一指标的单年数字。政府没有报告的，同样是新闻。五年平均、累计数和新一年的目标都不算结果。"],
    [{ b: "口径不同" }, "：下一年报告给出的是另一口径的数字，例如城镇调查失业率对登记失业率、总量对增速、以更早年份为基期的变化，不能直接比较。"],
    ["没有数字的目标（“完成自治区下达任务”“恢复性增长”）无法判断，不列入跟踪；有数字但不在我们指标表中的目标单独列出，不作判断。"],
  ],
};
