import { compact, hasDate, hasSession } from "./dateline.ts";

/** A title line, and the dateline that runs on after it (`政府工作报告——2024年1月28日在…会议上`). */
export interface TitleLine {
  title: string;
  /** What follows the title on its line when it is a dateline; empty otherwise. */
  rest: string;
}

/** Longest title line: a sentence that mentions the report is not its title. */
const MAX_TITLE = 40;

/**
 * Read a line as the title line: it names 政府工作报告 and is short. A dateline running on after the title
 * (with or without a dash) is returned apart; a title line ending in a dash leaves its dateline to the next line.
 */
export function splitTitleLine(text: string): TitleLine | null {
  const c = compact(text);
  const m = /^(.*?政府工作报告[》”]?(?:[（(](?:草案|摘要|全文|\d{4}年)[）)])?)(.*)$/.exec(c);
  if (!m) return null;
  const rest = m[2]!.replace(/^[—―─–⸺━\-－~～]+/, "");
  const isDate = rest !== "" && (hasDate(rest) || hasSession(rest));
  if ([...m[1]!].length > MAX_TITLE || (rest !== "" && !isDate && !/^[—―─–⸺━\-－*＊》”]*$/.test(m[2]!))) return null;
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
