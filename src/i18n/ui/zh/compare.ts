/** Strings of the compare pages: the pair pages, the picker, the view-time composer and each report's topic page. */
export default {
  /** The pair pages' <title> and heading: `报告对比：石嘴山市与中卫市 2020年`. */
  title: (pair: string) => `报告对比：${pair}`,
  /** The same in the <title>, before the site's name (kept short: `pairTitle`). */
  docTitle: (pair: string) => `报告对比：${pair}`,
  /** `/compare/`'s meta description. */
  indexDescription: (pair: string) => `按主题并排对照${pair}的政府工作报告；另可任选同一年的两地或同一地的相邻两年对比。`,
  /** A pair page's meta description. */
  pairDescription: (pair: string) => `按主题并排对照${pair}的政府工作报告，每段链接到原文。`,
  page: {
    /** The introduction, around the links to the two reports: before the first, between them, after the second. */
    ledeStart: "把",
    ledeAnd: "和",
    ledeEnd: (parts: string) => `按主题并排对照：每个主题下先列两份报告的主要数字，再分${parts}列出原文段落，每段都链接到报告原文。`,
    /** Joins the part names in the introduction. */
    partsJoin: " / ",
    sharedMark: "黄色底纹",
    sharedText: "：两份报告都使用的提法和口号。",
    termMark: "点线下划线",
    termText: "：术语，指向、聚焦或在触屏上轻点时显示解释，点击（触屏上再点一次）进入",
    termLink: "术语解释",
    termEnd: "。",
    assignNote: (other: string) => `段落按小标题、段首句和关键词归入一个主题；兼及其他主题的段落列在那些主题的“另见”中。开场、致谢、总体要求和结束语归入“${other}”。`,
    pickLink: "换一组报告对比",
    pickText: "：同一年的两地，或同一地的相邻两年。",
    /** How the two reports are named together: one place's two years, or two places. */
    bothYears: "两年",
    bothPlaces: "两地",
  },
  filter: {
    legend: "显示哪一部分",
    all: "全部都看",
    only: (part: string) => `只看${part}`,
  },
  nav: {
    title: "主题",
    /** A report's paragraph count in a topic: `中卫 12 段`, `2021年 12 段`. */
    count: (name: string, n: number) => `${name} ${n} 段`,
  },
  topic: {
    shared: (both: string) => `${both}在本主题共用的提法：`,
    back: "回到主题列表",
  },
  column: {
    noOutlook: "这份报告没有五年规划部分。",
    noPrimary: "这一部分没有以本主题为主的段落。",
    also: "另见（全文列在其他主题下、也涉及本主题的段落）：",
    /** A paragraph's permalink, read out: `中卫市报告原文第12段`. */
    permalink: (report: string, n: number) => `${report}报告原文第${n}段`,
  },
  figures: {
    title: "主要数字",
    more: (total: number, shown: number) => `（共 ${total} 项，列出 ${shown} 项）`,
    /** `地区生产总值增长（2020年目标）`: the label, then what kind of figure it is. */
    kind: (kind: string) => `（${kind}）`,
    none: "本主题下没有提取到数字。",
  },
  picker: {
    title: "选两份报告对比",
    count: (pairs: number) => `同一年的任意两地，或同一地的相邻两年，共 ${pairs} 组。`,
    /** Above the limit the pairs open in the composer: before its link, the link, after it. */
    manyStart: (limit: number) => `报告多于 ${limit} 份，各组在浏览器中即时组合（`,
    /** Instead of `manyStart` while every pair has its page but there are too many to list. */
    formStart: "组数较多，这里不逐一列出（",
    manyLink: "任选两份报告对比",
    manyEnd: "）。",
    fewStart: "任意两份报告也可",
    fewLink: "在浏览器中即时组合对比",
    fewEnd: "，例如两地不同年份的报告。",
    byYear: "按年份",
    byPlace: "按地区",
    /** Above the limit: the form that opens any two reports in the composer. */
    formTitle: "任选两份报告",
    first: "第一份",
    second: "第二份",
    submit: "对比",
    /** Above the limit, the by-place links: each place's consecutive years only. */
    byPlaceYears: "按地区：相邻两年",
    consecutive: "相邻两年",
    /** Before a line of links: `2020年：`. */
    lineLabel: (label: string) => `${label}：`,
    /** Joins the places of a pair in the by-year list: `宁夏—银川`. */
    placesJoin: "—",
    /** A by-year link's accessible name: `宁夏—银川（2020年）`. */
    inYear: (pair: string, year: number) => `${pair}（${year}年）`,
    /** A place's consecutive years: `2020年与2021年`. */
    years: (first: number, last: number) => `${first}年与${last}年`,
    /** A by-place link's accessible name, consecutive years: `中卫2020年与2021年`. */
    placeYears: (place: string, years: string) => `${place}${years}`,
    /** A by-place link's accessible name, two places: `中卫与固原（2020年）`. */
    placeWith: (place: string, other: string, year: number) => `${place}与${other}（${year}年）`,
  },
  view: {
    title: "报告对比：任选两份",
    description: "任选两份报告，在浏览器中按主题并排对照；没有 JavaScript 时可读每份报告的按主题页。",
    heading: "报告对比",
    lede: "按主题并排对照两份报告，每段链接到原文。任意两份报告均可，例如两地不同年份的报告（另见",
    ledeLink: "对比页的报告组合",
    ledeEnd: "）。",
    fallbackTitle: "每份报告的按主题页",
    fallbackText: "无法在此组合时（浏览器未运行 JavaScript，或地址中的报告不存在），可分别阅读两份报告的按主题页：",
    /** What the composer says and writes once the page has loaded. */
    needPair: (example: string) => `请在上面选两份不同的报告，或在地址中写明${example ? `，如 ${example}` : ""}。`,
    notFound: (ids: readonly string[]) => `找不到报告：${ids.join("、")}。`,
    pairHeading: (a: string, b: string) => `报告对比：${a}与${b}`,
    columnLabel: (report: string, topic: string) => `${report}：${topic}`,
    empty: "本主题无段落。",
    more: "每份报告的按主题页：",
    moreJoin: "、",
  },
  topics: {
    /** A report's topic page: its <title> and heading, `中卫市2020年政府工作报告：按主题`. */
    title: (report: string) => `${report}政府工作报告：按主题`,
    /** The same in the <title>, before the site's name (kept short). */
    docTitle: (report: string) => `${report}政府工作报告：按主题`,
    description: (report: string) => `${report}政府工作报告的每一段按主题归类，链接到原文；两份报告的对比无需 JavaScript 时也可由此阅读。`,
    ledeStart: "每一段按主题归类一次，链接到",
    readerLink: "报告原文",
    ledeMiddle: "中的位置；与另一份报告并排对照见",
    compareLink: "报告对比",
    ledeData: "。本页的数据：",
    ledeEnd: "。",
  },
  /** A paragraph by its number: `第12段`, with its part: `第12段（2019年工作回顾）`. */
  paragraph: (n: number) => `第${n}段`,
  paragraphIn: (n: number, part: string) => `第${n}段（${part}）`,
};
