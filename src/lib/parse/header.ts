import { IngestError, type IngestWarning } from "../errors.ts";
import { chineseNumeral } from "../text/numerals.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { compact, foldZero, hasDate, hasSession, isoDate, readDateline } from "./dateline.ts";
import { isOfficeOnly, officeOfTitle, placeOfOffice, readCaption, readDelivery, readSpeaker } from "./speaker.ts";
import { cleanTitle, isReportTitle } from "./title.ts";
import { congressOverTitle, levelOfOpening, placeOfHeadline, placeOfOpening, placeOfPinyin, placeOfTitle, withLevel } from "./place-name.ts";
import { isDateline, joinBrokenDatelines, sortHeadLines, speakerOf } from "./head-lines.ts";

/** A line that dates a session's vote adopting a document (`…会议通过）`), not the speech. */
const ADOPTED = /会议通过[）)]?$/;

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

/** What the caller knows beside the text. */
export interface HeaderOptions {
  /** The place's name from the places table, used to complete a bare title `政府工作报告`. */
  place?: string | undefined;
  /** The place id the file name states (pinyin), for a place the table lacks and the header does not name. */
  placeId?: string | undefined;
  /** The year the file name states, used for a date written without its year. */
  fileYear?: number | undefined;
  /** The title a Markdown source gives itself (front matter): not a title line, but it may name the place. */
  sourceTitle?: string | undefined;
  /** Photo captions the source sets aside (HTML comments): one before the salutation may say where and by whom the report was delivered. */
  captions?: readonly { text: string; line: number }[] | undefined;
}

/** How far into a report the salutation `各位代表：` is looked for (web pages put unknown lines before it). */
const HEAD_LINES = 40;
/** A source title's date and speaker in brackets after the title (`…政府工作报告（2012年1月11日 王正伟）`): groups 1 and 2. */
/**
 * A title that opens with the date it was delivered and says where (`2021年1月12日在拉萨市第十一届人民代表大会第六次会议上的
 * 政府工作报告`, Lasa 2021 as a web page's copy): the title is the dateline.
 */
const DATED_TITLE = /^(?:\d{4}|[〇零一二三四五六七八九]{4})年[\d〇零一二三四五六七八九十]{1,3}月[\d〇零一二三四五六七八九十]{1,3}日在/;

const SOURCE_DATE_SPEAKER = /[（(]\s*((?:19|20)\d{2}年\d{1,2}月\d{1,2}日)\s*(\p{Script=Han}{2,4})?\s*[）)]\s*$/u;

/**
 * A line that says who delivered the report (`市长马汉成作政府工作报告`, `李强代表国务院作政府工作报告`, or the name alone
 * before the verb: `任振鹤作《政府工作报告》`, Gansu 2021): a caption. A name alone is of two to four characters (or two
 * parts joined by `·`), so that a title naming a place whose name ends in 作 without its level is still a title.
 */
const CAPTION = /(?:(?:[长席]|代表.{1,12})[\u4e00-\u9fff·]{1,5}?|^(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,8}·[\u4e00-\u9fff·]{1,10}))作了?政府工作报告$/;

/** A sentence of prose (it ends on a full stop or an exclamation mark): the body's first words, never a title line. */
const OPENING_SENTENCE = /[。！!]\s*$/;

/** How far into a report without a salutation a title or dateline is looked for. */
const TOP_LINES = 15;
/** The salutation, the deputies alone or with others it addresses (`各位代表、各位同志：`, `各位代表，各位委员：`). */
const SALUTATION = /^各?位(?:人大)?代表(?:[、，,](?:各位)?(?:同志|委员|来宾|嘉宾)们?)*[：:，,！!]?$/;

/**
 * Read the header of a report: title, dateline (date and congress session) and speaker, up to the
 * salutation `各位代表：`. Lines may come in any order, split (`政府工作报告——` / `二〇二三年…`, a date alone
 * and the session on the next line, office and name on two lines) or fused (`（…会议上）省长 某某`). A report
 * whose text starts at the salutation has an empty header. Without a salutation, title or dateline near the
 * top the text is not taken for a report.
 */
export function parseHeader(
  lines: { text: string; line: number }[],
  file: string,
  warn: (w: IngestWarning) => void,
  options: HeaderOptions = {},
): Header {
  const near = lines.slice(0, HEAD_LINES);
  let salutation = near.findIndex((l) => SALUTATION.test(compact(l.text)));
  if (salutation === -1) salutation = near.findIndex((l) => /^各位(?:人大)?代表/.test(compact(l.text)) && [...l.text].length <= 40);
  let headEnd = salutation;
  if (salutation === -1) {
    const top = lines.slice(0, TOP_LINES);
    // Only short lines: a body paragraph that mentions a date is no dateline. A sentence that names the report (`我代表市人民
    // 政府，向大会作政府工作报告，请予审议，…。`) opens the body: it is no title.
    const last = top.findLastIndex(
      (l) => [...l.text].length <= 80 && ((/政府工作报告/.test(compact(l.text)) && !OPENING_SENTENCE.test(l.text)) || isDateline(l.text)),
    );
    // A report's body without any header (no title, dateline or salutation) still reads as one by its parts.
    const bodyOnly = last === -1 && lines.slice(0, 60).some((l) => /^[一二三四五六七八九十]{1,3}、/.test(l.text) || /政府工作/.test(l.text));
    if (bodyOnly) {
      warn({ file, line: lines[0]?.line ?? 1, message: "no header (title, dateline, salutation 各位代表：): the text is read as the report's body" });
    } else if (last === -1) {
      throw new IngestError(
        file,
        "no recognisable header: expected a title line (…政府工作报告), a dateline (…年…月…日在…会议上) or the salutation 各位代表：",
        lines[0]?.line ?? 1,
      );
    }
    headEnd = last + 1;
    const next = lines[headEnd];
    if (!bodyOnly && next && (isOfficeOnly(next.text) || readSpeaker(next.text)) && [...next.text].length <= 30) headEnd++;
    if (!bodyOnly) warn({ file, line: lines[headEnd]?.line ?? 1, message: "no salutation 各位代表： after the header; the body starts here" });
  }
  const head = lines.slice(0, headEnd);
  const at = head[0]?.line ?? lines[0]?.line ?? 1;

  const { titleText, datelines, others } = sortHeadLines(head);

  // The dateline: date and congress from whichever of its lines state them.
  let year = Number.NaN;
  let date = "";
  let congress = "";
  // A session the dated line names (`——2003年2月25日在东莞市第十二届人民代表大会第六次会议上`) wins over one an
  // undated line above it names, the label of the session's documents (`市十二届人大六次会议文件（一）`).
  let congressDated = false;
  // A resolution printed above the report dates the vote that adopted it (Shenzhen 2025: `（2025年2月27日深圳市第七届人民
  // 代表大会第六次会议通过）`), days after the speech: the report's own dateline (`——2025年2月25日在…会议上`) is read first.
  const joined = joinBrokenDatelines(head, datelines);
  const adopted = (d: { text: string }) => ADOPTED.test(compact(d.text));
  for (const d of [...joined.filter((d) => !adopted(d)), ...joined.filter(adopted)]) {
    const r = readDateline(d.text);
    if (r.congress && (!congress || (!congressDated && r.year !== null))) {
      congress = r.congress;
      congressDated = r.year !== null;
    }
    if (!date && r.month !== null && r.day !== null) {
      const y = r.year ?? options.fileYear ?? null;
      if (y !== null) {
        date = isoDate(y, r.month, r.day);
        if (r.year === null) warn({ file, line: d.line, message: `the date “${d.text}” gives no year; read as ${y}, the year of the file name` });
      }
      // A report delivered in November or December plans for the year after (the plan year is the report's year).
      if (r.year !== null) year = r.month >= 11 ? r.year + 1 : r.year;
    } else if (!date && hasDate(d.text)) warn({ file, line: d.line, message: `cannot read the date in “${d.text}”` });
    if (!Number.isFinite(year) && r.year !== null) year = r.year;
  }
  // Without a dateline, a photo caption above the salutation may say where, when and by whom the report was given.
  const bodyLine = lines[headEnd]?.line ?? Number.POSITIVE_INFINITY;
  const captionAt = datelines.length === 0 ? (options.captions ?? []).find((c) => c.line < bodyLine && readCaption(c.text)) : undefined;
  const caption = captionAt ? readCaption(captionAt.text)! : null;
  if (captionAt && caption) {
    congress = caption.congress;
    const r = readDateline(caption.date);
    const y = r.year ?? options.fileYear ?? null;
    if (r.month !== null && r.day !== null && y !== null) date = isoDate(y, r.month, r.day);
    // Delivered in November or December, as a dateline's date, it plans for the year after.
    if (r.year !== null) year = r.month !== null && r.month >= 11 ? r.year + 1 : r.year;
    const said = [date && `date ${date}`, `congress ${congress}`, caption.speaker && `speaker ${caption.speaker}`].filter(Boolean).join(", ");
    warn({ file, line: captionAt.line, message: `no dateline (…年…月…日在…会议上): ${said} read off the photo caption` });
  }
  // Without either, the title the source gives itself may be the dateline (`2024年12月29日在拉萨市第十二届人民代表大会
  // 第五次会议上的政府工作报告`): the date and the congress are read off it.
  const sourceTitle = options.sourceTitle ?? "";
  // So may the title line itself, when it opens with the date (`2021年1月12日在拉萨市第十一届人民代表大会第六次会议上的
  // 政府工作报告`, Lasa 2021 as a web page's copy): its year is then the date's, no plan year, and it names no place
  // before the report (the congress does).
  const titleDated = datelines.length === 0 && !caption && DATED_TITLE.test(foldZero(asciiDigits(compact(titleText)))) && hasSession(titleText);
  const datedBy = hasDate(sourceTitle) && hasSession(sourceTitle) ? sourceTitle : titleDated ? titleText : "";
  const fromSource = datelines.length === 0 && !caption && datedBy ? readDateline(datedBy) : null;
  // The title line itself is the dateline read: it names neither the plan year nor the place before the report.
  const titleIsDateline = titleDated && datedBy === titleText;
  if (fromSource) {
    congress = fromSource.congress;
    if (fromSource.year !== null && fromSource.month !== null && fromSource.day !== null) {
      date = isoDate(fromSource.year, fromSource.month, fromSource.day);
      year = fromSource.month >= 11 ? fromSource.year + 1 : fromSource.year;
    }
    const said = [date && `date ${date}`, congress && `congress ${congress}`].filter(Boolean).join(", ");
    warn({ file, line: at, message: `no dateline (…年…月…日在…会议上): ${said || "nothing"} read off ${datedBy === sourceTitle ? "the source's title" : "the title"}` });
  }
  // Or the source's title gives the date and the speaker in brackets after the title (`宁夏回族自治区政府工作报告（2012年1月11日
  // 王正伟）`): the date and the speaker are read off it, the congress stays unknown.
  const dated = datelines.length === 0 && !caption && !fromSource ? SOURCE_DATE_SPEAKER.exec(sourceTitle) : null;
  if (dated) {
    const r = readDateline(dated[1]!);
    if (r.year !== null && r.month !== null && r.day !== null) {
      date = isoDate(r.year, r.month, r.day);
      year = r.month >= 11 ? r.year + 1 : r.year;
    }
    warn({ file, line: at, message: `no dateline (…年…月…日在…会议上): ${[date && `date ${date}`, dated[2] && `speaker ${dated[2]}`].filter(Boolean).join(", ")} read off the source's title; the congress is unknown` });
  }
  // A headline naming the speech says where it was given (`县长在县第十五届人民代表大会第一次会议上的政府工作报告`), and so
  // may the title the source gives itself (`龚正市长在上海市第十五届人民代表大会第五次会议的政府工作报告（2021年）`).
  // So does a title that names the session and the report alone (`厦门市第十一届人民代表大会第三次会议政府工作报告`, Xiamen 2000).
  const sessionIn = (text: string) =>
    /在(.+?(?:人民代表大会|人大).*?会议)(?:上|的)/.exec(compact(text))?.[1] ??
    /^(?:(?:19|20)\d{2}年)?(\p{Script=Han}{2,12}?第[一二三四五六七八九十\d]+届(?:人民代表大会|人大)第[一二三四五六七八九十\d]+次(?:全体)?会议)(?:上的?|的)?(?:人民)?政府工作报告/u.exec(compact(text))?.[1] ??
    "";
  const titleSession = congress ? "" : sessionIn(titleText) || sessionIn(sourceTitle);
  if (titleSession) congress = titleSession;
  // The opening sentence may name the session the report is made to (Jilin 2003, its dateline a date and a name: `各位代表，
  // …现在，我代表省九届人民政府，向吉林省第十届人民代表大会第一次会议报告政府工作，请予审议…`).
  const opening = !congress && salutation !== -1 ? lines.slice(salutation, salutation + 3).map((l) => compact(l.text)).join("") : "";
  const addressed = /向((?:(?!向).){2,24}?第[一二三四五六七八九十\d]+届(?:人民代表大会|人大)第[一二三四五六七八九十\d]+次会议)(?:报告|作)/.exec(opening)?.[1] ?? "";
  if (addressed) congress = addressed;
  if (datelines.length === 0 && !caption && !fromSource) {
    const whose = sessionIn(titleText) ? "the title" : "the source's title";
    const message = titleSession ? `the date is unknown; the congress is read off ${whose}` : "date and congress are unknown";
    if (!dated) warn({ file, line: at, message: `no dateline (…年…月…日在…会议上): ${message}` });
  }
  else if (!congress) warn({ file, line: datelines[0]!.line, message: "the dateline names no congress session (…在…会议上)" });
  else if (/人民代表大会$/.test(congress)) warn({ file, line: datelines[0]!.line, message: `the dateline names the congress but not its session (…第…次会议上): congress read as “${congress}”` });
  if (datelines.length > 0 && !date && !datelines.some((d) => hasDate(d.text))) {
    warn({ file, line: datelines[0]!.line, message: "the dateline gives no date (…年…月…日): the date is unknown" });
  }

  const inHead = speakerOf(head, others);
  // A caption above the salutation that says only who delivered the report (Shijiazhuang 2025: `<!-- 市长马宇骏代表市政府向
  // 大会作政府工作报告。 -->` under the dateline, no speaker line) names the speaker.
  const deliveredAt = !inHead.speaker && !inHead.speaker_title && !caption?.speaker && !dated?.[2]
    ? (options.captions ?? []).find((c) => c.line < bodyLine && readDelivery(c.text))
    : undefined;
  const delivered = deliveredAt ? readDelivery(deliveredAt.text) : null;
  const found =
    !inHead.speaker && !inHead.speaker_title && caption?.speaker
      ? { speaker: caption.speaker, speaker_title: caption.speaker_title }
      : !inHead.speaker && !inHead.speaker_title && dated?.[2]
        ? { speaker: dated[2], speaker_title: "" }
        : delivered ?? inHead;
  if (deliveredAt && delivered) warn({ file, line: deliveredAt.line, message: `no speaker line in the header: speaker ${delivered.speaker_title}${delivered.speaker} read off the photo caption` });
  const { speaker } = found;
  // Without a speaker line, a title that names the office (`区长在代表会上工作汇报`) tells who spoke.
  const titleOffice = !speaker && !found.speaker_title && isReportTitle(cleanTitle(titleText)) ? officeOfTitle(cleanTitle(titleText)) : "";
  const speaker_title = found.speaker_title || titleOffice;
  if (titleOffice) {
    const line = head.find((l) => compact(l.text).includes(compact(titleText)))?.line ?? at;
    warn({ file, line, message: `no speaker line in the header; the office ${titleOffice} is read off the title` });
  } else if (!speaker && !speaker_title) warn({ file, line: others[0]?.line ?? at, message: "no speaker line in the header" });
  else if (!speaker) warn({ file, line: others[0]?.line ?? at, message: `the speaker line names an office (${speaker_title}) but no person` });

  // A photo caption or a news line (`市长马汉成作政府工作报告`) tells who delivered the report: it is no title.
  const captionTitle = CAPTION.test(cleanTitle(titleText));
  const cleaned = captionTitle ? "" : asciiDigits(cleanTitle(titleText));
  // The title's year (`2021年…`, `二〇二一年…`) is the plan year; the rest names the place, or nothing.
  const titleYear = titleIsDateline ? null : /^(\d{4}|[〇零一二三四五六七八九]{4})年/.exec(foldZero(asciiDigits(cleaned)));
  if (titleYear) {
    const said = chineseNumeral(titleYear[1]!);
    // A web page's headline may name the year the report reviews (`2004年四川省人民政府工作报告` over the report given
    // in 2005 on 2004 and the plan for 2005): with no dated line to say otherwise, the file name's year stands when
    // the text reviews the title's year and plans for the file name's.
    const fileYear = options.fileYear;
    if (!Number.isFinite(year) && fileYear === said + 1 && reviewsAndPlans(lines.slice(headEnd).map((l) => l.text), said, fileYear)) {
      warn({ file, line: head.find((l) => l.text.includes(titleYear[0]))?.line ?? at, message: `the title names ${said}, the year the report reviews; read as the report for ${fileYear}, the year of the file name, which it plans` });
      year = fileYear;
    } else if (Number.isFinite(year) && said === year - 1 && reviewsAndPlans(lines.slice(headEnd).map((l) => l.text), said, year)) {
      // So may a headline over a dated line (`2007年四川省人民政府工作报告` over `（2008年1月22日在…会议上）`, a text that
      // reviews 2007 and plans 2008): the date says the plan year.
      warn({ file, line: head.find((l) => l.text.includes(titleYear[0]))?.line ?? at, message: `the title names ${said}, the year the report reviews; read as the report for ${year}, the year of its date, which it plans` });
    } else year = said;
  }
  const named = titleIsDateline ? "" : cleaned.slice(titleYear ? titleYear[0].length : 0);
  const nation = /全国人民代表大会/.test(congress) ? "国务院" : "";
  // The office the place's level is read from when its name lacks it: the speaker's, or the government's the opening
  // speaks for (`我代表省人民政府` → 省长).
  const office = speaker_title || levelOfOpening(lines.slice(headEnd, headEnd + 3).map((l) => l.text).join(""));
  const text = lines.map((l) => l.text).join("\n");
  // `哈尔滨市第十二届人民代表大会第四次会议`, or shortened: `哈尔滨市十二届人大四次会议`.
  const congressPlace = /^(.+?)第?[一二三四五六七八九十\d]+届(?:人民代表大会|人大)/.exec(congress)?.[1]?.replace(/^(?:省|自治区|市|自治州|州|盟|县|区|旗)$/, "") ?? "";
  const city_zh =
    // A title that names a place of the same name but of another level than the congress and the speaker's office
    // (`大理市政府工作报告` over `…在大理白族自治州第十三届人民代表大会第二次会议上` and `州长 何华`, the city a county of
    // the prefecture) names the wrong one: the congress's place is the report's.
    congressOverTitle(placeOfTitle(named), congressPlace, office) ||
    // A title may name the place without its level (`长春政府工作报告`): the name as the text writes it, 长春市.
    withLevel(placeOfTitle(named), text, office) ||
    (nation ||
      congressPlace ||
      placeOfOffice(speaker_title) ||
      /^(?:\d{4}年)?(.+?(?:省|自治区|市|州|盟|县|区|旗))(?:\d{4}年)?(?:人民)?政府工作报告/.exec(compact(options.sourceTitle ?? ""))?.[1] ||
      // A headline that is no title (`綦江县人民政府政府工作报告工作总结`), then the opening sentence:
      // `现在,我代表西城区人民政府向大会报告工作`.
      others.map((l) => placeOfHeadline(cleanTitle(l.text))).find(Boolean) ||
      lines.slice(headEnd, headEnd + 3).map((l) => placeOfOpening(l.text)).find(Boolean) ||
      // A place the table lacks, named nowhere in the header (`省长 刘奇`, `我代表省人民政府`): the name the text uses that
      // reads as the file's pinyin id (`江西建设` in jiangxi-2017).
      // Its level is the speaker's office's, or the government's the opening speaks for (`我代表省人民政府` → 甘肃省).
      (options.place || !options.placeId ? "" : placeOfPinyin(text, options.placeId, office)) ||
      "");
  const known = Number.isFinite(year) ? year : options.fileYear;
  let title = cleaned;
  if (!titleText || !isReportTitle(cleaned)) {
    title = `${known ? `${known}年` : ""}${options.place || city_zh}政府工作报告`;
    const line = captionTitle ? (head.find((l) => l.text.includes(titleText))?.line ?? at) : at;
    warn({ file, line, message: captionTitle ? `“${titleText}” tells who delivered the report, no title; using “${title}”` : `no title line; using “${title}”` });
  } else if (named === "政府工作报告") {
    // A bare title names neither year nor place: complete it as the site lists reports.
    title = `${known ? `${known}年` : ""}${options.place || city_zh}政府工作报告`;
  }

  return {
    title,
    city_zh,
    year: Number.isFinite(year) ? year : 0,
    date,
    congress,
    speaker,
    speaker_title,
    lines: head.map((l) => l.text),
    bodyStart: headEnd,
  };
}

/** Whether a report's body reviews `review` (`2004年工作回顾`, `过去的2004年`) and sets out the work of `plan` (`2005年工作安排`, `2005年经济社会发展的主要预期目标`). */
function reviewsAndPlans(body: readonly string[], review: number, plan: number): boolean {
  const text = asciiDigits(body.join("\n"));
  const reviewed = new RegExp(`${review}年(?:工作)?回顾|回顾${review}年|过去的${review}年|(?:^|\\n)(?:各位代表[，,：:]?)?${review}年，`).test(text);
  const planned = new RegExp(`${plan}年(?:的?工作(?:安排|任务|部署|建议)|的?主要(?:任务|目标|预期目标)|经济(?:和|与)?社会发展的?(?:主要)?(?:预期)?目标|政府工作)`).test(text);
  return reviewed && planned;
}
