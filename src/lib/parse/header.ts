import { IngestError, type IngestWarning } from "../errors.ts";
import { chineseNumeral } from "../text/numerals.ts";

/** What the header lines of a report say. */
export interface Header {
  title: string;
  city_zh: string;
  year: number;
  date: string;
  congress: string;
  speaker: string;
  speaker_title: string;
  /** The header lines exactly as published. */
  lines: string[];
  /** Index (0-based, into the body lines) where the body starts. */
  bodyStart: number;
}

const NUM = "[0-9０-９〇零一二三四五六七八九十]";
const DATE = new RegExp(`(${NUM}{4})\\s*年\\s*(${NUM}{1,3})\\s*月\\s*(${NUM}{1,3})\\s*日`);
const OFFICES = "(?:代理)?(?:代)?(?:市长|县长|区长|省长|州长|盟长|旗长|主席|副市长|副县长|副区长|副省长)";

/** Remove spaces between CJK characters (`政 府 工 作 报 告` → `政府工作报告`). */
const compact = (s: string) => s.replace(/[\s\u3000]+/g, "");

/** Parse a number written in ASCII, full-width or Chinese digits. */
function num(s: string): number {
  const ascii = s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  return /^\d+$/.test(ascii) ? Number(ascii) : chineseNumeral(ascii);
}

/**
 * Read the header of a report: title, dateline (date and congress session) and speaker, up to the
 * salutation `各位代表：`. `lines` are the trimmed, non-empty lines with their 1-based line numbers.
 */
export function parseHeader(
  lines: { text: string; line: number }[],
  file: string,
  warn: (w: IngestWarning) => void,
): Header {
  let salutation = lines.findIndex((l, i) => i < 12 && /^各位代表[：:，,！!]?$/.test(compact(l.text)));
  if (salutation === -1) salutation = lines.findIndex((l, i) => i < 12 && /^各位代表/.test(l.text));
  const headEnd = salutation === -1 ? Math.min(lines.length, 4) : salutation;
  const head = lines.slice(0, headEnd);

  const titleLine = head.find((l) => /政府工作报告/.test(compact(l.text)));
  const dateLine = head.find((l) => DATE.test(compact(l.text)) && l !== titleLine);
  if (!titleLine && !dateLine) {
    throw new IngestError(
      file,
      "no recognisable header: expected a title line (…政府工作报告), a dateline (…年…月…日在…会议上) and the salutation 各位代表：",
      lines[0]?.line ?? 1,
    );
  }
  const headerEnd = salutation === -1 ? Math.max(...[titleLine, dateLine].map((l) => (l ? head.indexOf(l) + 1 : 0))) : salutation;
  const header = lines.slice(0, headerEnd);
  if (salutation === -1) {
    warn({ file, line: lines[headerEnd]?.line ?? 1, message: "no salutation 各位代表： after the header; the body starts here" });
  }

  let date = "";
  let congress = "";
  let year = Number.NaN;
  if (dateLine) {
    const c = compact(dateLine.text);
    const m = DATE.exec(c)!;
    const [y, mo, d] = [num(m[1]!), num(m[2]!), num(m[3]!)];
    if ([y, mo, d].every(Number.isFinite) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31) {
      date = `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      year = y;
    } else {
      warn({ file, line: dateLine.line, message: `cannot read the date in “${dateLine.text}”` });
    }
    congress = /在(.+?)上$/.exec(c)?.[1] ?? /在(.+)/.exec(c)?.[1] ?? "";
    if (!congress) warn({ file, line: dateLine.line, message: "the dateline names no congress session (…在…会议上)" });
  } else {
    warn({ file, line: header[0]?.line ?? 1, message: "no dateline (…年…月…日在…会议上): date and congress are unknown" });
  }

  let title = titleLine ? compact(titleLine.text) : "";
  const titleYear = /^(\d{4})年/.exec(title)?.[1];
  if (titleYear) year = Number(titleYear);
  let city_zh = /^(?:\d{4}年)?(.+?)(?:人民)?政府工作报告/.exec(title)?.[1] ?? "";
  if (!city_zh) city_zh = /在(.+?[市州县区盟旗])第/.exec(congress ? `在${congress}` : "")?.[1] ?? "";
  if (!titleLine) {
    title = `${Number.isFinite(year) ? `${year}年` : ""}${city_zh}政府工作报告`;
    warn({ file, line: header[0]?.line ?? 1, message: `no title line; using “${title}”` });
  }

  const speakerLine = header.find((l) => l !== titleLine && l !== dateLine);
  let speaker = "";
  let speaker_title = "";
  if (speakerLine) {
    const s = speakerLine.text.replace(/^[—\-－\s]+/, "").trim();
    const spaced = /^(.*\S)[\s\u3000]+(\S{2,4})$/.exec(s);
    const office = new RegExp(`^(.*${OFFICES})(.{2,4})$`).exec(compact(s));
    if (spaced) [speaker_title, speaker] = [compact(spaced[1]!), spaced[2]!];
    else if (office) [speaker_title, speaker] = [office[1]!, office[2]!];
    else warn({ file, line: speakerLine.line, message: `cannot tell the speaker's office from the name in “${s}”` });
  } else {
    warn({ file, line: header[0]?.line ?? 1, message: "no speaker line in the header" });
  }

  return {
    title,
    city_zh,
    year: Number.isFinite(year) ? year : 0,
    date,
    congress,
    speaker,
    speaker_title,
    lines: header.map((l) => l.text),
    bodyStart: headerEnd,
  };
}
