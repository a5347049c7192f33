import { compact, hasDate, hasSession } from "./dateline.ts";
import { OFFICE, isNameOnly, isOfficeOnly, readSpeaker, type Speaker } from "./speaker.ts";
import { splitTitleLine } from "./title.ts";
import { asciiDigits, escapeRegExp } from "../text/hygiene.ts";

/** A line of a report with its 1-based line number. */
type Line = { text: string; line: number };

/**
 * A notice that prints the report, quoted above it (`西安市人民政府关于印发叶牛平市长在市十七届人大六次会议上所作《政府工作报告》的通知`):
 * it names the session, but as the subject of the document it sends out, not as the report's dateline.
 */
const COVER_NOTICE = /^[*＊]*\p{Script=Han}*关于印发.*通知[*＊]*$/u;

/** Whether a line is (part of) a dateline: a date, or a congress session, set off as a dateline is. */
export const isDateline = (text: string): boolean =>
  !COVER_NOTICE.test(compact(text)) && (hasDate(text) || (hasSession(text) && [...compact(text)].length <= 60));

/** A dateline broken off right after the congress's name (`…第十六届人民代表大会`), before the session's number. */
const BROKEN_AT_CONGRESS = /[在于].*(?:人民代表大会|人大)$/;
/** The rest of such a dateline: the session's number alone (`第三次会议上`, `二次会议上`). */
const SESSION_REST = /^第?[一二三四五六七八九十\d]+次(?:全体)?会议(?:上|开幕)?[）)]?$/;

/**
 * The first line of a title a copy broke in two: the year, the place or its government, no more (`吉林省2005年`,
 * `2017年石家庄市`, `重庆市人民政府`).
 */
const TITLE_HEAD = /^(?:\d{4}年)?[\u4e00-\u9fff]{0,16}?(?:省|自治区|市|州|盟|县|区|旗|地区|\d{4}年|政府)$/;
/** The rest of such a title on the next line (`政府工作报告`, `人民政府工作报告`, `工作报告`). */
const TITLE_TAIL = /^(?:(?:人民)?政府)?工作报告/;
/** A title's note in brackets on a line of its own under it (`（2022年）`, `（草案）`). */
const TITLE_NOTE = /^[（(](?:草案|摘要|全文|\d{4}年)[）)]$/;
/** How many brackets a line leaves open. */
const openBrackets = (s: string) => (s.match(/[（(]/g) ?? []).length - (s.match(/[）)]/g) ?? []).length;

/** A line that ends on a year and month (`2006年1月`), and one that opens with the day (`6日在…`). */
const MONTH_END = /(?:\d{4}|[〇零一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$/;
const DAY_START = /^(?:\d{1,2}|[一二三四五六七八九十]{1,3})日/;

/**
 * A dateline without a date cut after the congress's number (`──在太原市第十二届`), and its rest on the next line
 * (`人民代表大会第一次会议上`).
 */
const CONGRESS_HEAD = /^[—―─–⸺━\-－~～]*[在于][^（()）会，。；]{1,24}?第?[一二三四五六七八九十\d]+届$/;
const CONGRESS_REST = /^(?:人民代表大会|人大)/;

/**
 * The header lines with those a printed or PDF copy broke, as it breaks a centred line, read whole again: a title
 * cut after the year or the place (`吉林省2005年` / `政府工作报告`), a title's note in brackets under it (`（2022年）`),
 * a bracket of date and speaker cut before the name (`（2005年1月25日` / `王珉）`, read `（2005年1月25日 王珉）`), and a
 * dateline cut between the month and the day (`2006年1月` / `6日在武汉市第十一届人民代表大会第四次会议上`), and one
 * without a date cut after the congress's number (`──在太原市第十二届` / `人民代表大会第一次会议上`).
 * A line read whole keeps the number of its first line.
 */
export function mergeBrokenHeadLines(head: readonly Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    const next = head[i + 1];
    if (next) {
      const [a, b] = [compact(l.text), compact(next.text)];
      const title =
        (TITLE_HEAD.test(a) && !hasDate(a) && TITLE_TAIL.test(b) && !splitTitleLine(a) && splitTitleLine(a + b)) ||
        (TITLE_NOTE.test(b) && splitTitleLine(a)?.rest === "" && splitTitleLine(a + b));
      const who = b.replace(/[）)]$/, "");
      const speaker = openBrackets(a) === 1 && hasDate(a) && /[）)]$/.test(b) && openBrackets(b) === -1 && readSpeaker(who) !== null;
      // Its digits may be full-width (`２００６年１月` / `６日在武汉市…`, Wuhan 2006 as a copy in full-width digits).
      const date = !hasDate(a) && MONTH_END.test(asciiDigits(a)) && DAY_START.test(asciiDigits(b)) && hasDate(a + b);
      const congress = !hasDate(a) && CONGRESS_HEAD.test(a) && CONGRESS_REST.test(b) && hasSession(b);
      if (title || speaker || date || congress) {
        out.push({ text: title || date || congress ? a + b : `${a} ${b}`, line: l.line });
        i++;
        continue;
      }
    }
    out.push(l);
  }
  return out;
}

/**
 * Sort the header lines into the title, the dateline's pieces and the rest (speaker candidates): a dateline
 * running on after the title is split off, a speaker fused after a dateline (`（…会议上）省长 某某`) too, and a
 * dateline repeated word for word (the region's web pages) is read once.
 */
/** Words after a date in brackets that name no speaker: a time of the day, a verb of the document. */
const BRACKET_NOT_NAME = /^(?:上午|下午|晚上|凌晨|通过|发布|印发|讲话|报告|开幕|闭幕|公布|修订|起|止)/;

/** The plan year alone, as a title writes it before the place (`2014年`, `二〇一四年`). */
const YEAR_BEFORE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年$/;

export function sortHeadLines(head: readonly Line[]): { titleText: string; datelines: Line[]; others: Line[] } {
  let titleText = "";
  const datelines: Line[] = [];
  const others: Line[] = [];
  /**
   * A dateline, with a speaker fused to it split off. `raw` is the line as written, spaces kept, when `l` is only the
   * dateline part of a title line.
   */
  const dateline = (l: Line, raw = l.text) => {
    // Dateline and speaker in one line: `（2019年1月27日在…会议上）省长 某某`, `省长 某某（2019年1月27日）`, or the
    // speaker inside the parentheses: `（2019年1月26日在…会议上 省长 景俊海）`, `（2005年1月25日 王珉）`.
    const c = compact(l.text);
    // Read in a same-length copy with ASCII digits (a date in full-width digits, `（２００６年１月１６日 徐荣凯）`,
    // Yunnan 2006 as a copy in full-width digits gives it), each group then taken from the line as written: the groups
    // run on from its start.
    const read = asciiDigits(c);
    const match =
      /^(.*?会议(?:上|通过|开幕)?[）)]?)([^）)]+)$/.exec(read) ??
      /^()([^（(）)]+?)([（(][^（(）)]*[）)])$/.exec(read) ??
      /^([（(].*?会议(?:上|通过|开幕)?)([^（(）)]+)[）)]$/.exec(read) ??
      /^([（(][^（(）)]*?(?:\d+|[〇零一二三四五六七八九十]+)日)([^（(）)\d日]+)[）)]$/.exec(read);
    let from = 0;
    const fused = match && match.map((g, k) => (k === 0 || g === undefined ? g : c.slice(from, (from += g.length))));
    const [date, who] = fused ? (fused[3] ? [fused[3], fused[2]!] : [fused[1]!, fused[2]!]) : ["", ""];
    const speaker = fused && readSpeaker(who);
    // A bare name counts only when set off from the session or the date by a space (`…第四次会议上 陶某某`,
    // `（2005年1月25日 王珉）`).
    const named = !!speaker?.speaker && new RegExp(`(?:会议(?:上|通过|开幕)?|日)[）)]?[\\s\u3000]+${escapeRegExp(who)}[\\s\u3000]*[）)]?[\\s\u3000]*$`).test(raw);
    // Or when a line of its own is the bracket of the date and the name alone, the name closing it (`（2003年1月10日洪虎）`,
    // Jilin 2003): a name of two or three characters, no time of the day nor a verb of the document. Not the bracket
    // after a title on its line, where words run on to the date are no name.
    const bracketed = !!speaker?.speaker && /^\p{Script=Han}{2,3}$/u.test(who) && !BRACKET_NOT_NAME.test(who) && new RegExp(`^[（(][^（(）)]*?日${who}[）)]$`, "u").test(compact(raw));
    if (fused && (speaker?.speaker_title || named || bracketed) && !hasDate(who)) {
      datelines.push({ text: date, line: l.line });
      others.push({ text: who, line: l.line });
    } else if (!datelines.some((d) => compact(d.text) === compact(l.text))) datelines.push(l);
  };
  const lines = mergeBrokenHeadLines(head);
  for (const [i, l] of lines.entries()) {
    const split = splitTitleLine(l.text);
    if (split && !titleText) {
      titleText = split.title;
      if (split.rest) dateline({ text: split.rest, line: l.line }, l.text);
      continue;
    }
    // A page's headline, then the report's own title under it that adds the plan year before the same words (`咸阳市政府工作
    // 报告` / `2014年咸阳市政府工作报告`): the fuller title is the report's, the headline one of the other lines.
    // So is a headline that gives the year in brackets after the words (`珠海市政府工作报告（2021年）` / `2021年珠海市政府工作报告`).
    const stem = compact(titleText).replace(/[（(](?:\d{4}|[〇零一二三四五六七八九]{4})年?(?:度)?[）)]$/, "");
    if (split && !split.rest && stem && compact(split.title) !== compact(titleText) && compact(split.title).endsWith(stem) && YEAR_BEFORE.test(compact(split.title).slice(0, -stem.length))) {
      others.push({ text: titleText, line: lines.find((x) => compact(x.text).includes(compact(titleText)))?.line ?? l.line });
      titleText = split.title;
      continue;
    }
    // The title again with the dateline after it, under a title line of its own (a page's headline `政府工作报告`, then
    // `政府工作报告（2026年1月27日在…会议上 省长 某某）`): its dateline is read as a title line's is, the speaker in it too.
    if (split?.rest && isDateline(split.rest)) {
      dateline({ text: split.rest, line: l.line }, l.text);
      continue;
    }
    // The session's number on a line of its own after a dateline broken off at the congress (`——2019年2月22日在兰州市
    // 第十六届人民代表大会` / `第三次会议上`) is the dateline's rest.
    const rest = SESSION_REST.test(compact(l.text)) && datelines.at(-1)?.line === lines[i - 1]?.line && BROKEN_AT_CONGRESS.test(compact(lines[i - 1]!.text));
    if (isDateline(l.text) || rest) dateline(l);
    else others.push(l);
  }

  return { titleText, datelines, others };
}

/**
 * The dateline's pieces with a congress name broken over two lines read joined (`2025年3月21日在汉滨区第十九届` /
 * `人民代表大会第四次会议上`, `2019年2月22日在兰州市第十六届人民代表大会` / `第三次会议上`): a piece that breaks off inside
 * the session's name, followed in the header by one that names the session, or its number, and no date.
 */
export function joinBrokenDatelines(head: readonly Line[], datelines: readonly Line[]): Line[] {
  const at = (l: Line) => head.findIndex((h) => h.line === l.line && h.text.includes(l.text));
  const out: Line[] = [];
  for (let i = 0; i < datelines.length; i++) {
    const d = datelines[i]!;
    const next = datelines[i + 1];
    // The first piece opens the session's name (`在…`, `于…`) and breaks off in it; a date alone (`（2020年5月14日）`) reads apart.
    const broken = (/[在于][^（()）会]+$/.test(compact(d.text)) && next && hasSession(next.text)) || (BROKEN_AT_CONGRESS.test(compact(d.text)) && next && SESSION_REST.test(compact(next.text)));
    if (next && broken && !hasDate(next.text) && at(d) !== -1 && at(next) === at(d) + 1) {
      out.push({ text: compact(d.text) + compact(next.text), line: d.line });
      i++;
    } else out.push(d);
  }
  return out;
}

/**
 * The speaker among the header lines: office and name on one line, or an office line followed by a name line;
 * the lines after the title or dateline first, then those before it (web-page lines may stand there). Two words set
 * apart that {@link readSpeaker} reads as an office it does not know and a name give way to an office it knows further
 * on: a title's slogan in two halves is no speaker (Xiamen 2006: `做强做大 更快更好`, then `厦门市市长 张昌平`).
 */
export function speakerOf(head: readonly Line[], others: readonly Line[]): Speaker {
  let speaker = "";
  let speaker_title = "";
  let unknownOffice: Speaker | null = null;
  const anchor = head.findIndex((l) => splitTitleLine(l.text) || isDateline(l.text));
  const lineIndex = (l: { line: number }) => head.findIndex((h) => h.line === l.line);
  const ordered = [...others.filter((l) => lineIndex(l) > anchor), ...others.filter((l) => lineIndex(l) <= anchor).reverse()];
  for (let i = 0; i < ordered.length; i++) {
    const l = ordered[i]!;
    const next = ordered[i + 1];
    if (isOfficeOnly(l.text) && next && next.line >= l.line && isNameOnly(next.text)) {
      ({ speaker, speaker_title } = readSpeaker(`${compact(l.text)} ${compact(next.text)}`)!);
      return { speaker, speaker_title };
    }
    const s = readSpeaker(l.text);
    // A bare name is the speaker only right after the title or dateline (or split off the dateline's own line),
    // never among unknown lines before them.
    if (s && (s.speaker_title || (anchor !== -1 && lineIndex(l) >= anchor))) {
      if (s.speaker_title && !KNOWN_OFFICE.test(s.speaker_title)) {
        unknownOffice ??= s;
        continue;
      }
      return s;
    }
  }
  return unknownOffice ?? { speaker, speaker_title };
}

/** An office {@link OFFICE} names, ending the words before a speaker's name. */
const KNOWN_OFFICE = new RegExp(`${OFFICE}$`, "u");
