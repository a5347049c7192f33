import { decodeHTML } from "entities";
import { TextCache } from "./cache.ts";

/** Split text into lines, accepting LF, CRLF and CR. */
export function splitLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** Decode HTML entities (`R&amp;D` → `R&D`); every other character is kept as the author wrote it. */
export function decodeEntities(line: string): string {
  return line.includes("&") ? decodeHTML(line) : line;
}

/** Trim ASCII and ideographic white space at both ends of a line. */
export function trimLine(line: string): string {
  return line.replace(/^[\s\u3000\ufeff]+|[\s\u3000]+$/g, "");
}

/** A copy for matching only: white space removed, full-width ASCII folded to half-width, lower case. */
export function normalizeForMatch(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\s\u3000]+/g, "")
    .toLowerCase();
}

/**
 * A copy for reading numbers, of the same length (each offset still points at the same character of the text):
 * full-width digits as ASCII (`２０２０` → `2020`), and between two digits the full-width point and colon
 * (`６．５％`, `１４．３：４３．５`) as `.` and `:`, and so the ratio sign (`31.9∶33.8∶34.3`, U+2236, which typeset
 * Chinese texts write in ratios; also after a point with no decimals, `27.：28.：44.`), the full-width percent sign
 * as `%`, a full-width slash in a unit (`万吨／年`) as `/`, a full stop typed for a point as `.` ({@link AMOUNT_THEN_DIGITS}), a semicolon or comma a web copy's font mangled
 * (`?鸦`, `?熏`) as the mark and a space, a per-mille sign a scan read as `%o` as `‰` and a space, the Japanese form 増
 * as 增; a ratio with a space beside a colon is
 * read whole ({@link spacedRatio}). Reports published in
 * full-width digits state their figures and years so; their quotes keep the text as written.
 */
export function asciiDigits(text: string): string {
  // A paragraph's text and its headings' are read so for each step of the parse and each figure: each is copied once.
  return DIGITS.get(text, 0, () => readDigits(text));
}

/** Texts copied for reading numbers. */
const DIGITS = new TextCache<0, string>(4096);

function readDigits(text: string): string {
  if (!/[％．：∶０-９増／]|\d[。，]\d|\?[鸦熏]|[Il]\d|\d[%％]{2}|\d[%％]o/.test(text)) return text;
  const digit = (c: string | undefined) => c !== undefined && /[0-9０-９]/.test(c);
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    const code = c.charCodeAt(0);
    if (code >= 0xff10 && code <= 0xff19) out += String.fromCharCode(code - 0xfee0);
    // A percent sign a copy doubled after a number (`森林覆盖率达到21.88%%`, `由25%%提高到85%`, Wuhan 2007): one sign, the
    // second a space.
    else if ((c === "%" || c === "\uff05") && (text[i - 1] === "%" || text[i - 1] === "\uff05") && digit(text[i - 2])) out += "\u3000";
    // A per-mille sign a scan read as a percent sign and a Latin o after a number (`人口自然增长率控制在7％o以内`, Anhui
    // 2004): the per-mille sign, the o a space; a Latin word after the sign (`5%off`) is none.
    else if ((c === "%" || c === "\uff05") && text[i + 1] === "o" && digit(text[i - 1]) && !/[A-Za-z]/.test(text[i + 2] ?? "")) {
      out += "‰\u3000";
      i++;
    }
    else if (c === "\uff05") out += "%";
    // A full-width slash in a unit after its number (`以福炼1200万吨／年炼油、80万吨／年乙烯一体化项目为龙头`, Quanzhou
    // 2006): the slash, so that the unit is read whole (万吨/年) and no `／年` opens the next figure's label.
    else if (c === "／" && /[\p{Script=Han}\d]/u.test(text[i - 1] ?? "") && /[\p{Script=Han}\d]/u.test(text[i + 1] ?? "")) out += "/";
    // The Japanese form of 增 a copy's input method or font set for it (`全省工业增加值要増长8％`, Liaoning 2000): the verb.
    else if (c === "増") out += "增";
    else if ((c === "\uff0e" || c === "\uff1a" || c === "\u2236") && digit(text[i - 1]) && digit(text[i + 1])) out += c === "\uff0e" ? "." : ":";
    // A full-width point a copy set a space after or before, between two digits (`市区棚户区改造 ３７． ０６ 万平方米`, Siping
    // 2016 in full-width digits): the point, as `37. 06` is read.
    else if (c === "\uff0e" && ((digit(text[i - 1]) && text[i + 1] === " " && digit(text[i + 2])) || (text[i - 1] === " " && digit(text[i - 2]) && digit(text[i + 1])))) out += ".";
    // A ratio's colon after a point whose decimals a copy lost (`27.：28.：44.`).
    else if ((c === "\uff1a" || c === "\u2236") && text[i - 1] === "." && digit(text[i - 2]) && digit(text[i + 1])) out += ":";
    // A full stop typed for a point (`普通高校在校生净增8。9万人`): after a verb of amount and a bare number, no clause ends.
    // So is one after a name's bare number and before digits with a unit (`财政收入301。2亿元`, `城镇登记失业率4。1%`, Hefei 2009).
    else if (c === "。" && digit(text[i + 1]) && (AMOUNT_THEN_DIGITS.test(text.slice(Math.max(0, i - 8), i)) || (NAME_THEN_DIGITS.test(text.slice(Math.max(0, i - 8), i)) && UNIT_AFTER_POINT.test(text.slice(i + 1, i + 8))))) out += ".";
    // A comma typed for a point between a name's number and one decimal with a unit of amount (`社会消费品零售总额1715，7亿元`,
    // Shandong 1997): a clause never ends on a bare number of several digits, and a number with no unit never opens one.
    else if (c === "，" && NAME_THEN_SEVERAL_DIGITS.test(text.slice(Math.max(0, i - 8), i)) && AMOUNT_AFTER_COMMA.test(text.slice(i + 1, i + 8))) out += ".";
    // A semicolon or a comma that a web copy's typesetting font mangled into a question mark and a character
    // (`增长6.6%?鸦城市居民人均可支配收入16045元`, Foshan 2005; `?熏` for `，`): the mark, then a space, no word of the next
    // label.
    else if (c === "?" && (text[i + 1] === "鸦" || text[i + 1] === "熏")) {
      out += (text[i + 1] === "鸦" ? "；" : "，") + "\u3000";
      i++;
    }
    // A Latin I or l a scan read for the digit 1 at the head of a number after a Chinese word (`国内生产总值比上年增长I4.8％`,
    // Xiamen 2000): the digit, when digits and a percent sign follow; a name of Latin letters (`ISO14000`) is none.
    else if ((c === "I" || c === "l") && /\p{Script=Han}/u.test(text[i - 1] ?? "") && LATIN_ONE_OF.test(text.slice(i + 1, i + 12))) out += "1";
    else out += c;
  }
  return /\d[ \u3000][：∶:]|[：∶:][ \u3000]\d/.test(out) ? out.replace(SPACED_RATIO, spacedRatio) : out;
}

/**
 * A verb of amount and a number with no unit (`净增8`, `达到12`, `增长3`), which end no clause: a full stop after them is
 * a point typed wrong. Not an ordinal or a rank (`排名全省第1。88%的村…`).
 */
const AMOUNT_THEN_DIGITS = /(?:增|加|长|达|为|至|到|降|减|少|完成|实现|超过|突破)\d{1,3}$/;

/**
 * A number of one to four digits right after a word (`收入301`, `失业率4`), not an ordinal, a ratio's term or a longer
 * number, before a full stop; with {@link UNIT_AFTER_POINT} after the stop, the stop is a point typed wrong.
 */
const NAME_THEN_DIGITS = /(?<=\p{Script=Han})(?<!第)\d{1,4}$/u;

/** Digits and a unit of amount or a rate right after a full stop (`2亿元`, `1%`, `2‰`, `2个百分点`): the decimals of a number, no new sentence. */
const UNIT_AFTER_POINT = /^\d{1,3}(?:[%％‰]|[万亿]|元|美元|吨|斤|倍|人|户|家|公里|平方|亩|个百分点)/;

/** A number of two to four digits right after a word (`总额1715`), before a comma typed for a point. */
const NAME_THEN_SEVERAL_DIGITS = /(?<=\p{Script=Han})(?<!第)\d{2,4}$/u;

/** One decimal and a unit of amount or a rate right after a comma (`7亿元`, `5%`): the decimals of the number before it. */
const AMOUNT_AFTER_COMMA = /^\d(?:[%％]|[万亿]*(?:美?元|吨|公斤))/;

/** The rest of a percentage after its first digit (`4.8％`), for a Latin I or l read in its stead. */
const LATIN_ONE_OF = /^[0-9０-９]*(?:[.．][0-9０-９]+)?[%％]/;

/** A run of numbers joined by colons, one of them with a space beside it (`19.97：46.72 ：33.31`). */
const SPACED_RATIO = /\d+(?:\.\d+)?(?:[ \u3000]?[:：∶][ \u3000]?\d+(?:\.\d+)?)+/g;

/**
 * A ratio whose colon a PDF copy set a space beside (`19.97：46.72 ：33.31`): read whole where the run also joins two
 * numbers with a bare colon, or every number of it has decimals, each colon as `:` and the space beside it as a word
 * joiner (U+2060), which keeps the same length and tells the figures' reading that no clause ends there. A number only
 * followed by a colon (`附表1： 2000年…`, `第3 ：2项`) stays apart.
 */
function spacedRatio(run: string): string {
  if (!/[ \u3000]/.test(run)) return run;
  const whole = /\d[:：∶]\d/.test(run) || run.split(/[ \u3000]?[:：∶][ \u3000]?/).every((n) => n.includes("."));
  return whole ? run.replace(/[：∶]/g, ":").replace(/[ \u3000]/g, WORD_JOINER) : run;
}

/** What stands for a space beside a ratio's colon in {@link asciiDigits}'s copy. */
export const WORD_JOINER = "\u2060";

/** Markup-like text (`<script>`, `<img …>`) that a plain-text report should not contain. */
export const MARKUP_PATTERN = /<\/?[a-zA-Z][^>]*>/;

/** A text as a pattern that matches it literally (a name or a speaker put into a regular expression). */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
