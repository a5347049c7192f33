import { asciiDigits } from "../text/hygiene.ts";
/** An appendix entry: `1.“三大攻坚战”：防范化解重大风险…`, `［3］term：…`, or unnumbered `term：…`. */
export interface GlossaryLine {
  /** The number as written, or null for an unnumbered entry. */
  n: number | null;
  /** The term as written, quotation marks included. */
  term: string;
  /** The separator as written (`：` or `:`). */
  sep: string;
  definition: string;
}

/**
 * An entry number: `1.`, `1、`, `9．`, one a copy spaced before its point (`12 . 三经 : 是指…`, Siping 2014), `（1）`,
 * `［n］`, `[n]`, `【n】`, `〔n〕`, `〖n〗`, `①`, or a colon typed for the full stop (`13：“五端”发力：…`) when a short term,
 * not opening with a digit, and its own colon follow.
 */
const NUMBER =
  /^(?:(\d{1,3})(?:[ \t]?[.．、]|\s|[：:](?=[^\d：:。；！？;][^：:。；！？;]{0,39}[：:]))|[（(](\d{1,3})[）)]|[［\[【〔〖](\d{1,3})[］\]】〕〗]|([\u2460-\u2473]))\s*/;
/** A term: short, no sentence punctuation. */
const TERM = "[^：:。；！？;]{1,40}?";

/** The number an entry starts with (in ASCII or full-width digits) and the text after it; null number when there is none. */
export function splitEntryNumber(text: string): { n: number | null; rest: string } {
  const m = NUMBER.exec(asciiDigits(text));
  if (!m) return { n: null, rest: text };
  const n = m[4] ? m[4].charCodeAt(0) - 0x2460 + 1 : Number(m[1] ?? m[2] ?? m[3]);
  return { n, rest: text.slice(m[0].length) };
}

/**
 * A term set off by a space, its definition saying what it means (`1．六稳 指稳就业、…`, `一停二拆三修复 “停”指停建…`,
 * `河长制 即由…`): the term without spaces, the definition opening with 指, 是指, 系指 or 即 (after a quoted word).
 */
const SPACED = /^([^\s：:。；！？;，,、]{1,30})\s+((?:“[^”]{1,12}”)?(?:是指|系指|指|即)[\s\S]+)$/;
/**
 * A term that closes on a quotation mark, its definition right after it saying what it means, no space between
 * (`“阳光屋顶”指利用建筑和构筑物表面…`, `文化建设“八项工程”指文化引领…`, Hangzhou 2012): read in a glossary appendix,
 * where the quotation mark sets the term off as the space does.
 */
const QUOTED = /^([^\s：:。；！？;，,、“”]{0,10}“[^“”]{1,20}”)((?:是指|系指|指|即)[\s\S]+)$/;

/**
 * A numbered entry of a glossary appendix whose term is set off by a space, its definition opening with any word
 * (`4.四创两争 创建“国家园林城市”…`, `8.543倍增计划 昆明市除主城四区…`, Kunming 2011): the term without spaces or
 * sentence punctuation. So is an unnumbered entry of a glossary whose entries are unnumbered, once one was read
 * (`一基地四中心 2010年国务院批准实施…`, `八八战略 省委十一届四次全会作出…`, Hangzhou 2012).
 */
const SPACED_NUMBERED = /^([^\s：:。；！？;，,]{1,40})\s+(\S[\s\S]*)$/;

/**
 * A numbered entry of a glossary appendix whose term ends with a full stop, its definition the sentences after it
 * (`1.“六个精准”。扶贫对象精准、项目安排精准…`, `6.基本普及十五年教育。“十五年”指学前三年…`, `53.“三医”联动。医疗、医保、
 * 医药改革联动。`, Zunyi 2022): a short term with no punctuation but quotation marks, and a definition after it.
 */
const STOPPED_NUMBERED = /^([^\s：:。；！？;，,、（）()《》]{2,20})(。)(\S[\s\S]*)$/;

/**
 * A term set in black lenticular brackets, its definition right after them with or without a colon (`【两新】即新一轮
 * 大规模设备更新…`, `【三清理三拆除三整治一美化】三清理：即清理…`, Lanzhou 2025): the brackets end the term, which keeps
 * them as written. A number in them (`【3】`) is the entry's number, read before.
 */
const BRACKETED = /^(【[^【】：:。；！？;]{1,40}】)(\s*[：:]|\s+)?(\S[\s\S]*)$/;

/**
 * The same term after a copy lost the opening bracket with the first character of each line (`六大六小】“六大”即…`,
 * `市委“1139”工作部署】即市委十四届七次全会…`, Lanzhou 2024): read in a glossary appendix, the closing bracket ends the
 * term and stands as the separator written, the definition right after it.
 */
const HALF_BRACKETED = /^([^【】：:。；！？;，,\s]{1,40})(】)(\S[\s\S]*)$/;

/**
 * Parse one appendix line into number, term and definition; null when it is not of that shape. `numberedSpaced`:
 * the line is read inside a glossary appendix, where a numbered line's term may be set off by a space whatever its
 * definition opens with, and a quoted term by its closing mark ({@link QUOTED}). `unnumberedSpaced`: the glossary's
 * entries are unnumbered, so an unnumbered line's term may be set off by a space too.
 */
export function parseGlossaryLine(text: string, numberedSpaced = false, unnumberedSpaced = false): GlossaryLine | null {
  const { n, rest } = splitEntryNumber(text);
  const bracketed = BRACKETED.exec(rest);
  // With no colon the term is set off by a space, as a spaced term is: a bold that closes on 】 right before a word is none.
  if (bracketed) return { n, term: bracketed[1]!, sep: bracketed[2]?.trim() || " ", definition: bracketed[3]! };
  const half = numberedSpaced ? HALF_BRACKETED.exec(rest) : null;
  if (half && (half[1]!.match(/“/g) ?? []).length === (half[1]!.match(/”/g) ?? []).length) {
    return { n, term: half[1]!, sep: half[2]!, definition: half[3]! };
  }
  // A space inside a quotation the term opens (`12．村级换届选举“两个 80% ”：是指…`, Zhongshan 2014) sets nothing off:
  // a term that leaves its quotation mark open is no term, and the colon after the closing mark ends it.
  const closed = (x: RegExpExecArray | null) => (x && (x[1]!.match(/“/g) ?? []).length <= (x[1]!.match(/”/g) ?? []).length ? x : null);
  const quoted = numberedSpaced ? closed(QUOTED.exec(rest)) : null;
  const strict = closed(SPACED.exec(rest));
  const spaced = strict ?? (numberedSpaced && (n !== null || unnumberedSpaced) ? closed(SPACED_NUMBERED.exec(rest)) : null);
  const m = new RegExp(`^(${TERM})\\s*([：:])(.+)$`, "s").exec(rest);
  // A colon further on inside the definition of a spaced term (`九大工程 指优先…，具体是：实施…`,
  // `四环十七射 （1）四环：指二环…`) does not end the term: the space does, when what follows it is a definition
  // (指, 即) or opens with no word (a bracket, a number).
  const afterSpace = m && spaced && m[1]!.startsWith(spaced[1]!) && /\s/.test(m[1]!.trim()) ? m[1]!.slice(spaced[1]!.length).trim() : null;
  const spacedFirst = afterSpace !== null && (strict !== null || !/^\p{Script=Han}/u.test(afterSpace));
  if (m && !/[，,]$/.test(m[1]!) && !spacedFirst) return { n, term: m[1]!.trim(), sep: m[2]!, definition: m[3]! };
  if (spaced) return { n, term: spaced[1]!, sep: " ", definition: spaced[2]! };
  // No separator is written: a space stands for it, as for a bracketed term ({@link BRACKETED}).
  if (quoted) return { n, term: quoted[1]!, sep: " ", definition: quoted[2]! };
  const stopped = numberedSpaced && n !== null ? closed(STOPPED_NUMBERED.exec(rest)) : null;
  return stopped ? { n, term: stopped[1]!, sep: stopped[2]!, definition: stopped[3]! } : null;
}

/**
 * An entry whose term a Markdown source sets in bold (`**1．六稳** 指稳就业…`, `**“放管服”**：…`): the bold
 * opening, its number taken off, is the term, the rest the definition; null when the bold opening is no term (a
 * sentence, or nothing after it).
 */
export function parseBoldEntry(text: string, strongLead: number): GlossaryLine | null {
  const { n, rest: lead } = splitEntryNumber(text.slice(0, strongLead));
  const term = lead.trim().replace(/[：:]$/, "").trim();
  const after = text.slice(strongLead);
  const sep = /[：:]\s*$/.test(lead) ? lead.trim().slice(-1) : (/^\s*([：:])/.exec(after)?.[1] ?? " ");
  const definition = after.replace(/^\s*[：:]?\s*/, "");
  if (!term || [...term].length > 40 || /[。；！？;，,]/.test(term) || !definition) return null;
  // A bold that ends inside a quotation (`**[23] “**一**点两地”全新定位：**…`, Foshan 2024) cuts no term: the line is read
  // by its colon instead.
  if ((term.match(/“/g) ?? []).length !== (term.match(/”/g) ?? []).length) return null;
  // Nor does one that ends inside the lenticular brackets (`**【“三高”企业**】即高技术…`, Lanzhou 2026): the brackets
  // end the term ({@link BRACKETED}).
  if ((term.match(/【/g) ?? []).length !== (term.match(/】/g) ?? []).length) return null;
  return { n, term, sep, definition };
}

/** A term standing alone on its line (`1.“放管服”` or `“放管服”：`), its definition on the next line; null otherwise. */
export function parseTermLine(text: string): GlossaryLine | null {
  const { n, rest } = splitEntryNumber(text);
  const m = new RegExp(`^(${TERM})\\s*([：:]?)$`).exec(rest);
  // A row of figures (`序号 指标 单位 2011年`) is not a term.
  if (!m || /[，,、]$/.test(m[1]!) || (/\s/.test(m[1]!.trim()) && /\d/.test(m[1]!))) return null;
  return { n, term: m[1]!.trim(), sep: m[2]!, definition: "" };
}

/**
 * The page of the printed report where a term is first used, set after the term in brackets (`四个作用（P1）`,
 * `“224”工程（P17）`, Zhuzhou 2020; `（第3页）`): a note of the print, no word of the term.
 */
const PAGE_REFERENCE = /\s*[（(]\s*(?:[Pp]\.?\s*\d{1,3}|第\s*\d{1,3}\s*页)\s*[）)]$/;

/** A term without the page reference after it ({@link PAGE_REFERENCE}), or as written when it has none. */
export function withoutPageReference(term: string): string {
  const bare = term.replace(PAGE_REFERENCE, "");
  return bare.trim() ? bare : term;
}

/**
 * The core of a term for matching in text: the quoted part (`工业对标“十大行动”` → 十大行动), else the whole, without the
 * lenticular brackets that set it off (`【两新】` → 两新), and without the spaces a copy left inside the quotes at either end
 * (`“五证合一、一照 一码 ”登记制度` → 五证合一、一照 一码, Siping 2016).
 */
export function termCore(term: string): string {
  const bare = /^【(.+)】$/s.exec(term)?.[1] ?? term;
  const q = /[“"「『]([^”"」』]+)[”"」』]/.exec(bare);
  return q ? q[1]!.trim() || q[1]! : bare;
}
