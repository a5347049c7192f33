import type { IngestWarning } from "../errors.ts";
import type { SourceLine } from "../source/lines.ts";
import { isAppendix } from "./appendix.ts";
import type { Block } from "./block.ts";
import { parseBoldEntry, parseGlossaryLine, parseTermLine, splitEntryNumber, type GlossaryLine } from "./glossary-line.ts";
import { markerOf } from "./markers.ts";
import { asciiDigits } from "../text/hygiene.ts";


/** A short note in parentheses alone on a line (`（按报告中出现顺序排列）`). */
const GLOSSARY_NOTE = /^[（(][^（）()]{1,20}[）)]$/;
/**
 * An unnumbered entry run on after the last sentence of the entry before, on the same line, as a copy that lost a
 * line break leaves it (Wuxi 2016: `千企技改：指推动1000家以上规模企业实施技术改造。六次产业：指以农业为基础，…`):
 * a short unquoted term, its colon, and a definition that says what it means (指, 是指, 系指, 即). A part of the entry
 * explained in its definition is quoted (`“加一”指…`), or has no colon.
 */
const RUN_ON_ENTRY = /。([^\s：:。；！？;，,、“”"‘’（）()《》]{2,12})([：:])(?=是指|系指|指|即)/;

/**
 * The next numbered entry run on after the last sentence of a numbered one, on the same line, as a copy that lost a line
 * break leaves it (Jiujiang 2014: `11.“四县一山”：九江县、星子县、湖口县、瑞昌市和庐山。12.“两声三乱”：麻将声、…`): a full
 * stop, then the number after the entry's with its mark (`12.`, `12．`, `12、`) and a quoted term. The number is checked
 * by the reader. Or an unquoted short term (Shuangyashan 2016: `1.五位一体：…五位一体。2.四个全面：党中央提出…`, `8.三期叠加：…三个阶段。
 * 9.互联网+：…`, `17.多规合一：…统一规划。18.《准则》：…`). An entry whose definition numbers its own items from 1 keeps them.
 * Or a term that opens on a count (Heyuan 2014, a PDF copy whose entry 36 ended at the margin:
 * `36、“三公”经费：…公务接待费。37.9个城乡污水处理设施：彭寨污水处理厂、…`), the number and the count run together as a
 * decimal would be, told apart by the count's word.
 */
const NUMBERED_RUN_ON = /。(\d{1,3})[.．、](?=[“"「『][^”"」』：:。]{1,20}[”"」』][^：:。]{0,12}[：:]|(?<bare>[^\s\d“"「『：:。；;，,、（）()]{1,12}[：:]|\d{1,3}[个条项家所座宗批大][^\s\d“"「『：:。；;，,、（）()]{1,12}[：:]))/g;
/** An item of a definition's own numbered list (`：1.…`, `。1．…`), which a bare run-on term after it belongs to. */
const OWN_LIST = /(?:^|[：:。；;])1[.．、]/;

/**
 * A number run into a quoted term with no mark after it (`21“1234”工程：“1”是…`, as a copy that cannot write ㉑ leaves
 * it): the entry's number when it is the one the entry would have, or, in a glossary that numbers its entries, the one
 * after (an entry before it lost: `县管校聘` is the 19th entry read before `21“1234”工程`).
 */
const RUN_IN_NUMBER = /^(\d{1,3})(?=[“"「『])/;
/**
 * A number run into a term of Chinese words with no mark after it (`1两计划两工程：即…`, `10四化同步：…`, Huangshi 2014):
 * the entry's number when it is the one the entry would have, in a glossary numbering its entries or at its first entry,
 * but not a count the term opens with (`3个全覆盖`, `1号文件`, `10大产业`).
 */
const RUN_IN_NUMBER_HAN = /^(\d{1,3})(?=[\p{Script=Han}])(?![\d]*[个号次批条项家种类张位年月日万亿千百十大件期只座所台])/u;

/**
 * A circled number a copy wrote in a symbol font's code (Liuzhou 2018: `%“城市双修”：…` for ④, `，“三大建设”` for ⑪,
 * `-PC：…` for ⑫, `0IPO：…` for ⑮, `1“七个一批”…` for ⑯): one ASCII sign or digit, or its full-width form, before the
 * term, its code the number's 0x21 on. Read only in a glossary that numbers its entries with circled numbers, and only
 * as the number the entry would have.
 */
const SYMBOL_NUMBER = /^([\x22-\x3f\uff02-\uff1f])(?=[“"「『A-Za-z\p{Script=Han}])/u;
function symbolNumber(text: string): number | null {
  const m = SYMBOL_NUMBER.exec(text);
  if (!m) return null;
  const code = m[1]!.charCodeAt(0);
  return (code >= 0xff00 ? code - 0xfee0 : code) - 0x21;
}

/** Reads the lines of a glossary appendix into entries, keeping what is no entry as paragraphs. */
export interface GlossaryReader {
  /** A new glossary starts (after an appendix heading). */
  reset(): void;
  /** A footnote definition `[^3]: term：definition`: an entry numbered by its label. */
  footnote(l: SourceLine): void;
  /** Read the line at `i`; returns how many lines it took (2 for a term with its definition on the next line), 0 for a numbered heading left to the caller. */
  read(lines: readonly SourceLine[], i: number): number;
}

/** A glossary reader that pushes its blocks and warnings. */
export function glossaryReader(push: (b: Block) => void, file: string, warn: (w: IngestWarning) => void): GlossaryReader {
  let entries = 0;
  /** Whether the glossary numbers its entries: then an unnumbered line continues the entry before. */
  let numbered: boolean | null = null;
  /**
   * Whether an entry numbered ⑩ was read: circled numbers past ⑩ are not in GB2312, so a copy made through it loses
   * ⑪, ⑫, … and the entries after ⑩ come unnumbered, each still a term and its definition.
   */
  let pastTen = false;
  /** Whether the glossary numbers its entries with circled numbers (`①`): a copy may write them in a symbol font's code. */
  let circled = false;
  const paragraph = (l: SourceLine) => push({ type: "paragraph", text: l.text, lead: null, line: l.line });
  const entry = (e: GlossaryLine, line: number, label?: string) => {
    const n = label && /^\d+$/.test(label) ? Number(label) : (e.n ?? entries + 1);
    entries = n;
    numbered ??= e.n !== null || label !== undefined;
    push({ type: "glossary", n, term: e.term, sep: e.sep, definition: e.definition, line });
  };

  return {
    reset() {
      entries = 0;
      numbered = null;
      pastTen = false;
      circled = false;
    },
    footnote(l) {
      const e = parseGlossaryLine(l.text);
      if (e) entry({ ...e, n: null }, l.line, l.footnote);
      else {
        warn({ file, line: l.line, message: `footnote [^${l.footnote}] is not of the shape “term：definition”; kept as a paragraph` });
        paragraph(l);
      }
    },
    read(lines, i) {
      const l = lines[i]!;
      const { line } = l;
      let { text } = l;
      // A circled number written in a symbol font's code, the one the entry would have: the entry's number, no word of it.
      const symbol = circled && !l.strongLead && symbolNumber(text) === entries + 1 ? entries + 1 : null;
      if (symbol !== null) {
        const e = parseGlossaryLine(text.slice(1), true);
        if (e && e.n === null) {
          entry({ ...e, n: symbol }, line);
          return 1;
        }
      }
      const run = RUN_IN_NUMBER.exec(asciiDigits(text)) ?? (numbered !== false ? RUN_IN_NUMBER_HAN.exec(asciiDigits(text)) : null);
      const runIn = run && (Number(run[1]) === entries + 1 || (numbered && Number(run[1]) === entries + 2)) ? run[1]! : null;
      if (numbered && runIn === null && splitEntryNumber(text).n === null && !markerOf(text) && !(pastTen && parseGlossaryLine(text))) {
        // An unnumbered line inside a numbered glossary continues the entry before it (its sub-items).
        paragraph(l);
        return 1;
      }
      // A term the source sets in bold ends where the bold ends, whatever separates it from its definition.
      let e = (l.strongLead ? parseBoldEntry(text, l.strongLead) : null) ?? parseGlossaryLine(text, true, numbered === false);
      if (e && runIn !== null && e.n === null && asciiDigits(e.term).startsWith(runIn) && e.term.length > runIn.length) {
        // The number before the quotation mark is the entry's, no word of its term.
        e = { ...e, n: Number(runIn), term: e.term.slice(runIn.length) };
      }
      if (e) {
        // A term set in 【】 marks where each entry starts: a `term：` inside its definition is a part of it
        // (`【三清理三拆除三整治一美化】三清理：即…。三拆除：即…`).
        const next = e.n === null && !numbered && !e.term.startsWith("【") ? RUN_ON_ENTRY.exec(e.definition) : null;
        if (next) {
          // Two unnumbered entries on one line, the second run on after the first's last sentence.
          entry({ ...e, definition: e.definition.slice(0, next.index + 1) }, line);
          entry({ n: null, term: next[1]!, sep: next[2]!, definition: e.definition.slice(next.index + 1 + next[0].length - 1) }, line);
          return 1;
        }
        // A numbered entry with the next ones run on after its last sentence: each its own entry.
        let cur: GlossaryLine = e;
        while (cur.n !== null) {
          const n = cur.n;
          const def = asciiDigits(cur.definition);
          const after = [...def.matchAll(NUMBERED_RUN_ON)].find(
            (m) => Number(m[1]) === n + 1 && !(m.groups?.bare && OWN_LIST.test(def.slice(0, m.index))),
          );
          const rest = after ? parseGlossaryLine(cur.definition.slice(after.index + 1), true) : null;
          if (!after || !rest || rest.n !== n + 1) break;
          entry({ ...cur, definition: cur.definition.slice(0, after.index + 1) }, line);
          cur = rest;
        }
        entry(cur, line);
        pastTen ||= /^\s*⑩/.test(text);
        circled ||= /^\s*[\u2460-\u2473]/.test(text);
        return 1;
      }
      const term = parseTermLine(text);
      const next = lines[i + 1];
      if (term && next && !next.footnote && !isAppendix(next.text) && !parseGlossaryLine(next.text) && !parseTermLine(next.text)) {
        // The term alone on its line, the definition on the next.
        entry({ ...term, sep: term.sep || " ", definition: next.text }, line);
        return 2;
      }
      // The numbered term alone on its line, its definition sub-items each a term of its own with no number
      // (`7.五院十校N基地` / `五院：渤海先进技术研究院、…` / `十校：…`, Binzhou 2023): the first its definition, the
      // next ones continuing it as an unnumbered line in a numbered glossary does, no heading.
      if (term && term.n !== null && term.n === entries + 1 && numbered !== false && next && !next.footnote && !isAppendix(next.text)) {
        const sub = parseGlossaryLine(next.text);
        if (sub && sub.n === null && !parseTermLine(next.text)) {
          entry({ ...term, sep: term.sep || " ", definition: next.text }, line);
          return 2;
        }
      }
      if (markerOf(text)) return 0;
      // A note in parentheses on its own line before the first entry says how the entries are ordered
      // (`名词注释` / `（按报告中出现顺序排列）`, Shizuishan 2023): a paragraph, as it would be after the title, and no oddity.
      if (entries === 0 && GLOSSARY_NOTE.test(text.trim())) {
        paragraph(l);
        return 1;
      }
      warn({ file, line, message: "appendix line is not a glossary entry “term：definition”; kept as a paragraph" });
      paragraph(l);
      return 1;
    },
  };
}
