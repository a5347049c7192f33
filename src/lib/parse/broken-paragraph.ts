import type { SourceLine } from "../source/lines.ts";
import { isAppendix } from "./appendix.ts";
import { enumerationOf, markerOf } from "./markers.ts";
import { endsOnFusedNumberedTitle, namesYearBeforeComma, YEAR_IS_OPENING } from "./parts.ts";

/**
 * A paragraph a copy broke off after a comma, its sentence going on in the next paragraph:
 * `…督促电石、铁合金等行业企业建成余热发电项目，` then `完善企业治污、除尘、脱硫、脱硝设施。…`. No paragraph of a report
 * ends on a comma or an enumeration comma, so the two are one paragraph again. A heading, a bold line, a table row, a
 * footnote, a numbered item (`（二）`, `3.`, `二是`) and the salutation (`各位代表，`) neither join nor are joined. So is one
 * broken off after the colon and the first circled numeral of a list, its item in the next paragraph (Hunan 2022:
 * `…竭尽全力办好十大民生实事：①` then `增加公办义务教育学位；②职业教育楚怡行动；…`).
 */
const BROKEN_OFF = /[，、,]$|[：:][\s\u3000]*①$/;

/**
 * A paragraph a printed page cut inside a word, the rest of its sentence in the next paragraph (`…围绕增进民生福祉，集中`
 * then `力量实施十大领域百项惠民工程，…`; `…坚决守住生态功能保障基` then `线、环境质量安全底线…`): a line of prose, a sentence of
 * it ended before, that stops on a Chinese character, and a next line of prose that opens with one. A heading states
 * no sentence before its end, and the line after a cut goes on in prose (a comma or a full stop in it), so neither joins.
 */
const CUT_IN_WORD = /\p{Script=Han}$/u;
/**
 * A line of prose cut inside a word stops on a Chinese character, or on the Latin letters of a name a copy lost the rest
 * of, its subscript dropped with the break (Nanchong 2021: `…生态环境质量明显改善，主城区PM` then `平均浓度较2015年下降34.1%，…`),
 * or on the closing mark of a name in quotes or brackets, a word and no sentence's end (Guangdong 2001: `…认真贯彻江泽民同志
 * “三个代表”` then `重要思想，…`; `…全国创建文明城市工作先进城市（城区）` then `光荣称号。…`).
 */
const CUT_IN_PROSE = /(?:[\p{Script=Han}A-Za-z]|\p{Script=Han}[”’」』》）)])$/u;
/**
 * A note in brackets or quotes set after a sentence's end, the paragraph's last words (`…增长9%。（以上数据均为初步统计数）`,
 * `…一定能够实现！（掌声）`): the paragraph ends on it, cut nowhere.
 */
const NOTE_AFTER_SENTENCE = /[。！？!?][\s\u3000]*(?:[（(][^（）()]*[）)]|[“「『][^“”「」『』]*[”」』])$/u;
/**
 * The next line opens with a Chinese character, or with the closing quotation mark or bracket of a name the cut left open
 * (`…改革“投洽会”、“台交会` then `”办会方式，…`): no paragraph opens on a closing mark; or with a count and its measure
 * word, the cut falling before the number (Guangzhou 1993: `…完成了珠江电厂一期工程、…、机场路、黄埔新沙港` then `2个泊位和
 * 市内程控电话工程等一批大型基础设施建设，…`). Not a year or a date (`2019年，…`), which may open a paragraph of its own.
 */
const GOES_ON_WORD = /^(?:[\p{Script=Han}”’」』》）]|\d+(?:\.\d+)?(?![\d.年月日号])\p{Script=Han})(?=.*[，。；、])/u;

/**
 * A line that opens inside a word (`之年，是改革开放40周年，…` after `今年是…精神的开局`): 之 or 的 bound to the word before,
 * which no paragraph opens with (but `之所以`, `之后`, `之前`, `的确` do). The line before then goes on into it, though
 * no sentence of it ended before the cut.
 */
const OPENS_MID_WORD = /^(?:之(?!所以|后|前)|的(?!确))\p{Script=Han}(?=.*[，。；、])/u;

/**
 * A line that opens on a mark of punctuation that ends a clause or a sentence (Shaanxi 2002: `…努力实现山川秀美` then `。`
 * then `突出抓好…`; `…加强计划生育工作` then `，搞好综合服务，稳定低生育水平，提高人口素质。`): no paragraph opens on one,
 * so the line goes on the paragraph before, which stops short of it (on no such mark of its own).
 */
const OPENS_ON_MARK = /^[，。、；：！？,;:!?]/;

/**
 * A paragraph a copy broke off right after a percentage, its qualifier and the sentence's end opening the next line
 * (Shanghai 2004: `…非公经济增加值占全市国内生产总值的比重上升到35%` then `左右。继续推进现代市场体系建设，…`): no paragraph opens on
 * 左右, 以上 or 以内 then a mark, the word of the number before it, so the line goes on the paragraph before.
 */
const ENDS_ON_PERCENT = /\d[%％]$/;
const OPENS_ON_QUALIFIER = /^(?:左右|以上|以内)[，。；、,;]/;
const ENDS_ON_MARK = /[，。、；：！？,;:!?…]$/;

/** A line joined to the paragraph before (`into`, 1-based), and where it broke off: inside a word, at a mark, before a number, a measure or a qualifier. */
type Join = { line: number; into: number; inWord?: true; atMark?: true; atNumber?: true; atMeasure?: true; atQualifier?: true };

/**
 * The lines of a report with each paragraph broken off after a comma or inside a word joined to the next; `joined` lists the lines
 * (1-based, as in the source) whose text went on into the paragraph before. `pageBreaks` are the lines of a
 * newspaper's page-continuation marks: where a paragraph broke off at one, the residue reader has joined it with the
 * line that resumes it, or found other text first (another article's), so no paragraph is joined across one.
 */
export function joinBrokenParagraphs(
  source: readonly SourceLine[],
  pageBreaks: readonly number[] = [],
): { lines: SourceLine[]; joined: Join[]; untangled?: { from: number; to: number } } {
  let lines = source;
  const kept: SourceLine[] = [];
  const joined: Join[] = [];
  const untangled = untangleAppendix(lines);
  if (untangled) {
    lines = untangled.lines;
    joined.push(...untangled.joins);
  }
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const last = kept.at(-1);
    const next = lines[i + 1];
    if (last && next && cutAroundNumber(last, l, next) && !pageBreaks.some((b) => b >= last.line && b <= next.line)) {
      kept[kept.length - 1] = { ...last, text: last.text + l.text + next.text };
      joined.push({ line: l.line, into: last.line, atNumber: true }, { line: next.line, into: last.line, atMeasure: true });
      i++;
      continue;
    }
    const inWord =
      !!last &&
      ((cutInWord(last) && resumesSentence(l) && GOES_ON_WORD.test(l.text)) ||
        (CUT_IN_WORD.test(last.text) && plain(last) && [...last.text].length >= 10 && resumesSentence(l) && OPENS_MID_WORD.test(l.text)));
    const atMark = !!last && !inWord && OPENS_ON_MARK.test(l.text) && resumesSentence(l) && plain(last) && !last.strong && !ENDS_ON_MARK.test(last.text.trimEnd());
    const atNumber =
      !!last && !inWord && !atMark && cutBeforeNumber(last, OPENS_ON_AMOUNT.test(l.text)) && resumesSentence(l) && OPENS_ON_NUMBER.test(l.text) && !titleBeforeYearIs(last, l);
    const atMeasure =
      !!last && !inWord && !atMark && !atNumber && resumesSentence(l) && ((cutBeforeMeasure(last) && OPENS_ON_MEASURE.test(l.text)) || (cutBeforeMeasure(last, true) && OPENS_ON_YEARS.test(l.text)));
    const atQualifier =
      !!last && !inWord && !atMark && !atNumber && !atMeasure && OPENS_ON_QUALIFIER.test(l.text) && resumesSentence(l) && plain(last) && ENDS_ON_PERCENT.test(last.text.trimEnd());
    if (last && (inWord || atMark || atNumber || atMeasure || atQualifier || (breaksOff(last) && goesOn(l))) && !pageBreaks.some((b) => b >= last.line && b <= l.line)) {
      kept[kept.length - 1] = { ...last, text: last.text + l.text };
      joined.push({
        line: l.line,
        into: last.line,
        ...(inWord ? { inWord: true as const } : atMark ? { atMark: true as const } : atNumber ? { atNumber: true as const } : atMeasure ? { atMeasure: true as const } : atQualifier ? { atQualifier: true as const } : {}),
      });
      continue;
    }
    kept.push(l);
  }
  return { lines: kept, joined, ...(untangled ? { untangled: untangled.span } : {}) };
}

/**
 * An appendix of numbered entries a copy set inside the text, as a page of two columns read across leaves it (Guyuan
 * 2016: `…建设油用牡丹基地6万亩、林业`, then `有关情况说明` and its entries up to one cut inside a word, `…根据实际自主选`,
 * then `产业示范点20个，…` going on the paragraph, the text to its closing words, then `择发展马铃薯…。` going on the
 * entry and the entries after it): the text whole again, then the appendix, the cut entry joined with its rest. Null
 * unless each of the four cuts is there: a paragraph cut inside a word right before the appendix's heading, numbered
 * entries only up to one cut inside a word, a line of prose right after it, and, after a line that ends a sentence, a
 * line of prose right before the next entry (or the end).
 */
function untangleAppendix(lines: readonly SourceLine[]): { lines: SourceLine[]; joins: { line: number; into: number; inWord: true }[]; span: { from: number; to: number } } | null {
  const cut = (l: SourceLine) => CUT_IN_WORD.test(l.text) && l.text.includes("。") && plain(l) && !l.strong && [...l.text].length >= 20;
  const i = lines.findIndex((l, n) => cut(l) && lines[n + 1] !== undefined && plain(lines[n + 1]!) && isAppendix(lines[n + 1]!.text));
  if (i < 0) return null;
  let k = i + 2;
  // k: the entry cut inside a word (numbered, after the first: `1.1+21+X…` reads as a number), the line after it the
  // paragraph's rest; the entries before it plain lines, no heading.
  while (k < lines.length && plain(lines[k]!) && !isAppendix(lines[k]!.text) && !(markerOf(lines[k]!.text) !== null && CUT_IN_WORD.test(lines[k]!.text) && lines[k + 1] !== undefined && resumesSentence(lines[k + 1]!) && GOES_ON_WORD.test(lines[k + 1]!.text))) k++;
  if (k >= lines.length - 1 || markerOf(lines[k]!.text) === null || !CUT_IN_WORD.test(lines[k]!.text)) return null;
  let m = k + 2;
  while (m < lines.length && !(resumesSentence(lines[m]!) && GOES_ON_WORD.test(lines[m]!.text) && /[。！？][”’]?$/.test(lines[m - 1]!.text) && /[。！？；][”’）)]?$/.test(lines[m]!.text) && (m === lines.length - 1 || markerOf(lines[m + 1]!.text) !== null))) {
    if (isAppendix(lines[m]!.text)) return null;
    m++;
  }
  if (m >= lines.length) return null;
  const [para, resumed, entry, rest] = [lines[i]!, lines[k + 1]!, lines[k]!, lines[m]!];
  return {
    lines: [
      ...lines.slice(0, i),
      { ...para, text: para.text + resumed.text },
      ...lines.slice(k + 2, m),
      ...lines.slice(i + 1, k),
      { ...entry, text: entry.text + rest.text },
      ...lines.slice(m + 1),
    ],
    joins: [
      { line: resumed.line, into: para.line, inWord: true },
      { line: rest.line, into: entry.line, inWord: true },
    ],
    span: { from: lines[i + 1]!.line, to: entry.line },
  };
}

/** A body paragraph that ends on a comma. */
function breaksOff(l: SourceLine): boolean {
  return BROKEN_OFF.test(l.text) && plain(l) && !/^各位代表[，,]$/.test(l.text.trim()) && [...l.text].length >= 10;
}

/**
 * The address to the deputies that opens a paragraph, a space a copy left inside it too (Hebei 2012: `各 位代表，做好今年的政府
 * 工作…` after `…让人民满意的政府`, which lost its full stop): a paragraph of its own, never the rest of a sentence.
 */
const SALUTATION = /^各[ \u3000]*位[ \u3000]*代[ \u3000]*表/;

/**
 * A body paragraph cut inside a word: prose with a sentence ended in it (`。`) that stops on a Chinese character, the
 * words after that sentence no part title run on at its end (`…让人民放心。二、对第十届省人民政府工作的建议`, or after
 * the cut and a space: `…切实提升应急救援能 三、切实加强改革和政府自身建设`), nor a numbered section after a space
 * (`…制度改革。 六、努力保持各项社会事业与经济建设的协调发展`).
 */
function cutInWord(l: SourceLine): boolean {
  // The tail read from its first character: a copy may leave a space after the full stop before a numbered section run
  // on there (Gansu 2003: `…推进城镇职工基本医疗保险制度改革。 六、努力保持各项社会事业与经济建设的协调发展`).
  const tail = l.text.slice(l.text.lastIndexOf("。") + 1).replace(/^[\s\u3000]+/, "");
  return (
    CUT_IN_PROSE.test(l.text) && !NOTE_AFTER_SENTENCE.test(l.text) && l.text.includes("。") && plain(l) && !l.strong && [...l.text].length >= 20 && markerOf(tail) === null && enumerationOf(tail) === null && !endsOnFusedNumberedTitle(l.text)
  );
}

/**
 * A line that opens with a number, a year or an amount, and goes on in prose (Hainan 1993: `1993年经济发展的主要指标是：…`,
 * `16%，“九五”期间年平均增长17.6%，…`): the rest of a sentence a copy broke before its number. Not a year set off by a
 * comma (`2017年，全市生产总值增长8%…`), the time a paragraph of its own opens with.
 */
const OPENS_ON_NUMBER = /^(?!(?:19|20)\d{2}年[，,])\d+(?:\.\d+)?(?=.*[，。；：,;])/;

/**
 * A body paragraph a copy broke off mid-clause right before a number (Hainan 1993: `根据新修订的“八五”计划的要求，我省` then
 * `1993年经济发展的主要指标是：…`; `…好势头。预计` then `1992年全省社会商品零售总额54亿元，…`): prose that stops on a
 * Chinese character with no mark, not a numbered heading, whose words after its last full stop are a clause cut off
 * (a comma among them, not an enumeration comma alone: `民族、宗教、侨务` is no prose) or a word or two (`预计`), never a
 * title run on at its end (`…自由流动。2003年政府工作建议`), which has no comma and more words, nor a part title that names
 * its year before a comma (Yiyang 2025: `奋斗二〇二五，我们锚定目标、拼搏进取` then `2025年是“十四五”规划的收官之年，…`).
 */
function cutBeforeNumber(l: SourceLine, amount = false): boolean {
  const text = l.text.trim();
  const tail = text.slice(text.lastIndexOf("。") + 1).replace(/^[\s\u3000]+/, "");
  // Before an amount the words cut off may be the name of what it measures (Hainan 1994: `…其中第三产业增长 23 %。农业总产值`
  // then `97.4 亿元，增长 10 %;…`), or a clause up to its verb of change (`今年乡镇企业总产值计划增长` then `64.1 %，达到 75`):
  // no title runs on into an amount.
  const clause =
    /[，,]/.test(tail) || (text.includes("。") && ([...tail].length <= (amount ? 10 : 4) || (amount && /(?:增长|下降|达到|完成|提高|增加|控制在)$/.test(tail))));
  return (
    /\p{Script=Han}$/u.test(text) && clause && plain(l) && !l.strong && [...text].length >= 6 && markerOf(text) === null && enumerationOf(text) === null &&
    markerOf(tail) === null && enumerationOf(tail) === null && !NOTE_AFTER_SENTENCE.test(text) && !endsOnFusedNumberedTitle(text) &&
    !namesYearBeforeComma(text)
  );
}

/**
 * A line that opens on a year and says what that year is (`2001年是新世纪的第一年，…`, `2025年是“十四五”规划的收官之年，…`):
 * the first sentence of a part on that year, a paragraph of its own. A line with no sentence's end in it before one
 * (Guangdong 2001: `扎实工作，为“十五”计划开好头起好步` then `2001年是新世纪的第一年，是全面实施“十五”计划的开局之年，…`) is
 * that part's title, not a clause cut off before the year.
 */
function titleBeforeYearIs(last: SourceLine, l: SourceLine): boolean {
  return l.text.charCodeAt(4) === 0x5e74 && YEAR_IS_OPENING.test(l.text) && !/[。！？!?；;]/.test(last.text);
}

/**
 * A line that opens with an amount: a number and its measure, a unit or a percent sign (`97.4 亿元，…`), not a year or a date.
 */
const OPENS_ON_AMOUNT = /^\d+(?:\.\d+)?[\s\u3000]*(?:[%‰％]|(?![年月日号])\p{Script=Han})/u;

/**
 * A body paragraph a copy broke off between a number and its measure, the unit or the percent sign opening the next line
 * (Hainan 1994: `…工业增加值 38 亿元，增长 28` then `%。全社会固定资产投资规模 200 亿元，…`; `…地方财政收入 25.9` then
 * `亿元，加上中央税收返还收入…`): prose with a clause in it that stops on a number, which no paragraph ends on.
 */
function cutBeforeMeasure(l: SourceLine, years = false): boolean {
  const text = l.text.trim();
  if (years) return YEARS_CUT.test(text) && plain(l) && !l.strong && markerOf(text) === null && enumerationOf(text) === null;
  return /[，。；,;]/.test(text) && /\p{Script=Han}[\s\u3000]*\d+(?:\.\d+)?$/u.test(text) && plain(l) && !l.strong && markerOf(text) === null && enumerationOf(text) === null;
}

/**
 * A paragraph a copy broke off between a count of years or a year and its 年, which opens the next line (Hainan 1998:
 * `过去的 5` then `年，是我省经济发展波动最大的时期，…`; `从 1998` then `年起，我们已进入新一轮的创业阶段。…`; `5` then
 * `年历程加深了我们这样一些认识：…`): no paragraph ends on a bare number, nor opens on 年 with prose after it, so the two
 * are one, however short the first (the number after a word, a mark or alone on its line).
 */
const YEARS_CUT = /(?:^|[\p{Script=Han}，、：！。；,:!;])[\s\u3000]*\d+$/u;
const OPENS_ON_YEARS = /^年(?=.*[，。；、,;])/u;

/**
 * A number a copy set on a line of its own, cut out of the sentence it stands in (Hainan 1998: `…天然气大化肥、无纺布、`
 * then `80` then `万吨水泥、镀锡薄板…`; `…每年推广` then `100` then `项农业新技术、新品种。…`; `…覆盖率均达到` then `90%` then
 * `以上。…`): a line of prose that stops short of a sentence's end, a bare number, and a line that opens on the number's
 * measure (a unit, a count's word, 年, 世纪, 以上) and goes on in prose are one paragraph. A title (no mark in it) before a
 * number is none of this: the number and its measure open the paragraph after it (`过去五年的工作`, then `1993` and
 * `年以来，…`), nor is a page number between two lines of prose, which no measure follows.
 */
function cutAroundNumber(last: SourceLine, l: SourceLine, next: SourceLine): boolean {
  const before = last.text.trimEnd();
  return (
    LONE_NUMBER.test(l.text) && plain(l) && plain(last) && !last.strong && /[\p{Script=Han}、，,]$/u.test(before) && /[，。；、,;]/.test(before) &&
    markerOf(before) === null && enumerationOf(before) === null && resumesSentence(next) && OPENS_ON_COUNTED.test(next.text)
  );
}

/** The units a number cut from its measure is read with ({@link OPENS_ON_MEASURE}, {@link OPENS_ON_COUNTED}). */
const UNITS = "元|美元|人|吨|公里|千瓦|平方米|亩|户|个|项|家|宗|条|次|所|座";

/** A line of a number alone, a percent sign after it or not (`80`, `90%`, `9.2`). */
const LONE_NUMBER = /^[\s\u3000]*\d+(?:\.\d+)?[\s\u3000]*[%‰％]?[\s\u3000]*$/;

/** What goes on after a number cut out of its sentence: its measure, then prose (`万吨水泥、…`, `项农业新技术`, `年前基本建成，…`). */
const OPENS_ON_COUNTED = new RegExp(`^(?:以上|以下|左右|多|余|世纪|年|个百分点|(?:亿|万|千|百)?(?:${UNITS}|辆|台|套|件|名|种|批)|亿|万|千|百)(?=.*[，。；、,;])`, "u");

/** The measure of a number on the line before: a percent sign, or a unit in Chinese, then prose (`%。…`, `亿元，…`). */
const OPENS_ON_MEASURE = new RegExp(`^(?:[%‰％]|(?:亿|万|千)?(?:${UNITS})|亿|万)(?=.*[，。；、,;])`, "u");

/** A line that can go on a sentence: plain text that no number or marker opens. */
function goesOn(l: SourceLine): boolean {
  return plain(l) && !l.strongLead && markerOf(l.text) === null && enumerationOf(l.text) === null && !/^[\s　]*$/.test(l.text);
}

/**
 * A line that can resume a sentence a cut left open (inside a word, or at a page's end): one that can go on a sentence,
 * and not the salutation.
 */
export function resumesSentence(l: SourceLine): boolean {
  return goesOn(l) && !SALUTATION.test(l.text);
}

function plain(l: SourceLine): boolean {
  return !l.strong && !l.heading && !l.footnote && !l.listItem && !l.tableRow && !l.comment;
}
