/**
 * Plain text wrapped at a fixed width, as a copy of a PDF or of a printed page leaves it: most lines end at the same
 * column, mid-sentence, and a paragraph ends on a shorter line (or the next one is indented). Such lines are joined
 * back into the paragraphs they were cut from; text whose lines do not share a width is left as it is.
 */

import { trimLine } from "../text/hygiene.ts";

/**
 * A page's number on a line of its own, as a copy of a printed or PDF page keeps it: between dashes as official
 * documents set it (`— 3 —`, `- 12 -`, `·3·`), or `第3页`, `第 3 页 共 20 页`, `3/20`.
 */
export const PAGE_NUMBER = /^(?:[—–\-－―─~～·•]{1,2}\s*[0-9０-９]{1,3}\s*[—–\-－―─~～·•]{1,2}|第\s*[0-9０-９]{1,3}\s*页(?:\s*[，,/／]?\s*共\s*[0-9０-９]{1,3}\s*页)?|[0-9０-９]{1,3}\s*[/／]\s*[0-9０-９]{1,3})$/;

/** A line of the source before it is read: its text (untrimmed) and 1-based line number. */
export interface RawLine {
  text: string;
  line: number;
  /** A page number the paragraph it cut went on past, joined again here: it marks no cut at that paragraph's end. */
  mended?: true;
}

/** How a text was wrapped: the width in columns, and how many lines were joined to the one before. */
export interface Wrap {
  width: number;
  joined: number;
}

/** The narrowest width taken for a wrap: 20 Chinese characters. Shorter uniform lines are more likely a list. */
const MIN_WIDTH = 40;
/** How far short of the width a line may end and still be full: a character of two columns that did not fit, or
 * punctuation a typesetter kept off the start of the next line. */
const SLACK = 4;
/**
 * How much further short of the width a line may end, in a text that indents its paragraphs, and still run on when it
 * stops mid-sentence: a number or a Latin word a typesetter does not split went whole to the next line
 * (`…对外投资增长` / `15%，开放型经济快速发展。`).
 */
const WHOLE_RUN = 12;
/** The end of a dateline (`…第二次会议上`, `…会议上）`). */
const DATELINE_END = /会议上[）)]?$/;
/**
 * A dateline on a line of its own, from its date to its session (`——2022年1月20日在…第五次会议上`), the title before it on the
 * same line too, set off by its dash (`政府工作报告——2024年1月28日在…第五次会议上`, Xingtai 2024); not by a bracket the next
 * line closes (`政府工作报告（2017年1月15日在…第六次会议上` / `代省长 刘国中）`, Jilin 2017).
 */
const WHOLE_DATELINE = /^(?:\p{Script=Han}{0,20}?政府工作报告[—－\-]+|[—－\-]*[（(]?)(?:19|20)\d{2}年\d{1,2}月\d{1,2}日在\S*会议上[）)]?$/u;
/** The number or Latin word a line opens with, which a typesetter moves whole to the next line (`65.4%。`). */
const WHOLE_RUN_START = /^[0-9A-Za-z][0-9A-Za-z.%‰]*/;
/**
 * The end of a sentence or of a clause that introduces what follows, before any closing quotation mark or bracket; not
 * a colon after a digit, which separates the terms of a ratio the margin cut (`三次产业结构为13.3：19.8：` / `66.9。`).
 */
const SENTENCE_END = /(?:[。！？；!?;…]|(?<!\d)[：:])[”’」』）)]*$/;
/** The end of a sentence, before any closing quotation mark or bracket: a full stop, not a clause's semicolon or colon. */
const FULL_STOP = /[。！？!?][”’」』）)]*$/;
/** A line opening on a closing mark or a punctuation mark: the words before it are on the line above. */
const CLOSING_START = /^[”’」』）)，。、；：！？,.;:!?%‰…]/;
/** A line's end on a mark that opens what follows: a bracket or a quotation mark. */
const OPEN_END = /[（(《“‘「『〈【［]$/;
/** A line's start on a mark that opens what follows: a bracket or a quotation mark. */
const OPEN_START = /^[（(《“‘「『〈【［]/;
/** A clause ended by a semicolon: the sentence goes on after it. */
const CLAUSE_END = /[；;][”’」』）)]*$/;
/**
 * A sentence's end followed by a note in brackets that closes the line (`…数智乡村不少于300个。（牵头单位：移动成都分公司）`,
 * Chengdu 2023): the note, like the sentence before it, ends there.
 */
const NOTED_END = /[。！？!?][”’」』]*[（(][^（）()]*[）)]$/;
/** An item of a list opening a line by its ordinal word (`二是`, `其三`). */
const ITEM_OPENING = /^(?:[一二三四五六七八九十]+是|其[一二三四五六七八九十])/;
/**
 * Words that open a paragraph: the time it speaks of (`过去一年，`, `五年来，`, `这一年，`, `2015年，`, `2021年是…`; a space a
 * copy set before its comma too, `过去五年 ，`, Shaoyang 2016), or the weighing of the targets just set (`确定这样的预期目标，`,
 * `综合分析，`).
 */
const PARAGRAPH_OPENING =
  /^(?:(?:过去(?:的)?[一二三四五十]+年|[一二三四五十]+年来|这一年|今年|(?:19|20)\d{2}年)(?:\s?[，,]|是)|确定(?:这样|上述|以上)的|综合(?:分析|考虑)[，,])/;
/**
 * A line of words alone, with no mark of punctuation (`推进政府自身建设`, `2009年工作总体部署`): set well short of the margin,
 * it ends no sentence, so it is a title or a heading of its own, not the last words of a paragraph.
 */
const BARE_WORDS = /^[\p{Script=Han}0-9０-９“”《》·]+$/u;
/** The share of lines that must end within the slack of one width for the text to be read as wrapped. */
const MIN_SHARE = 0.4;
/** The share of lines that may run past the width (a long word, a table's line) in a wrapped text. */
const MAX_OVER = 0.05;

/**
 * Display width on a Chinese page: Han, kana, Hangul, CJK punctuation and the full-width forms take two columns, and
 * so do the signs a Chinese font sets full width (quotation marks “ ” ‘ ’, the dash —, the ellipsis …, the dot ·).
 */
function wide(c: number): boolean {
  if (c < 0x00b7) return false;
  return (
    c === 0x00b7 || c === 0x2014 || c === 0x2015 || c === 0x2018 || c === 0x2019 || c === 0x201c || c === 0x201d || c === 0x2026 ||
    (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd)
  );
}

/** A line's width in columns (see {@link wide}). */
export function columns(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i)!;
    if (c > 0xffff) i++;
    n += wide(c) ? 2 : 1;
  }
  return n;
}

const INDENT = /^(?:\u3000|\t| {2})/;
/**
 * An item of a numbered list (`3.惠民惠农…`, `10．`, `4、`, a space after the mark: `10. 三会一层（P5）：…`, Zhuzhou 2020): a
 * number and a mark, then words, never a decimal's digits.
 */
const NUMBERED_ITEM = /^\d{1,2}[.．、][ \u3000]?(?=[\p{Script=Han}“《（])/u;
/**
 * An item of a list numbered in brackets (`（16）新获批在川设立外国领事机构2家:…`, an entry of Sichuan 2020's 名词解释 after
 * one that ended at the margin of its PDF copy at 38 characters): a number in brackets, then words.
 */
const BRACKETED_ITEM = /^[（(]\d{1,2}[）)](?=[\p{Script=Han}“《])/u;
/** An item of a list, numbered ({@link NUMBERED_ITEM}, {@link BRACKETED_ITEM}) or opened with a dash (`——人民生活更加富裕。`). */
const LIST_ITEM = new RegExp(`${NUMBERED_ITEM.source}|${BRACKETED_ITEM.source}|^[—―]{2}`, "u");
/**
 * An appendix's label alone on its line (`附件2`, `附件`, `附录一`, `附件1：`): it names no sentence of the text before
 * it, whatever that line reaches.
 */
const APPENDIX_LABEL = /^附(?:件|录)[一二三四五六七八九十\d]{0,3}[：:]?$/;
/** A numbered part or section (`二、`, `（三）`, `第四，`) starts a line of its own, even after a full line. */
const NUMBERED = /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|第[一二三四五六七八九十]+[，,、])/;
/**
 * Numerals listed with 、 or 和 before what they count (`一、二、三产业分别增长3%、13%和7%`, `一、二季度`, Ningxia 2014), or
 * the grades they name (`二、三级医院服务向社区延伸`, Xiamen 2006): the words of a sentence the margin cut, no part's numeral.
 */
const NUMERAL_LIST = /^[一二三四五六七八九十](?:[、和][一二三四五六七八九十])+(?:产|次产业|季度|类|等奖|级)/;
/** An ordinal opening a line (`第三，`): inside a paragraph where the text indents its paragraphs and this line is not. */
const ORDINAL = /^第[一二三四五六七八九十]+[，,、]/;
/** An address to the deputies opening a line (`各位代表！`, `各位代表，`, `各位代表：`). */
const ADDRESS = /^各位代表[！!，,：:]/;
/** Lines that open a paragraph after a sentence's end, whatever the line before reaches. */
const OPENS_PARAGRAPH = [LIST_ITEM, APPENDIX_LABEL, ADDRESS];
/** How far a line reaches across the page: its indentation counts, the blanks after its end do not. */
const reach = (s: string) => (trimLine(s) ? columns(s.replace(/^\ufeff/, "").replace(/[\s\u3000]+$/, "")) : 0);
/** How a line reaches across a page that gives every character one cell of two columns (see {@link fillsCells}). */
const reachCells = (s: string) => (trimLine(s) ? [...s.replace(/^\ufeff/, "").replace(/[\s\u3000]+$/, "")].length * 2 : 0);

/**
 * Whether a text wrapped at `width` gives every character one cell, a half-width digit or Latin letter as much as a
 * Han character, as some copies of a PDF lay it out: every line of 36 characters, however many digits it holds, so
 * that a line packed with digits ends well short of the margin in columns (`初步核算2017年达到4.5万亿元，…1.3个`). It
 * does when most lines fill the width counted so and hardly a line holds more characters than the width has cells;
 * where digits take half a cell, a line with a few of them holds more.
 */
export function fillsCells(lines: readonly string[], width: number): boolean {
  const shown = lines.filter((l) => trimLine(l));
  const widths = shown.map(reachCells);
  const full = widths.filter((w) => w >= width - SLACK).length;
  // A line runs past the margin only by what it holds before the punctuation a typesetter hung there rather than open
  // the next line with it (`…第三产业实现增加值9963.89亿元，增长13.3%。` as 39 characters where the rest hold 38).
  const over = shown.filter((l) => reachCells(l.replace(HUNG, "")) > width).length;
  return full >= widths.length * MIN_SHARE && over <= widths.length * MAX_OVER;
}

/**
 * How many characters a full line holds in a copy that gives every character one cell (see {@link fillsCells}): the
 * count most lines that reach the margin hold, the fewer of two as common. Lines a hung mark took one past it
 * (`…增长13.3%。` in 39 characters where the rest hold 38) do not set it.
 */
export function fullLine(lines: readonly string[], width: number): number {
  const count = new Map<number, number>();
  for (const l of lines) {
    if (!trimLine(l) || reachCells(l) < width - SLACK) continue;
    const n = [...l.replace(/^\ufeff/, "").replace(/[\s\u3000]+$/, "")].length;
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  let best = 0;
  let most = 0;
  for (const [n, k] of count) if (k > most || (k === most && n < best)) [best, most] = [n, k];
  return best;
}

/** The punctuation a typesetter hangs past the margin at a line's end rather than open the next line with it. */
const HUNG = /[，。、；：！？,.;:!?”’」』）)%‰…]+[\s\u3000]*$/;

/**
 * The width a text is wrapped at, or null when its lines do not end at one column: of the widths most lines end
 * within the slack of, and hardly a line runs past, the one most lines end at. A narrower width that more lines end
 * near but too many run past is not the margin: in a copy wrapped by characters whose typesetter hung a punctuation
 * mark past the margin rather than open a line with it (`…实现净利润162.8亿元，增长43.6%。` as 39 characters where the
 * others hold 38), the lines holding digits end short of the margin in columns, and the hung lines, a few columns past
 * the width of the rest, reach the margin.
 */
export function wrapWidth(lines: readonly string[]): number | null {
  const widths = lines.map(reach).filter((w) => w > 0);
  if (widths.length < 20) return null;
  const count = new Map<number, number>();
  for (const w of widths) if (w >= MIN_WIDTH - SLACK) count.set(w, (count.get(w) ?? 0) + 1);
  let best: { width: number; n: number } | null = null;
  for (const width of count.keys()) {
    if (width < MIN_WIDTH) continue;
    let n = 0;
    for (let w = width - SLACK; w <= width; w++) n += count.get(w) ?? 0;
    if (n < widths.length * MIN_SHARE) continue;
    const over = widths.filter((w) => w > width).length;
    if (over > widths.length * MAX_OVER) continue;
    if (!best || n > best.n || (n === best.n && width > best.width)) best = { width, n };
  }
  return best?.width ?? null;
}

/**
 * What stands for the line break in a joined line: a space the copy kept at the end of the line or the start of the
 * next (`“云天中卫” 推动`), or between two Latin words; nothing between Han characters or the digits of a number cut at
 * the margin (`5` `8%`).
 */
function joiner(left: string, right: string): string {
  if (/[ \t]$/.test(left) || /^ /.test(right)) return " ";
  if (!/[A-Za-z]$/.test(left) || !/^[A-Za-z]/.test(right)) return "";
  // One Latin token set in Han text, no space on either side, cut at the margin by a copy that counts characters:
  // an acronym (`举办T` / `MF全球智慧城市主题峰会`, Yinchuan 2016, is TMF) or a word going on in lower case (`iB` / `i育成
  // 中心`). Not two words (`Open` / `Data`), nor a word the next line goes on from with a space (`TM` / `Forum 或`).
  const l = /(?:^|[^A-Za-z\s])([A-Za-z]+)$/.exec(left)?.[1];
  const r = /^([A-Za-z]+)(?:$|[^A-Za-z\s])/.exec(right)?.[1];
  if (l && r && (/^[a-z]/.test(r) || (/^[A-Z]+$/.test(l) && /^[A-Z]+$/.test(r)))) return "";
  return " ";
}

/** How a wrapped text is set, read once from all its lines ({@link layoutOf}) and used at each of its line breaks. */
export interface Layout {
  /** Its paragraphs start indented ({@link indentsParagraphs}). */
  indents?: boolean;
  /** Every character takes one cell, digits too ({@link fillsCells}). */
  cells?: boolean;
  /** Its section titles stand alone on their lines ({@link titlesStandAlone}). */
  titlesAlone?: boolean;
  /** The characters a full line holds where every character takes one cell, or 0 ({@link fullLine}). */
  full?: number;
}

/** How the text of `lines`, wrapped at `width`, is set. */
export function layoutOf(lines: readonly string[], width: number): Required<Layout> {
  const cells = fillsCells(lines, width);
  return { indents: indentsParagraphs(lines), cells, titlesAlone: titlesStandAlone(lines, width), full: cells ? fullLine(lines, width) : 0 };
}

/**
 * What a line break of a text wrapped at `width` stands for: the joiner when the line `before` reaches the margin and
 * the line `after` goes on with it (not blank, not indented where the text indents, not a numbered heading), else null:
 * the break ends a paragraph. Where the text indents its paragraphs, a line that stops mid-sentence a whole run short
 * of the margin ({@link WHOLE_RUN}) goes on too: only an indented line starts a paragraph there. Where the text does not
 * indent, such a line goes on when the number or word the next line opens with would not have fit on it
 * (`…占全市的` / `65.4%。以哈尔滨…`). Where the copy gives every character one cell (`cells`, see {@link fillsCells}), a
 * line that stops mid-sentence reaches as far as its characters do. `layout` is how the whole text is set ({@link layoutOf}).
 */
export function breakJoin(before: string, after: string, width: number, layout: Layout = {}): string | null {
  const { indents = false, cells = false, titlesAlone = false, full = 0 } = layout;
  const text = trimLine(after);
  // A section title that fills the line to the margin, in a text that sets its titles alone on their lines, ends there
  // when a full line of text follows it (Tianjin 2004 at 38 characters: `（三）利用外资和外贸出口快速增长，滨海新区在区域经济
  // 发展中的地位明显提高` / `全市直接利用外资合同额35.1亿美元，…`): a title going on would run past two lines.
  if (titlesAlone && aloneTitle(trimLine(before)) && (cells ? reachCells(after) : reach(after)) >= width - SLACK) return null;
  // Where the text indents its paragraphs, an ordinal the margin put first on a line not indented is inside one
  // (`…建立与现代企业制度相适应的领导体制和组织制度。` / `第三，加强企业管理。…`, after `第一，…第二，…` in the same
  // paragraph, Shandong 1996): only a part or section numeral (`二、`, `（三）`) starts a line of its own there.
  if (!text || (indents && INDENT.test(after)) || (NUMBERED.test(text) && !(indents && ORDINAL.test(text)) && !NUMERAL_LIST.test(text) && !rankCut(before, text, width, cells) && !quoteCut(before, width, cells))) return null;
  // After a sentence that ended at the margin, a line that can only open a paragraph starts one, even after a full
  // line: an item of a list, numbered (`…能负担的医药服务。` / `3.惠民惠农…`) or dashed (`…水平明显提高。` / `——人民生活更加
  // 富裕。…`); an appendix's label after the closing sentence or the last item of a list (`…丰富和满足老年人生活需要。` /
  // `附件2`, Shizuishan 2023); an address to the deputies (`…奋力夺取决胜全面建成小康社会伟大胜利。` / `各位代表！实现梦想，
  // 时不我待。…`, Ulanqab 2018).
  // So after a sentence closed by a note in brackets (`…不少于300个。（牵头单位：移动成都分公司）` / `附件2`, Chengdu 2023).
  if (OPENS_PARAGRAPH.some((r) => r.test(text)) && (SENTENCE_END.test(trimLine(before)) || NOTED_END.test(trimLine(before)))) return null;
  // After a sentence that ended at the margin, a line of words alone well short of it is a heading, not the end of that
  // paragraph, which would then end on no mark (`…增强人民群众的安全感，保持社会和谐稳定。` / `推进政府自身建设` / `今年，全省
  // 经济社会发展任务十分艰巨，…`, Gansu 2009 as a PDF copy whose paragraphs are not indented).
  if (reach(after) < width - SLACK - WHOLE_RUN && BARE_WORDS.test(text) && SENTENCE_END.test(trimLine(before))) return null;
  // Counted in characters only where the line stops mid-sentence, or ends its sentence on a full line so counted
  // (`full` characters, digits or none: the margin ended it there, as it ends a line of Han alone); a line that ends
  // its sentence short of that may as well end its paragraph there. Not where the text indents its paragraphs: the next line, not
  // indented, goes on with it (`…入驻企业700户。五是超前谋划…首批西部开` / `发100个重大项目…第二批300个重点建设项目。` /
  // `提出比原计划提前十年…`).
  // A clause that ends at the margin so counted with a semicolon ends no paragraph (`…牛、羊饲养量分别达到17.23万头、
  // 430.15万只；` / `新增特色经济林15万亩。…`, Baiyin 2014), unless the next line opens an item of its own (`二是…`).
  const clause = CLAUSE_END.test(trimLine(before)) && !ITEM_OPENING.test(text);
  // Where the copy gives every character one cell and does not indent its paragraphs, a sentence that ends a character
  // or more short of a full line (`full`, the character count most lines hold) ends its paragraph there: the wrap would
  // have put the next character on it (`…“保交楼”全部完成。` in 37 characters / `过去一年，国防动员…`, Jining 2025 as a PDF
  // copy at 38 characters). Not before a line opening on a closing mark, which a typesetter never sets first.
  if (full && cells && !indents && FULL_STOP.test(trimLine(before)) && [...trimLine(before)].length < full && !CLOSING_START.test(text)) return null;
  // A sentence ending a full line of digits runs on as one of Han does (`（市）。服务业增加值、投资、税收分别增长12.5%、
  // 25.5%、13.2%。` / `电子商务交易额突破千亿元。…`, Yancheng 2016 as a PDF copy at 38 characters).
  // Not before a line that opens on the time it speaks of (`过去一年，`, `五年来，`, `2015年，`, `2021年是…`) or weighs the
  // targets just set (`…平均提高1%。` / `确定这样的预期目标，…`, Shanxi 2005): a paragraph's first words.
  const fullSentence = full > 0 && [...trimLine(before)].length >= full && !PARAGRAPH_OPENING.test(text);
  const r = cells && (indents || clause || fullSentence || !SENTENCE_END.test(trimLine(before))) ? reachCells(before) : reach(before);
  // A whole dateline, its date and its session, is whole even at the margin (`——2022年1月20日在宁夏回族自治区第十二届人民代表
  // 大会第五次会议上` / `自治区主席 咸 辉`, Ningxia 2022): the speaker under it goes on no sentence of it.
  if (WHOLE_DATELINE.test(trimLine(before))) return null;
  if (r >= width - SLACK) return joiner(before, after);
  // A line left open on a bracket or a quotation mark ends no paragraph, however short: what the mark opens is on the
  // next line, the number a typesetter moved there whole (`…《重庆市城乡总体规划（` / `2007-2020年）》获得国务院批准。…`,
  // Chongqing 2008 as a PDF copy at 38 characters).
  if (OPEN_END.test(trimLine(before))) return joiner(before, after);
  // A line that stops mid-word short of the margin by the opening mark the next line starts with, which a typesetter
  // moved there rather than end a line with it (`…地区生产总值达到730亿元，比` / `“十一五”末（下同）年均增长11.4%。…`, Ezhou
  // 2016 as a PDF copy at 38 characters): the words go on after the mark. Not a section title set alone.
  if (OPEN_START.test(text) && /[\p{Script=Han}0-9A-Za-z]$/u.test(trimLine(before)) && !aloneTitle(trimLine(before)) && r + 2 >= width - SLACK) return joiner(before, after);
  if (r < width - SLACK - WHOLE_RUN || SENTENCE_END.test(trimLine(before))) return null;
  // A dateline short of the margin is whole (`——2009年1月14日在自治区第十届人民代表大会第二次会议上` / `政府工作报告`,
  // Ningxia 2009): the title or the speaker under it goes on no sentence of it.
  if (DATELINE_END.test(trimLine(before))) return null;
  if (indents) return joiner(before, after);
  // A number the margin cut goes on (`…年均新登记各类市场主体86.` / `6万户，…`, `…分别突破6万亿元和4` / `万亿元，…`): its
  // digits are narrower than Han, so a line cut by characters stops short of the margin.
  if (/\d\.?$/.test(trimLine(before)) && /^(?:\d|[万亿%‰])/.test(text)) return joiner(before, after);
  // Where no indent marks a paragraph, only the run the next line opens with tells: it did not fit on this line. Where
  // the copy gives every character one cell, the run takes a cell a character as the line did (`…稳中向好。全年GDP增长` /
  // `11.6％，排名全省第一；…`, Jincheng 2022 as a PDF copy at 38 characters: 35 characters, and 4 more would not fit).
  const run = WHOLE_RUN_START.exec(text)?.[0];
  return run && r + (cells ? [...run].length * 2 : columns(run)) > width - SLACK ? joiner(before, after) : null;
}

/**
 * An ordinal the margin put first on a line after a full line that stops on a Han character, mid-word: a rank cut from
 * the words before it (`…居民健康素养率全省` / `第一，思南县、德江县人民医院成功创建三甲综合医院。…`, Tongren 2024 as a PDF
 * copy at 38 characters), not an ordinal opening a paragraph, which follows the end of a sentence or a clause.
 */
function rankCut(before: string, text: string, width: number, cells: boolean): boolean {
  const b = trimLine(before);
  // So is a part's numeral `一、` cut from the word it ends (State Council 1996 as a PDF copy at 38 characters: `…把综合经济
  // 部门逐步调整和建设成为职能统` / `一、具有权威的宏观调控部门；把专业经济管理部门…`), after a line of prose (a comma or a full
  // stop in it, no title) when its own line is no title set alone (a clause's end in it): a part title opens after a
  // paragraph's closing mark.
  const numeral = PART_NUMERAL.test(text) && !aloneTitle(text) && /[，。]/.test(b) && !aloneTitle(b);
  if (!ORDINAL.test(text) && !numeral) return false;
  return /\p{Script=Han}$/u.test(b) && (cells ? reachCells(before) : reach(before)) >= width - SLACK;
}

/** A part's numeral opening a line (`一、`, `十二、`). */
const PART_NUMERAL = /^[一二三四五六七八九十]+、/;

/**
 * A full line left inside a quotation mark it opened (`…全面实施“三证合` / `一、一照一码”，新登记各类市场主体2.8万户。…`,
 * Lu'an 2016 as a PDF copy at 37 characters): the numeral the margin put first on the next line is a word of the quote
 * going on, not a part's numeral, which no line before it leaves a quotation open for.
 */
function quoteCut(before: string, width: number, cells: boolean): boolean {
  const b = trimLine(before);
  const open = b.lastIndexOf("“");
  return open >= 0 && open > b.lastIndexOf("”") && (cells ? reachCells(before) : reach(before)) >= width - SLACK;
}

/** A line that may be a section title set alone: a part or section numeral (`二、`, `（三）`), no mark of a sentence or clause in it, none left open at its end. */
function aloneTitle(text: string): boolean {
  return NUMBERED.test(text) && !ORDINAL.test(text) && !NUMERAL_LIST.test(text) && !/[。！？；：!?;:]|[，,、]$/.test(text);
}

/**
 * Whether a text wrapped at `width` sets its section titles alone on their lines: two or more titles (see
 * {@link aloneTitle}) end short of the margin, and no numbered line runs a title on into a sentence (`（一）巩固…好形势。继续…`).
 */
export function titlesStandAlone(lines: readonly string[], width: number): boolean {
  let alone = 0;
  for (const l of lines) {
    const t = trimLine(l);
    if (!NUMBERED.test(t) || ORDINAL.test(t) || NUMERAL_LIST.test(t)) continue;
    if (/[。！？!?]/.test(t)) return false;
    if (aloneTitle(t) && reach(l) < width - SLACK) alone++;
  }
  return alone >= 2;
}

/** Whether a text's paragraphs start indented (one line in twenty, or more, indented). */
export function indentsParagraphs(lines: readonly string[]): boolean {
  const shown = lines.filter((l) => trimLine(l));
  return shown.filter((l) => INDENT.test(l)).length >= shown.length * 0.05;
}

/** A page number at either end of a running header, set off by a space (`·12·`, `— 12 —`, `12`). */
const PAGE_IN_LINE = /^(?:[—–\-－―─~～·•]{1,2}\s*[0-9０-９]{1,3}\s*[—–\-－―─~～·•]{1,2}|[0-9０-９]{1,3})[\s\u3000]+|[\s\u3000]+(?:[—–\-－―─~～·•]{1,2}\s*[0-9０-９]{1,3}\s*[—–\-－―─~～·•]{1,2}|[0-9０-９]{1,3})$/g;

/** The longest running header or footer a page repeats: a title or a gazette's name and issue. */
const MAX_RUNNING = 40;

/**
 * The running headers (or footers) of a copy of printed pages: a short line set on every page, next to its page number
 * (`包头市人民政府公报　　2014年第2期` above `— 12 —` or under it), the same words each time. A line is one when it
 * stands three times or more, does not end a sentence, and most of the times it stands the nearest line shown before
 * or after it is a page number, or it opens the text (the first page's header).
 */
export function runningHeaders(lines: readonly string[]): Set<string> {
  const shown = lines.map((l) => trimLine(l)).filter(Boolean);
  /** The header's words, without the page number it may carry at either end (`包头市人民政府公报　2014年第2期　·12·`). */
  const at = new Map<string, { k: number; numbered: boolean }[]>();
  for (const [k, t] of shown.entries()) {
    const words = t.replace(PAGE_IN_LINE, "");
    if ([...words].length > MAX_RUNNING || !words || PAGE_NUMBER.test(t) || SENTENCE_END.test(words) || NUMBERED.test(words)) continue;
    at.set(words, [...(at.get(words) ?? []), { k, numbered: words !== t }]);
  }
  const out = new Set<string>();
  for (const ks of at.values()) {
    if (ks.length < 3) continue;
    const byPage = ks.filter(({ k, numbered }) => numbered || k === 0 || PAGE_NUMBER.test(shown[k - 1] ?? "") || PAGE_NUMBER.test(shown[k + 1] ?? ""));
    if (byPage.length >= ks.length * 0.6 && byPage.length >= 2) for (const { k } of ks) out.add(shown[k]!);
  }
  return out;
}

/**
 * Whether a copy sets a blank line after every line of text (double-spaced, as a copy of a PDF may): nearly every
 * line shown is followed by a blank one, and nearly every run of blank lines is one line. Its blank lines then mark no
 * paragraphs.
 */
export function doubleSpaced(lines: readonly string[]): boolean {
  const shown = lines.map((l) => !!trimLine(l));
  let text = 0;
  let spaced = 0;
  let runs = 0;
  let single = 0;
  for (let i = 0; i < shown.length; i++) {
    if (shown[i]) {
      if (i + 1 >= shown.length) continue;
      text++;
      if (!shown[i + 1]) spaced++;
    } else if (i > 0 && shown[i - 1]) {
      runs++;
      if (i + 1 < shown.length && shown[i + 1]) single++;
    }
  }
  return text >= 20 && spaced >= text * 0.9 && single >= runs * 0.8;
}

/**
 * The lines of a page break in a wrapped text: each page number on a line of its own (`— 3 —`), with the blank lines
 * around it. A paragraph the page cut goes on across them.
 */
function pageBreakLines(raw: readonly RawLine[]): Set<number> {
  const out = new Set<number>();
  const blank = (i: number) => i >= 0 && i < raw.length && !trimLine(raw[i]!.text);
  const headers = runningHeaders(raw.map((l) => l.text));
  for (const [i, l] of raw.entries()) {
    if (!PAGE_NUMBER.test(trimLine(l.text)) && !headers.has(trimLine(l.text))) continue;
    out.add(i);
    for (let j = i - 1; blank(j); j--) out.add(j);
    for (let j = i + 1; blank(j); j++) out.add(j);
  }
  return out;
}

/**
 * The lines of a plain text with those of a wrapped text joined into paragraphs: a line that reaches the width
 * runs on into the next line, unless that one is blank, or indented where the text indents its paragraphs; a page
 * number on a line of its own between them (`— 3 —`), and blank lines around it, is passed over and kept after the
 * paragraph (it is residue for the body's reader). A joined line keeps the number of its first line. Lines of a text that is not wrapped come back as they are.
 */
export function unwrapLines(source: readonly RawLine[]): { lines: RawLine[]; wrap: Wrap | null } {
  // A double-spaced copy: one blank line of each run is the spacing, not a paragraph's end (each line keeps its number).
  const raw = doubleSpaced(source.map((l) => l.text))
    ? source.filter((l, i) => trimLine(l.text) || !trimLine(source[i - 1]?.text ?? ""))
    : source;
  const width = wrapWidth(raw.map((l) => l.text));
  if (width === null) return { lines: [...raw], wrap: null };
  const layout = layoutOf(raw.map((l) => l.text), width);
  const between = pageBreakLines(raw);
  const lines: RawLine[] = [];
  /** The page numbers (and the blank lines around them) met inside the paragraph being joined: they follow it. */
  let held: RawLine[] = [];
  let joined = 0;
  let last: RawLine | null = null;
  for (const [i, l] of raw.entries()) {
    if (between.has(i)) {
      held.push(l);
      continue;
    }
    const join = last && lines.length ? breakJoin(last.text, l.text, width, layout) : null;
    if (join !== null) {
      // The page numbers passed over cut this paragraph, which goes on past them: they follow it, mended.
      held = held.map((h) => (PAGE_NUMBER.test(trimLine(h.text)) ? { ...h, mended: true as const } : h));
      const open = lines[lines.length - 1]!;
      lines[lines.length - 1] = { text: open.text.replace(/[\s\u3000]+$/, "") + join + trimLine(l.text), line: open.line };
      joined++;
    } else {
      lines.push(...held, { text: l.text, line: l.line });
      held = [];
    }
    last = l;
  }
  lines.push(...held);
  return { lines, wrap: { width, joined } };
}
