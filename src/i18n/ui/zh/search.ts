/** Strings of the search page; those its script needs are in `results` (./search-results.ts). */
import results from "./search-results.ts";

export default {
  title: "全文检索",
  description: "检索各地各年政府工作报告全文：关键词直达段落，可按地区、年份和报告部分筛选。",
  formLabel: "搜索报告的段落、标题和术语",
  placeholder: "例如：养老、幼儿园、GDP",
  submit: "搜索",
  place: "地区",
  allPlaces: "全部地区",
  year: "年份",
  allYears: "全部年份",
  part: "部分",
  allParts: "全部内容",
  /** The tips below the box; `{key}` is shown as a key of the keyboard. */
  tips: "多个词用空格分开，结果须包含全部词语。按 {/} 回到搜索框，{↓} {↑} 在结果间移动，{Enter} 打开。",
  /** How words in this language are searched, where they are not the reports' (empty: they are). */
  languageNote: (_examples: string) => "",
  noScript: ["搜索需要启用 JavaScript。也可以从", "首页", "打开报告全文，用浏览器的页内查找。"] as [string, string, string],
  resultsLabel: "搜索结果",
  more: "显示更多结果",
  results,
};
