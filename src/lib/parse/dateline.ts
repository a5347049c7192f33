import { chineseNumeral } from "../text/numerals.ts";

/** What a dateline (`——2020年1月6日在某市第四届人民代表大会第四次会议上`) says. */
export interface Dateline {
  /** Year as written (a two-digit `19年` read as 2019), or null when the line gives none. */
  year: number | null;
  month: number | null;
  day: number | null;
  /** The congress session (`中卫市第四届人民代表大会第四次会议`), empty when the line names none. */
  congress: string;
}

const NUM = "[0-9０-９〇零一二三四五六七八九十]";
/** A date with or without its year: `2020年1月6日`, `二〇二六年一月二十七日`, `1月8日`. */
const DATE = new RegExp(`(?:(${NUM}{2,4})年)?(${NUM}{1,3})月(${NUM}{1,3})日`);

/** Remove white space of every kind (`2020 年` → `2020年`, `罗 强` → `罗强`). */
export const compact = (s: string): string => s.replace(/[\s\u3000]+/g, "");

/** Read 〇 written with a look-alike letter (Greek Ο, Latin O, ○) when it stands among Chinese numerals. */
export function foldZero(s: string): string {
  return s.replace(/(?<=[〇零一二三四五六七八九十])[ΟOoＯ○]|[ΟOoＯ○](?=[〇零一二三四五六七八九十])/g, "〇");
}

/** A number in ASCII, full-width or Chinese digits. */
function num(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(ascii) ? Number(ascii) : chineseNumeral(ascii);
}

/** Whether a line holds a date of the calendar (`…年…月…日` or `…月…日`). */
export function hasDate(text: string): boolean {
  return DATE.test(foldZero(compact(text)));
}

/** Whether a line names a congress session (`…会议上`, `…会议通过`). */
export function hasSession(text: string): boolean {
  return /(?:人民代表大会|人大).*?(?:会议|大会)/.test(compact(text));
}

/** Read the date and congress of a dateline; fields it does not state are null or empty. */
export function readDateline(text: string): Dateline {
  const c = foldZero(compact(text));
  const m = DATE.exec(c);
  let year: number | null = null;
  let month: number | null = null;
  let day: number | null = null;
  let hit: RegExpExecArray | null = m;
  if (m) {
    const [y, mo, d] = [m[1] ? num(m[1]) : Number.NaN, num(m[2]!), num(m[3]!)];
    year = calendarYear(y);
    if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31) [month, day] = [mo, d];
  } else {
    // A year and month without a day (`2021年1月在…会议上`): the year still counts.
    hit = new RegExp(`(${NUM}{4})年(?:${NUM}{1,2}月)?`).exec(c);
    if (hit) year = calendarYear(num(hit[1]!));
  }
  // A title run on before the date (`*政府工作报告2019年1月27日在…会议上`, a heading's emphasis left half-open) names no session.
  // A news lead sets the date off by a comma (`1月24日，自治区十届人大一次会议在拉萨隆重开幕`, Tibet 2013): the session
  // starts after it.
  const rest = (hit ? c.slice(0, hit.index) + c.slice(hit.index + hit[0].length) : c)
    .replace(/^[*＊]*[^在于，。；*＊]*?工作报告[*＊》”]*(?=[在于])/, "")
    .replace(/^[（(—―─–⸺━\-－~～\s]+/, "")
    .replace(/^[，,](?=[^，,。；]*?(?:人民代表大会|人大))/, "");
  // A session, full (`…第四次会议`) or abbreviated (`市十六届人大二次会议`), else whatever stands in `在…上`. A
  // session said after the date (`在…会议上`) is read there: a title the line repeats before the date
  // (`政府工作报告（2024年1月13日在福州市…会议上）`) is no part of it.
  const after = hit ? c.slice(hit.index + hit[0].length) : "";
  // A web page's headline may name the speaker before the session, his name after his title (`2001年2月11日广东省省长
  // 卢瑞华 在广东省第九届人民代表大会第四次会议上作政府工作报告`) or before it (`龚正市长在上海市第十六届人民代表大会第四次
  // 会议的政府工作报告（2026年）`): the session is what stands after his 在.
  const s =
    /^[在于](.+?会议)/.exec(after) ??
    /^[^在于，。；]{0,12}?[长席][\u4e00-\u9fff·]{0,5}?[在于](.+?会议)/.exec(rest) ??
    /^(?:在|于)?(.+?会议)/.exec(rest) ??
    /^[在于](.+?)上/.exec(rest) ??
    // A dateline a copy cut off after the congress (`——2008年1月20日在甘肃省第十一届人民代表大会`, its session lost): the
    // congress it names, without the session.
    /^[在于](.+?届人民代表大会)[）)]?$/.exec(after);
  const congress = s ? s[1]! : "";
  return { year, month, day, congress };
}

/**
 * The year a dateline's digits name: two digits are of the century they fit (`98年` 1998, `05年` 2005), and a year
 * no report of the People's Republic can have (`998年`, a digit lost in a copy) is none.
 */
function calendarYear(y: number): number | null {
  if (!Number.isFinite(y)) return null;
  const full = y < 100 ? (y >= 49 ? 1900 + y : 2000 + y) : y;
  return full >= 1949 && full <= 2199 ? full : null;
}

/** `YYYY-MM-DD`. */
export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
