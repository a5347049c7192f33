import { compact, hasDate, hasSession } from "./dateline.ts";

/** A title line, and the dateline that runs on after it (`政府工作报告——2024年1月28日在…会议上`). */
export interface TitleLine {
  title: string;
  /** What follows the title on its line when it is a dateline; empty otherwise. */
  rest: string;
}

/** Longest title line: a sentence that mentions the report is not its title. */
const MAX_TITLE = 40;
/** Longest title of a report on a plan (`关于…第十个五年计划纲要的报告`), which names the plan in full. */
const MAX_PLAN_TITLE = 60;

/**
 * The title of a report of the genre: `…政府工作报告`, the report a government gives on a plan in its stead
 * (`关于甘肃省国民经济和社会发展第十个五年计划纲要的报告`, in a year a five-year plan begins), or a web page's
 * headline naming the speech (`区长在代表会上工作汇报`, `县长在县人代会上的政府工作报告`: the whole line, an office,
 * where, and 工作报告/工作汇报 last), or a government's report named with its year between the two (`湖北省人民政府2003年
 * 工作报告`, Hubei 2003), with no sentence punctuation inside.
 */
const TITLE =
  /^(?:.*?政府工作报告|[^，,。；;：:！？\s]{0,12}?人民政府(?:19|20)\d{2}年度?工作报告|关于[^，,。；;：:！？]{2,56}?的报告|[^，,。；;：:！？\s在]{0,12}?[长席]在[^，,。；;：:！？\s]{1,16}?会(?:议)?上的?(?:政府)?工作(?:报告|汇报)$)/;

/** Whether a title (spaces and emphasis removed) names a report of the genre. */
export function isReportTitle(title: string): boolean {
  return TITLE.test(title);
}

/**
 * Read a line as the title line: it names 政府工作报告 (or is a report `关于…的报告`) and is short, a note in brackets after
 * it kept (`（草案）`, its year: `（2021年）`, or a site's bare year, `兰州市人民政府工作报告（2009）`). A dateline running
 * on after the title (with or without a dash) is returned apart; a title line ending in a dash leaves its dateline
 * to the next line.
 */
export function splitTitleLine(text: string): TitleLine | null {
  const c = compact(text);
  const m = new RegExp(`^(${TITLE.source.slice(1)}[》”]?(?:[（(](?:草案|摘要|全文|\\d{4}年?)[）)])?)(.*)$`).exec(c);
  if (!m) return null;
  const rest = m[2]!.replace(/^[—―─–⸺━\-－~～]+/, "");
  const isDate = rest !== "" && (hasDate(rest) || hasSession(rest));
  const max = /政府工作报告/.test(m[1]!) ? MAX_TITLE : MAX_PLAN_TITLE;
  if ([...m[1]!].length > max || (rest !== "" && !isDate && !/^[—―─–⸺━\-－*＊》”]*$/.test(m[2]!))) return null;
  return { title: m[1]!, rest: isDate ? rest : "" };
}

/**
 * A title as the site shows it: spaces, emphasis left-overs (`*`), a web page's `原标题：`, book-title marks
 * (`《政府工作报告》`), list bullets and trailing dashes removed.
 */
export function cleanTitle(title: string): string {
  return compact(title)
    .replace(/^(?:原标题|标题)[：:]/, "")
    .replace(/[*＊•·]/g, "")
    .replace(/^[-－]+/, "")
    .replace(/[—―─–⸺━\-－]+$/, "")
    .replace(/《(.*?政府工作报告)》/, "$1");
}
