import type { IngestWarning } from "../errors.ts";
import type { SourceLine } from "../source/lines.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { CLOSING, appendixIndexLength, isAppendix, isGlossaryTitle, isLivelihoodListTitle, looksLikeGlossary, splitRunOnAppendix } from "./appendix.ts";
import { compact } from "./dateline.ts";
import type { Block } from "./block.ts";
import { glossaryReader } from "./glossary-reader.ts";
import { parseGlossaryLine } from "./glossary-line.ts";
import { leadOf, parallelLeads } from "./lead.ts";
import { lostNumerals, numeral } from "./lost-numeral.ts";
import { enumerationOf, keptBoldOpen, markerOf } from "./markers.ts";
import { endsOnPartWord, isClosingPartTitle, isPartTitle, isPlainClosingPartTitle, namesPart, namesYearBeforeComma, partTitleBeforeYear, splitFusedNumberedTitle, splitFusedPartTitle, splitOpeningPartTitle, YEAR_IS_OPENING } from "./parts.ts";

/** The blocks the parser returns (shared with the mdast builder). */
export type { Block } from "./block.ts";

/** Sentence terminators that end a run-on heading. */
const END = /[。！？]/;
/** A paragraph that ends in mid-word: a character of a word, no closing punctuation. */
const CUT_OFF = /[\p{Script=Han}\d]$/u;
/**
 * The place's whole (`全省`, `我市`) opening a clause that states a figure of money or a rate before its first comma, inside a
 * section's run-on title: the first sentence of its text, run on into the title with no mark between.
 */
const PLACE_OPENS_FIGURE = /(?<=\p{Script=Han})(?:全|[我本])[省市区县州盟](?=[^，；。！？：“”]*?\d+(?:\.\d+)?\s*(?:[万亿]*(?:美?元)|[%％])[，；]$)/u;
/** A run-on heading longer than this is taken for a paragraph that starts with a marker. */
const MAX_HEADING = 60;
/** The longest topic sentence of a `第N，` paragraph that continues a run of such headings. */
const MAX_ORDINAL_HEADING = 80;
/** The longest title a section of an open run sets on a line of its own, no sentence in it (see `standingTitle`). */
const MAX_STANDING_HEADING = 80;
/** The most paragraphs a section opens with before the `第一，` sections that divide it. */
const MAX_ORDINAL_INTRO = 3;

/** How many paragraphs stand after the last heading. */
function paragraphsSinceHeading(blocks: readonly Block[]): number {
  const h = blocks.findLastIndex((b) => b.type === "heading");
  return blocks.length - 1 - h;
}

/**
 * Numbers that state no figure: one inside quotation marks or a work's title names something (`深入实施“3341”项目工程`),
 * and the years of an anniversary date an occasion (Yangzhou 2015: `6.围绕建城2500周年，进一步提升城市品质和文化影响力`,
 * a section's title).
 */
const NAMING_NUMBERS = /“[^“”]*”|《[^《》]*》|\d+周年/g;

/**
 * Whether a line numbered `1.`/`1、` is an item of a list (民生实事, 十件实事: a task with its figures) rather
 * than a heading: in an appendix always; in the body when it runs on after its first sentence or holds figures (not
 * a number in quotation marks or a title's, which names a project or a plan, nor an anniversary's years).
 */
function isListItem(text: string, mode: Mode): boolean {
  if (mode === "appendix") return true;
  const rest = asciiDigits(text).replace(/^\d{1,2} ?[.．、]\s*/, "");
  const end = END.exec(rest);
  return (end !== null && end.index + 1 < rest.length) || /\d/.test(rest.replace(NAMING_NUMBERS, ""));
}

/** The fewest sentences, and characters, after its title sentence that make a numbered item a section run on into its
 * text: more than a task of 民生实事 takes (`1、实施就业工程。新增城镇就业5万人。…`). */
const MIN_SECTION_SENTENCES = 3;
const MIN_SECTION_TEXT = 200;

/**
 * The text after a numbered line's title sentence, when that sentence is short enough for a heading and states no figure
 * outside quotation marks or a work's title; null otherwise.
 */
function sectionBody(text: string): string | null {
  const rest = asciiDigits(text).replace(/^\d{1,2} ?[.．、]\s*/, "");
  const end = END.exec(rest);
  if (!end) return null;
  const title = rest.slice(0, end.index + 1);
  if ([...title].length > MAX_HEADING || /\d/.test(title.replace(NAMING_NUMBERS, ""))) return null;
  return rest.slice(end.index + 1);
}

/**
 * Whether a numbered line opens with a title sentence, short enough for a heading and with no figure outside quotation
 * marks or a work's title, and goes on for a paragraph of several sentences (`1、下大力引进产业项目，实体经济取得新突破。主攻重大
 * 项目建设。…`): a section run on into its text, not a task of a list (`1、投资8882万元，新建…`). `relaxed`: `loose` once the
 * body has shown such a run elsewhere (a shorter text with no figure will do), `continued` for a later item of a run (a
 * sentence will do).
 */
function titledSection(text: string, relaxed: "loose" | "continued" | null = null): boolean {
  const body = sectionBody(text);
  if (body === null) return false;
  const sentences = (body.match(/[。！？]/g) ?? []).length;
  // A later item of a run of such sections (Nanjing 2012: `4、促进优质教育资源均衡化。推进学前教育优质普惠发展，…。` after
  // `1、`–`3、`, each a long section) is one too with a text of a sentence or more, however short.
  if (relaxed === "continued") return sentences >= 1;
  // A shorter section states no figure (a task of a list does: `1、实施就业工程。新增城镇就业5万人，…`).
  if (relaxed === "loose" && [...body].length >= MIN_LOOSE_TEXT && sentences >= MIN_LOOSE_SENTENCES && !/\d/.test(body.replace(/“[^“”]*”|《[^《》]*》/g, ""))) return true;
  return [...body].length >= MIN_SECTION_TEXT && sentences >= MIN_SECTION_SENTENCES;
}

/**
 * The fewest sentences, and characters, after its title sentence that make a numbered item a section run on into its
 * text once the body has shown a run of such sections elsewhere, with no figure in it: a shorter section of the same report (Foshan 2000:
 * `4.继续抓好人才队伍建设。在重视培养现有人才队伍、…努力吸引留学人员和市外高层次人才来我市创业。` after `3.大力发展
 * 教育事业，培育教育产业。…`, and the runs of the other parts, whose second items are short too).
 */
const MIN_LOOSE_SENTENCES = 1;
const MIN_LOOSE_TEXT = 50;

/**
 * Whether the body holds a run of sections numbered `1.`/`1、` run on into their text, its first two items each a
 * {@link titledSection}: the report sets its sections so, and a shorter item that reads as one is one too.
 */
function sectionsRunOnInBody(lines: readonly SourceLine[], markerAt: (l: SourceLine) => { family: string; n: number } | null): boolean {
  for (let i = 0; i < lines.length; i++) {
    const m = markerAt(lines[i]!);
    if (m?.family !== "num" || m.n !== 1 || lines[i]!.listItem || !titledSection(lines[i]!.text)) continue;
    let next: SourceLine | undefined;
    for (let j = i + 1; j < lines.length && !next; j++) if (markerAt(lines[j]!) !== null) next = lines[j];
    const nm = next ? markerAt(next) : null;
    if (next && nm?.family === "num" && nm.n === 2 && !next.listItem && titledSection(next.text)) return true;
  }
  return false;
}

/**
 * Whether a numbered line runs on into the items after it, each after a sentence of the one before (`（一）培训农民工
 * 500万人次。（二）解决农村15万特困人口温饱问题…（十）支持农民新建沼气池20万口。`): a list set as one paragraph, no
 * heading. The next item of the same numbering, right after a full stop or semicolon, tells it.
 */
function runsOnIntoItems(text: string, marker: { family: string; n: number }): boolean {
  for (const m of text.matchAll(/[。；;！？]/g)) {
    const next = markerOf(text.slice(m.index + 1));
    if (next && next.family === marker.family && next.n === marker.n + 1) return true;
  }
  return false;
}

/** An open level of headings: a numbering family and its last ordinal, or an unnumbered part. */
interface Level {
  family: string;
  last: number;
}

/** Where the parser is: the report's body, a glossary appendix, or an appendix of other matter (民生实事). */
type Mode = "body" | "glossary" | "appendix";

/**
 * Turn body lines into blocks: headings with their depth inferred from the numbering sequence (unnumbered
 * part titles at the top level when the body opens with one), run-on headings split from their text,
 * enumerations, appendices and their glossary entries.
 */
export function parseStructure(source: SourceLine[], file: string, warn: (w: IngestWarning) => void): Block[] {
  const lines = [...source];
  const blocks: Block[] = [];
  let stack: Level[] = [];
  let mode: Mode = "body";
  /** Unnumbered part titles are headings: decided by the first heading-like line of the body. */
  let parts: boolean | null = null;
  /** A bare `附件`/`附录` opened a container: the appendices after it sit one level below. */
  let container = false;
  /** The Markdown heading depth (`##`) of the open unnumbered part's title, when the source marked it as one. */
  let partDepth: number | undefined;
  /** An unnumbered part title of two phrases joined by a comma, its year in the first, opened a part (`实干二〇二四，…`). */
  let commaParts = false;
  const glossary = glossaryReader((b) => blocks.push(b), file, warn);
  // Part headings that lost their numeral (`、科学谋划“十三五”…` between `一、` and `三、`), read by the numbering around them.
  const lost = lostNumerals(lines);
  for (const [l, m] of lost) {
    warn({ file, line: l.line, message: `heading “${l.text}” has lost its numeral before “、”; read as part ${numeral(m.n)}、 by the numbering around it` });
  }
  const markerAt = (l: SourceLine) => markerOf(l.text) ?? lost.get(l) ?? null;
  // Sections of a numbered part set as short plain lines with no numbering (`经济总量跃上新台阶`, `区域发展开创新局面`, …).
  const plainSections = plainSectionTitles(lines, markerAt);
  // Sections of a part set as plain lines that open on the same words (`一年来，我们坚持稳中求进，经济保持平稳健康发展`, …).
  const parallelSections = parallelSectionTitles(lines, markerAt);
  // Sections numbered `1.` run on into their text somewhere in the body: shorter items that read as sections are ones too.
  const appendixAt = lines.findIndex((x) => isAppendix(x.text));
  const loose = sectionsRunOnInBody(appendixAt === -1 ? lines : lines.slice(0, appendixAt), markerAt);

  /** A bold title-like line seen within the numbered parts: the body sets its sections so, and no such line opens a part. */
  let boldSections = false;
  /** Whether the copy sets any line in bold: a plain copy has lost the marks that set its titles apart. */
  const anyStrong = lines.some((x) => x.strong === true);
  /** The numbered item last kept as a paragraph, too long for a heading: the items after it in its run are too. */
  let listRun: { family: string; n: number } | null = null;
  // The last section whose title a run-on split off its text at the first comma (`（四）突出改革创新，提升内生动力坚持…`).
  let splitRun: { family: string; n: number } | null = null;
  // Whether the last title of each numbering family stood alone on its line and ended on a full stop (`三、改革流通体制，
  // 疏通流通渠道，做到货畅其流。`, its text on the next line), not run on into its text (`（五）拓展粤港澳台合作领域。巩固…`).
  const stoppedTitles = new Map<string, boolean>();
  const heading = (depth: number, text: string, line: number, appendix?: true) => {
    listRun = null;
    if (depth > 6) warn({ file, line, message: "headings nest deeper than 5 levels; shown at level 6" });
    blocks.push({ type: "heading", depth: Math.min(depth, 6), text, line, ...(appendix ? { appendix } : {}) });
  };
  for (let i = 0; i < lines.length; i++) {
    // A part title broken over two lines, the second opening on the word that joins its two halves (Yaan 2021: `2020年工作`
    // over `和“十三五”成就回顾`, `“十四五”规划` over `和2035年远景目标考虑`): one title, no subtitle under it.
    if (mode === "body" && brokenTitle(lines[i], lines[i + 1])) {
      const [first, second] = [lines[i]!, lines[i + 1]!];
      lines.splice(i, 2, { ...first, text: first.text + second.text });
      warn({ file, line: first.line, message: `part title “${first.text}” goes on on the next line (“${second.text}”); read as one title` });
    }
    // In a body of unnumbered parts, a part title run on at the end of a paragraph is read as a line of its own; in
    // a body of numbered ones, a numbered part title run on at the end of one.
    // A part title that opens a paragraph, set off by a space (`2003年工作回顾 2003年，在…`), where unnumbered parts may be.
    const opening = mode === "body" && parts !== false ? splitOpeningPartTitle(lines[i]!) : null;
    if (opening) {
      lines.splice(i, 1, ...opening);
      warn({ file, line: opening[0].line, message: `part title “${opening[0].text}” opens a paragraph, its text run on after a space; read as a heading` });
    }
    const fused = mode !== "body" || opening ? null : parts === true ? splitFusedPartTitle(lines[i]!) : splitFusedNumberedTitle(lines[i]!);
    if (fused) {
      lines.splice(i, 1, ...fused);
      warn({ file, line: fused[1]!.line, message: `part title “${fused[1]!.text}” run on ${fused.length > 2 ? "between two sentences" : "at the end"} of a paragraph; read as a heading` });
    }
    // A section run on after a sentence of the paragraph before it (`…运动会。（三）狠抓项目建设，…`) opens a line of its own.
    const section = mode === "body" && !fused ? splitRunOnSection(lines[i]!, stack, lines.slice(i + 1)) : null;
    if (section) {
      lines.splice(i, 1, ...section);
      warn({ file, line: section[1].line, message: `section “${markerOf(section[1].text)!.text}” run on after a sentence of a paragraph; read as a heading` });
    }
    // An appendix heading run on at the end of a paragraph (`…再谱新篇章！附件1`) opens a line of its own.
    const appendixTail = fused || section ? null : splitRunOnAppendix(lines[i]!);
    if (appendixTail) {
      lines.splice(i, 1, ...appendixTail);
      warn({ file, line: appendixTail[1].line, message: `appendix heading “${appendixTail[1].text}” run on at the end of a paragraph; read as a heading` });
    }
    const l = lines[i]!;
    const { text, line } = l;
    const last = blocks.at(-1);

    // The year's list of livelihood projects after the closing words (`…而努力奋斗！` then `九江市2016年重大民生工程`).
    // So is that list set after an appendix (`相关用语说明` … `2019年市政府为民办10件实事`).
    const closed = (mode === "body" ? last?.type === "paragraph" && CLOSING.test(last.text) : true) && isLivelihoodListTitle(text);
    // An index of the appendices before them (`附件：1、…十件民生实事`, `2、注释`, then `附件1`): lines of the body.
    const index = mode === "body" && !l.footnote ? appendixIndexLength(lines, i) : 0;
    if (index > 0) {
      for (const x of lines.slice(i, i + index)) blocks.push({ type: "paragraph", text: x.text, lead: null, line: x.line });
      i += index - 1;
      continue;
    }
    if (!l.footnote && (isAppendix(text) || closed)) {
      const bare = /^附[件录]$/.test(compact(text));
      const depth = container || (last?.type === "heading" && last.appendix) ? 3 : 2;
      if (bare && depth === 2) container = true;
      // A label ending on its colon with the glossary's title on the next line (Sichuan 2008: `**附：` then
      // `名词解释和说明`, a bold run the copy broke over both) is one heading: `附：名词解释和说明`.
      const next = /^附[件录]?[：:]$/.test(compact(text)) ? lines[i + 1] : undefined;
      const title = next && !next.footnote && !next.tableRow && next.heading === undefined && !/^附/.test(compact(next.text)) && isGlossaryTitle(next.text) ? next : undefined;
      heading(depth, title ? `${text}${title.text}` : text, line, true);
      if (title) i++;
      stack = Array.from({ length: depth - 1 }, () => ({ family: "appendix", last: 1 }));
      const after = lines.slice(i + 1).findIndex((x) => isAppendix(x.text));
      const until = after === -1 ? lines.length : i + 1 + after;
      // The year's 民生实事 are tasks, however their lines read (`主要内容：…` under each is no term defined).
      mode = isGlossaryTitle(title?.text ?? text) || (!isLivelihoodListTitle(text) && looksLikeGlossary(lines.slice(i + 1, until))) ? "glossary" : "appendix";
      glossary.reset();
      continue;
    }
    // A glossary with no heading after the closing words (`…共同努力奋斗！`, then `四线两站：是大龙至万山…` and the
    // other terms): a run of lines of the shape `term：definition` up to the next appendix is read as the glossary.
    if (mode === "body" && !l.footnote && last?.type === "paragraph" && CLOSING.test(last.text) && untitledGlossaryAt(lines, i)) {
      mode = "glossary";
      glossary.reset();
    }
    if (l.footnote) {
      // A footnote definition `[^3]: term：definition` is a glossary entry (the note's marker was markup).
      glossary.footnote(l);
      continue;
    }
    if (mode === "glossary" && !l.tableRow) {
      const taken = glossary.read(lines, i);
      if (taken > 0) {
        i += taken - 1;
        continue;
      }
    }

    if (l.tableRow) {
      blocks.push({ type: "paragraph", text, lead: null, line });
      continue;
    }

    // An unnumbered part title (`2021年重点工作`), or the title of an appendix's list (`2021年十件民生实事`).
    // A whole line in bold in a body of unnumbered parts may list what its part holds (`指导思想、奋斗目标和工作重点`).
    // After a part title that names its year before a comma (Yiyang 2025: `实干二〇二四，我们攻坚克难、收获满满`), a plain
    // line of two phrases joined so is a part title too when it names a part (`加强自身建设，我们坚守初心、担当使命`).
    // So is such a line right before a paragraph that opens on what its year is (Guangdong 2001, a web page's copy:
    // `扎实工作，为“十五”计划开好头起好步` then `2001年是新世纪的第一年，…`): the title of the part on that year.
    const commaJoined = (commaParts || (lines[i + 1] !== undefined && YEAR_IS_OPENING.test(lines[i + 1]!.text))) && /^[^，,]{2,}[，,][^，,]{2,}$/.test(compact(text));
    const titled = l.heading !== undefined || isPartTitle(l, (l.strong === true || commaJoined) && parts === true);
    if (titled && markerAt(l) === null) {
      if (mode === "appendix" && last?.type === "heading" && last.appendix) {
        heading(last.depth + 1, text, line);
        stack.push({ family: "title", last: 1 });
        continue;
      }
      const marked = l.heading !== undefined || (l.strong === true && parts === true);
      if (mode === "body" && (l.heading !== undefined || parts !== false) && (marked || namesPart(text) || pairedTitle(lines, i, last, parts) || (parts === null && titlePartFollows(lines, i, markerAt)))) {
        parts = true;
        if (namesYearBeforeComma(text)) commaParts = true;
        // The second slogan line under a part's title (Handan 2023: `回顾2022年工作`, `我们锚定目标团结奋进攻坚克难`, then
        // `现代化区域中心城市建设迈出坚实步伐`) goes on with its subtitle, right after the first: no part of its own.
        const after = last?.type === "heading" && !last.appendix;
        const slogan = after && stack.length === 2 && stack[1]!.family === "subpart" && titleLine(lines[i - 1]) && titleLine(lines[i - 2]);
        const sub = after && stack.at(-1)?.family === "part";
        if (slogan) stack[1] = { family: "subpart", last: stack[1]!.last + 1 };
        else if (sub) stack.push({ family: "subpart", last: 1 });
        else {
          stack = [{ family: "part", last: 1 }];
          partDepth = l.heading;
        }
        heading(stack.length + 1, text, line);
        continue;
      }
    }

    // A section of a numbered part set as a plain line with no numbering (Liaoning 2013: `经济总量跃上新台阶` under
    // `**一、过去五年工作回顾**`): a heading one level below the part, beside the part's other such lines.
    if (mode === "body" && plainSections.has(l) && stack[0]?.family === "cn" && (stack.length === 1 || (stack.length === 2 && stack[1]!.family === "plain"))) {
      stack = [stack[0], { family: "plain", last: (stack[1]?.last ?? 0) + 1 }];
      warn({ file, line, message: `section “${text}” of a numbered part is set as a plain line with no number; read as a heading` });
      heading(3, text, line);
      continue;
    }

    // A section of a part set as a plain line of clauses, no full stop, opening on the words its sibling lines open on
    // (Huizhou 2019: `一年来，我们坚持稳中求进，经济保持平稳健康发展` and three more `一年来，我们…` lines under `**2018年工作回顾**`):
    // a heading one level below the part, beside the others.
    if (mode === "body" && parallelSections.has(l) && (stack[0]?.family === "part" || stack[0]?.family === "cn") && (stack.length === 1 || (stack.length === 2 && stack[1]!.family === "parallel"))) {
      stack = [stack[0], { family: "parallel", last: (stack[1]?.last ?? 0) + 1 }];
      warn({ file, line, message: `section “${text}” of a part is set as a plain line with no number; read as a heading` });
      heading(3, text, line);
      continue;
    }

    // A bold line alone after the last numbered part that reads as a part title (Liangshan 2014: `**关于政府自身建设**` after
    // `四、…`) opens one more part, unnumbered, at the parts' depth; not where bold lines set the sections of the parts.
    // So does such a line set plain in a copy that sets nothing in bold (`关于政府自身建设`, the same report as a plain copy).
    const plainClosing = !anyStrong && isPlainClosingPartTitle(l);
    if (mode === "body" && parts === false && stack[0]?.family === "cn" && (l.strong === true || plainClosing) && markerAt(l) === null && isPartTitle(l)) {
      const next = stack[0].last + 1;
      const later = lines.slice(i + 1);
      const end = later.findIndex((x) => isAppendix(x.text));
      const numberedAfter = later.slice(0, end === -1 ? later.length : end).some((x) => markerAt(x)?.family === "cn" && markerAt(x)?.n === next);
      if (!boldSections && !numberedAfter && (isClosingPartTitle(l) || plainClosing)) {
        stack = [{ family: "cn", last: stack[0].last }];
        heading(2, text, line);
        continue;
      }
      boldSections = true;
    }

    const marker = markerAt(l);
    // A `第三，` with no `第一，` open before it continues `首先，…其次，…` paragraphs: a paragraph like them, no heading.
    // A `第一，` the source does not mark, long after the section open above it began (State Council 2008: `第一，必须坚持
    // 解放思想。…` after `主要体会是：`, the 18th paragraph since `（三）全面加强社会建设…`), opens no sections of that
    // section: it and the points after it are paragraphs, each with its lead.
    const late = marker?.family === "ordinal" && marker.n === 1 && mode === "body" && !l.strong && l.heading === undefined && stack.length > 1 && paragraphsSinceHeading(blocks) > MAX_ORDINAL_INTRO;
    const stray = (marker?.family === "ordinal" && marker.n > 1 && !stack.some((s) => s.family === "ordinal")) || late;
    // The next item of a run whose items are paragraphs (`（1）在优化结构和提高效益基础上，…` too long for a heading) is
    // one too, however short, when it opens with a sentence of clauses (`（2）基本实现工业化，建成…体系。`): a list of
    // aims, not sections; a title (`（二）加快发展社会事业`) is still a heading.
    const clauses = /^[^。！？]*[，,；;][^。！？]*[。！？]/.test(text.slice(marker?.text.length ?? 0));
    // In an appendix (民生实事: `四、新建及改造…农村电网380公里，…` too long for a heading), so is the next item that reads as
    // an item of the list, a task with its figures or a run of sentences (`五、完成1.6万人生态移民。完成农村危房改造3.6万户。…`).
    const task = mode === "appendix" && marker !== null && isListItem(text.slice(marker.text.length), "body");
    // So is a short item of a list numbered `1、` with no text of its own, the run's next item or a heading of a rank open
    // above right after it (Yichun 2014: `9、增开伊春区至友好区的公交线路。` between `8、新建…中心3个。` and `10、投资1897万元，…`):
    // a task of the list, no heading with nothing under it.
    const after = marker?.family === "num" && listRun?.family === "num" && i + 1 < lines.length ? markerAt(lines[i + 1]!) : null;
    const bare = after !== null && marker !== null && ((after.family === marker.family && after.n === marker.n + 1) || stack.some((s) => s.family === after.family && s.family !== marker.family && s.last + 1 === after.n));
    if (marker && listRun && marker.family === listRun.family && marker.n === listRun.n + 1 && (clauses || task || bare)) {
      listRun.n = marker.n;
      // A lead the source marks bold keeps its bold, as the first item's does (Haikou 2023: `**2.放大自贸港政策效应。**深化…`
      // after `**1.加快封关运作准备。**高标准推进…`): the source says it is the item's title.
      blocks.push({ type: "paragraph", text, lead: l.strongLead !== undefined && mode === "body" ? leadOf(text, l.strongLead) : null, line });
      continue;
    }
    if (marker && !stray && runsOnIntoItems(text, marker)) {
      blocks.push({ type: "paragraph", text, lead: null, line });
      continue;
    }
    // An item of a list numbered `1、` (民生实事: `1、投资8882万元，…`) makes the next item of its run one too, however it
    // reads (`9、开展免费婚姻登记制度，免收婚姻登记费，…。`, no figure of its own). In an appendix of 民生实事 the items
    // numbered `（1）` are such items too (`（1）新建城区停车位2250个。`).
    const listFamily = marker?.family === "num" || (marker?.family === "num-paren" && mode === "appendix");
    // So is the first item of such a run, when the item after it reads as one (`1、分步骤、梯次解决…问题；…增加林业局职工收入。`
    // then `2、投资10亿元，改造棚户区12330户，…`, Yichun 2014): a task of the list, no heading of its own.
    const next = marker?.family === "num" && marker.n === 1 ? lines.slice(i + 1).find((x) => markerAt(x) !== null) : undefined;
    const nextMarker = next ? markerAt(next) : null;
    // So too when the items follow it line after line, none with a paragraph of its own, and a later one reads as a task
    // (Xiangyang 2019: `1.实现全市农村现行标准下贫困人口和贫困村全部脱贫。`, `2.实施农村饮水安全巩固提升工程，…。`, then
    // `3.新建改建农村公路1000公里，…`): the short first items are tasks of the list too, no headings with no text.
    const firstOfList =
      next !== undefined && nextMarker?.family === "num" && nextMarker.n === 2 && (next.listItem || isListItem(next.text, mode) || adjacentRun(lines, i, markerAt).some((x) => x.listItem || isListItem(x.text, mode)));
    // A run numbered `1、` whose items each open with a title sentence, no figure in it, and go on for several sentences
    // (Changde 2016: `1、下大力引进产业项目，实体经济取得新突破。主攻重大项目建设。…` to `5、…`) is a run of sections run on
    // into their text, no list: its first item tells it with the second, a later item by the run of headings it continues.
    // So is a Markdown ordered list whose first two items are such sections (Haidong 2020: `1. 坚持两手抓两促进，坚决打赢疫情
    // 防控阻击战。面对…` then `2. 加快主导产业升级，夯实经济高质量发展基础。做精做细绿色有机农业。…`, each a long text): a
    // list's items are tasks otherwise, however long.
    const sectionList = l.listItem === true && next?.listItem === true && titledSection(text) && titledSection(next.text);
    const sectionRun =
      mode === "body" && marker?.family === "num" &&
      (marker.n === 1
        ? l.listItem
          ? sectionList && nextMarker?.family === "num" && nextMarker.n === 2
          : (titledSection(text, loose ? "loose" : null) && next !== undefined && nextMarker?.family === "num" && nextMarker.n === 2 && !next.listItem && titledSection(next.text, loose ? "loose" : null)) ||
          (loose && titledRun(l, adjacentRun(lines, i, markerAt))) ||
          (titledSection(text, "continued") && lines[i + 1] !== undefined && markerAt(lines[i + 1]!) === null && runHoldsStandingTitle(lines, i, markerAt))
        : titledSection(text, "continued") && stack.some((s) => s.family === "num" && s.last + 1 === marker.n) && !(listRun?.family === "num" && listRun.n + 1 === marker.n));
    const item = listFamily && !stray && !sectionRun && (l.listItem || isListItem(text, mode) || firstOfList);
    if (item && marker) listRun = { family: marker.family, n: marker.n };
    if (marker && !stray && !item) {
      const end = END.exec(text);
      let headLen = end ? end.index + 1 : text.length;
      // Bold marks a plain-text copy kept around the title (`**（一）全力以赴稳增长。**面对…`) close with the title.
      if (keptBoldOpen(text) && text.startsWith("**", headLen)) headLen += 2;
      // A section run on into its paragraph with no full stop near (`（四）加强城市基础设施建设，打造…`) that continues
      // the open run (`（三）` before it): its title ends at the first comma.
      const comma = /[，；]/.exec(text);
      // A title of several clauses a little longer than that, alone on its line, no sentence in it, that continues a run of
      // headings, is the section's whole title, not the start of its text (Nanning 2026: `（五）围绕在扛起全面从严治党政治责任上
      // 走在前作表率，统筹建好“两个生态”、统筹发展和安全，清廉、美丽、平安南宁建设纵深推进`, 61 characters, its text on the next line).
      // So is the first title of a run so set, when the run's second title, the next numbered line, stands alone on its line
      // too (Zhaoqing 2020: `一、全面参与推进粤港澳大湾区建设，主动对接支持深圳建设先行示范区和广州实现老城市新活力，全力在粤港澳
      // 大湾区建设中争得一席之地`, 62 characters, then `二、全面做好“六稳”工作，增强经济发展韧性，确保经济保持稳中向好发展态势`).
      // So are titles of one sentence each, ended by its full stop, where the report's titles of the family end so (State
      // Council 1984: `一、维护世界和平是我国对外政策的主要目标，…而努力。`, after `五、…不断提高职工队伍的素质。`).
      const stopped = stoppedTitles.get(marker.family) === true;
      const standing = mode === "body" && standingTitle(text, stopped) && (continuesRun(stack, marker.family, marker.n) || opensStandingRun(lines, i, marker.family, marker.n, markerAt, stopped));
      const runOn = !standing && [...text.slice(0, headLen)].length > MAX_HEADING && mode === "body" && (continuesRun(stack, marker.family, marker.n) || opensRunOn(lines, i, marker.family, marker.n, markerAt));
      // Its title ends sooner at a space between words before that comma, where a Markdown copy closed the title's bold
      // (`**…以下工作：` / `（一）全力以赴抗击非典和洪涝灾害** 面对非典疫情的严峻挑战，…`, Jiangsu 2004).
      // Only the one such space of its line: a copy that spaced its words apart (PDF, OCR) marks no title's end with one.
      const gaps = [...text.matchAll(/(?<=\p{Script=Han})[ \u3000]+(?=\p{Script=Han})/gu)];
      const gap = gaps.length === 1 ? gaps[0]! : undefined;
      // So does a title of two clauses, its space right after the second (`三、加强民主法制，建设服务型政府 加快振兴…`,
      // Jilin 2005, where a copy dropped the bold of `**三、加强民主法制，建设服务型政府** 加快…`): no mark between its
      // comma and the space, and a clause of four characters or more before it (not a word a PDF copy split: `促进社会事业全面
      // 发展，不 断增强…`, Liuzhou 2014).
      const afterClause = gap !== undefined && comma !== null && gap.index - comma.index > 4 && !/[，,；;：:。！？、]/.test(text.slice(comma.index + 1, gap.index));
      // Where a title so run on was cut from its text, said with the line (null: the title ended at its full stop or line).
      let cut: string | null = null;
      if (runOn && gap && (!comma || gap.index < comma.index || afterClause) && [...text.slice(0, gap.index)].length <= MAX_HEADING) {
        headLen = gap.index;
        cut = "the space after it";
      } else if (runOn && comma && [...text.slice(0, comma.index + 1)].length <= MAX_HEADING) {
        headLen = comma.index + 1;
        cut = "its first comma";
        // A title run on into its first sentence with no mark between, the sentence opening with the place's whole and a
        // figure before the comma (Yunnan 2004: `（一）国民经济实现较快增长全省生产总值完成2458.8亿元，比上年增长8.6%，…`):
        // the title ends before the place, and the sentence stays whole with the text.
        const place = PLACE_OPENS_FIGURE.exec(text.slice(0, headLen));
        if (place && [...text.slice(0, place.index)].length >= 8) {
          headLen = place.index;
          cut = "the place that opens the sentence after it";
        }
      } else if (
        // So does such a title of two clauses whose text's first sentence is short enough to make a heading with it, when
        // the paragraph goes on after that sentence (Ningxia 2012, a PDF copy of `**三、进一步抓好重大项目建设，在拉动经济
        // 稳步快速增长上务求更大实效** 投资是我区经济增长的第一拉力。越是…`): the sentence is text, not the title's end.
        !runOn && !standing && mode === "body" && gap && afterClause && end && gap.index < end.index && [...text.slice(gap.index, end.index)].length > 4 &&
        text.slice(end.index + 1).trim() !== "" && (marker.family === "cn" || marker.family === "cn-paren") && !l.strong && l.heading === undefined
      ) {
        headLen = gap.index;
        cut = "the space after it";
      } else if (
        // The next section of a run whose titles were split so, run on the same way though its paragraph is short enough
        // for a heading (Enshi 2014: `（五）突出生态优势，推动绿色发展把生态文明建设放在突出位置，彰显山水优势，实现绿色发展，
        // 让青山常在、蓝天常驻、碧水长流。` after `（四）突出改革创新，提升内生动力坚持…`): its title too ends at the first comma, when
        // more clauses follow it (a title of two clauses, `（三）突出项目建设，打牢发展基础。`, stands whole). Not a title alone on
        // its line, no sentence in it (Zhangye 2017, a PDF copy: `（四）加快完善城乡基础设施，强化规划建设管理，全力推进新型城镇化进程`
        // after `（三）…` ran on into its text at the margin): its text is the next line.
        !runOn && mode === "body" && comma && end && splitRun?.family === marker.family && splitRun.n + 1 === marker.n &&
        [...text.slice(0, headLen)].length > MAX_HEADING / 2 && /[，；]/.test(text.slice(comma.index + 1, headLen))
      ) {
        headLen = comma.index + 1;
        cut = "its first comma";
      }
      splitRun = comma && headLen === comma.index + 1 ? { family: marker.family, n: marker.n } : null;
      const cutAt = headLen;
      // A part title run on into its first sentence with no mark between (`三、2006年的主要工作2006年是…`) ends at its
      // last part word before the year that opens the sentence.
      const titleLen = marker.family === "cn" && !l.strong && l.heading === undefined ? partTitleBeforeYear(text.slice(0, headLen)) : null;
      if (titleLen !== null) headLen = titleLen;
      // The next `第N，` of a run of ordinal headings (`第一，…`, `第二，…` headings before it) is one too, its topic
      // sentence a little longer than a heading (Qingdao 1999: `第三，全面实施“民心工程”，…得到更多实惠。`, 65 characters).
      const ordinalRun = marker.family === "ordinal" && mode === "body" && stack.some((s) => s.family === "ordinal" && s.last + 1 === marker.n);
      // A line the Markdown source marks as a heading, one sentence whole, is one however long (State Council 1984:
      // `### 一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地为缓和国际紧张局势、…防止世界战争而努力。`, 63
      // characters): the source says it is a title; a heading line that runs on into a second sentence is still measured.
      const markedTitle = l.heading !== undefined && headLen === text.length;
      if (markedTitle || [...text.slice(0, headLen)].length <= (ordinalRun ? MAX_ORDINAL_HEADING : standing && headLen === text.length ? MAX_STANDING_HEADING : MAX_HEADING)) {
        parts ??= false;
        // A numbered part the source marks at the Markdown depth of the unnumbered part open before it is its sibling,
        // not its sub-part (national 2002: `## 首先报告2001年的工作。` then `## 一、扩大和培育内需…` … `## 八、…`).
        if (l.heading !== undefined && partDepth !== undefined && l.heading <= partDepth && stack[0]?.family === "part") {
          stack = [];
          partDepth = undefined;
        }
        const depth = placeMarker(stack, marker.family, marker.n, (expected) =>
          warn({ file, line, message: `heading “${marker.text}” breaks the numbering (expected ${expected}); placed by its marker` }),
        );
        // A part title set on two lines (`二、以迎接建国50周年为强大推动力` / `全面开创首都改革开放和现代化建设的新局面`)
        // reads as one: its second half is joined to it.
        const tail = depth === 2 && marker.family === "cn" && headLen === text.length ? partTitleTail(lines, i) : null;
        if (tail) {
          heading(depth, `${text} ${tail.text}`, line);
          i++;
          continue;
        }
        heading(depth, text.slice(0, headLen), line);
        // The space a copy left between the title and its text (`…环境友好型社会。 坚持开发与节约并重…`) is no text of it.
        const rest = text.slice(headLen).replace(/^[ \t\u3000]+/, "");
        // A title alone on its line that ends on a full stop tells how the report sets this family's titles.
        stoppedTitles.set(marker.family, rest === "" && text.slice(0, headLen).endsWith("。"));
        // A title cut from the text it runs on into, with no full stop between them, is a guess the reader should know of.
        if (cut && rest && headLen === cutAt) warn({ file, line, message: `heading “${marker.text}” runs on into its text with no full stop: its title read up to ${cut}` });
        // Text that opens on the first item of an enumeration whose next item is the next line (Jining 2014: `（一）着力推进产业转型，
        // 加快提升发展质量效益。一是打造工业经济升级版。…`, then `二是大力发展现代农业。…`) is that item, as the items after it are.
        // Not the whole enumeration run on in one paragraph (`（六）…。一是…；二是…。`): it stays the section's text.
        const item = rest ? enumerationOf(rest) : null;
        const nextText = lines[i + 1]?.text;
        if (item !== null && nextText !== undefined && enumerationOf(nextText) === item + 1) blocks.push({ type: "enumeration", n: item, text: rest, lead: leadOf(rest), line });
        else if (rest) blocks.push({ type: "paragraph", text: rest, lead: null, line });
        continue;
      }
      listRun = { family: marker.family, n: marker.n };
      // A heading run on into its paragraph with no full stop to end it (`（四）加强城市基础设施建设，打造…城市以实现…`):
      // kept as a paragraph, said here so that the numbering warning after it has its cause.
      if (mode === "body" && (marker.family === "cn" || marker.family === "cn-paren")) {
        warn({ file, line, message: `“${marker.text}” opens a paragraph too long to be a heading (${[...text.slice(0, headLen)].length} characters before its first full stop); read as a paragraph` });
      }
    }

    const n = enumerationOf(text);
    if (n !== null) {
      blocks.push({ type: "enumeration", n, text, lead: leadOf(text, l.strongLead), line });
      continue;
    }
    // The rest of a paragraph cut off in mid-sentence (`…形成了一批支柱产业` / `基地和加工运销企业。…`, a page break of
    // the source) opens with no topic sentence of its own.
    const cut = last?.type === "paragraph" && CUT_OFF.test(last.text) && l.strongLead === undefined;
    blocks.push({ type: "paragraph", text, lead: mode === "body" && !cut ? leadOf(text, l.strongLead) : null, line });
  }

  if (!blocks.some((b) => b.type === "heading" && !b.appendix)) {
    warn({ file, line: lines[0]?.line ?? 1, message: "no numbered headings (一、… （一）…) found: the report is kept as plain paragraphs" });
  }
  parallelLeads(blocks);
  return blocks;
}

/** The longest section title set as a plain line, and the fewest such lines that make a numbered part's sections. */
const MAX_PLAIN_SECTION = 20;
const MIN_PLAIN_SECTIONS = 3;

/**
 * The lines that are the sections of a numbered part though they carry no number (Liaoning 2013: `经济总量跃上新台阶`,
 * `区域发展开创新局面`, … `民主法制和政府自身建设取得新进步` under `**一、过去五年工作回顾**`): short lines with no
 * punctuation, no numbering nor markup of their own, each followed by a paragraph of sentences, at least three in a part
 * whose lines carry no other numbering (a part numbered inside is read by its numbers). So are such lines led by a dash
 * (Tieling 2023: `——工业经济运行企稳向好`, `——乡村振兴迈出新步伐`, … under `一、2022年工作回顾`).
 */
function plainSectionTitles(lines: readonly SourceLine[], markerAt: (l: SourceLine) => { family: string } | null): Set<SourceLine> {
  const out = new Set<SourceLine>();
  let part: SourceLine[] | null = null;
  let numbered = false;
  const close = () => {
    if (part && !numbered && part.length >= MIN_PLAIN_SECTIONS) for (const l of part) out.add(l);
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const marker = markerAt(l);
    if (marker?.family === "cn" || isAppendix(l.text)) {
      close();
      part = marker?.family === "cn" ? [] : null;
      numbered = false;
      continue;
    }
    if (!part) continue;
    if (marker !== null || enumerationOf(l.text) !== null) {
      numbered = true;
      continue;
    }
    const next = lines[i + 1];
    const c = compact(l.text);
    const n = [...c].length;
    if (l.heading !== undefined || l.strong || l.footnote || l.tableRow || l.listItem || l.comment || l.strongLead !== undefined) continue;
    if (n < 4 || n > MAX_PLAIN_SECTION || PUNCTUATED.test(c) || OPEN_END.test(c) || !/^(?:——)?[\p{Script=Han}“]/u.test(c) || /^各位代表/.test(c)) continue;
    if (!next || !END.test(next.text) || markerAt(next) !== null || [...compact(next.text)].length <= MAX_PLAIN_SECTION) continue;
    part.push(l);
  }
  close();
  return out;
}

/** The longest section title of clauses set as a plain line (see {@link parallelSectionTitles}). */
const MAX_PARALLEL_SECTION = 40;
/** The longest such title beside at least {@link MIN_PLAIN_SECTIONS} siblings no longer than {@link MAX_PARALLEL_SECTION}. */
const MAX_PARALLEL_SIBLING = 48;
/** The opening words of a title up to its first comma (`一年来，`), as the sibling titles of a part repeat them. */
const SECTION_OPENING = /^[^，,。！？：:；;]{2,8}[，,]/;

/**
 * The lines that are sections of a part though they carry no number and no markup (Huizhou 2019: `一年来，我们坚持稳中求进，
 * 经济保持平稳健康发展`, `一年来，我们抓住“窗口期”，乘势而为集聚发展新动能`, … under `**2018年工作回顾**`): lines of clauses
 * with no full stop nor figure, each followed by a longer paragraph that ends a sentence, at least three of them opening on
 * the same words before their first comma. A paragraph a page break cut off has a sentence in it, or no such siblings.
 */
function parallelSectionTitles(lines: readonly SourceLine[], markerAt: (l: SourceLine) => { family: string } | null): Set<SourceLine> {
  const groups = new Map<string, SourceLine[]>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i]!;
    const c = compact(l.text);
    const o = SECTION_OPENING.exec(c)?.[0];
    if (!o) continue;
    const n = [...c].length;
    if (n < 8 || n > MAX_PARALLEL_SIBLING || END.test(c) || OPEN_END.test(c) || /[\d\uff10-\uff19：:；;]/.test(c) || /^各位代表/.test(c)) continue;
    if (l.heading !== undefined || l.strong || l.footnote || l.tableRow || l.listItem || l.comment || l.strongLead !== undefined) continue;
    if (markerAt(l) !== null || enumerationOf(l.text) !== null || isAppendix(l.text)) continue;
    const next = lines[i + 1]!;
    if (!/[。！？][”’]?$/.test(next.text) || markerAt(next) !== null || next.heading !== undefined || [...compact(next.text)].length <= n) continue;
    groups.set(o, [...(groups.get(o) ?? []), l]);
  }
  // A longer sibling counts only beside enough short ones (Jiayuguan 2014: `一年来，我们始终坚持把项目建设作为推动转型跨越的主攻
  // 方向，发展的质量和效益有了新的提升`, 43 characters, beside `一年来，我们始终坚持生态立市战略，人居环境进一步改善` and two more).
  const out = new Set<SourceLine>();
  for (const g of groups.values()) {
    if (g.filter((l) => [...compact(l.text)].length <= MAX_PARALLEL_SECTION).length >= MIN_PLAIN_SECTIONS) for (const l of g) out.add(l);
  }
  return out;
}

/** The longest second line of a part title. */
const MAX_TITLE_TAIL = 30;
/** Punctuation no half of a title holds: a line with it is text. */
const PUNCTUATED = /[。；！？，,：:;!?]/;
/** Punctuation no title ends with. */
const OPEN_END = /[。；！？，,：:;!?、…]$/;

/**
 * The second line of a numbered part title set on two lines (`**二、以迎接建国50周年为强大推动力**` then
 * `全面开创首都改革开放和现代化建设的新局面`), or null: right after the title line (itself unpunctuated), a short
 * line with no punctuation that opens with a word, no marker, no heading or appendix of its own, and the part's text
 * after it. A title that ends on a part word is whole ({@link endsOnPartWord}).
 */
function partTitleTail(lines: readonly SourceLine[], i: number): SourceLine | null {
  const title = lines[i]!;
  const l = lines[i + 1];
  if (!l || lines[i + 2] === undefined || OPEN_END.test(title.text) || endsOnPartWord(title.text)) return null;
  if (l.heading !== undefined || l.footnote || l.tableRow || l.listItem || l.comment || l.strongLead !== undefined) return null;
  const c = compact(l.text);
  if ([...c].length < 4 || [...c].length > MAX_TITLE_TAIL || PUNCTUATED.test(c) || OPEN_END.test(c) || !/\p{Script=Han}/u.test(c)) return null;
  // A subtitle set off by a dash (`——经济回升向好、发展竞进焕新`) or in brackets is no half of the title.
  if (!/^[\p{Script=Han}\d“《]/u.test(c)) return null;
  if (markerOf(l.text) !== null || enumerationOf(l.text) !== null || isAppendix(l.text) || /^各位代表/.test(c)) return null;
  return l;
}

/** The fewest entries a glossary with no heading is read from. */
const MIN_UNTITLED_ENTRIES = 3;

/**
 * Whether the lines from `i` to the next appendix heading are a glossary set with no heading: the first a term and
 * its definition (`5个100工程：是省委、省政府…`), at least three such lines, and the run reads as entries, not a list
 * of tasks or a table (looksLikeGlossary). A single `term：…` paragraph is no glossary.
 */
function untitledGlossaryAt(lines: readonly SourceLine[], i: number): boolean {
  const first = parseGlossaryLine(lines[i]!.text);
  if (!first || /[，,]/.test(first.term)) return false;
  const next = lines.slice(i + 1).findIndex((x) => isAppendix(x.text));
  const run = lines.slice(i, next === -1 ? lines.length : i + 1 + next);
  return run.filter((x) => parseGlossaryLine(x.text) !== null).length >= MIN_UNTITLED_ENTRIES && looksLikeGlossary(run);
}

/**
 * Whether the first title-like line of a body is the first of its unnumbered parts though its words name no part
 * (Sichuan 2012: `**汶川特大地震灾后恢复重建胜利完成**`, then its text, then `**“十二五”发展实现良好开局**`; the same
 * lines in a plain-text copy): the next line set the same way (whole in bold, or plain) that reads as a title names a
 * part, and no numbered part, Markdown heading nor appendix comes between them.
 */
function titlePartFollows(lines: readonly SourceLine[], i: number, markerAt: (l: SourceLine) => ReturnType<typeof markerOf>): boolean {
  const l = lines[i]!;
  const strong = l.strong === true;
  if (l.heading !== undefined || (!strong && !titleLine(l))) return false;
  for (const x of lines.slice(i + 1)) {
    if (isAppendix(x.text) || markerAt(x)?.family === "cn" || x.heading !== undefined) return false;
    const alike = strong ? x.strong === true && !x.tableRow && !x.footnote && markerAt(x) === null && isPartTitle(x, true) : titleLine(x);
    if (alike) return namesPart(x.text);
  }
  return false;
}

/** A line of a plain text that reads as an unnumbered title: no Markdown of its own, no numbering. */
const titleLine = (l: SourceLine | undefined): boolean =>
  l !== undefined && l.heading === undefined && l.strong !== true && isPartTitle(l) && markerOf(l.text) === null;

/** A title line's second half, opening on the word that joins it to the first (`和“十三五”成就回顾`, `及2021年工作安排`). */
const TITLE_TAIL = /^(?:和|与|及|暨)(?![和与及暨])/;

/**
 * Whether two plain title-like lines are one part title broken after its first half: the second opens on a joining word,
 * and the whole names a part.
 */
function brokenTitle(first: SourceLine | undefined, second: SourceLine | undefined): boolean {
  return second !== undefined && TITLE_TAIL.test(second.text) && titleLine(first) && titleLine(second) && namesPart(first!.text + second.text);
}

/**
 * Whether a title-like line is one of the two lines of a part's title in a body of unnumbered parts, as a plain-text
 * copy of a report whose parts have a title and a subtitle keeps them (Yueyang 2020: `决战决胜全面建成小康社会` over
 * `乘势而上开启现代化建设新征程`, `巩固扩大主题教育成果` over `努力提高政府治理能力与治理绩效`): two such lines in a
 * row, then the part's text. A paragraph ends with its punctuation, so two unpunctuated lines before one are titles,
 * though their words name no part. The first opens the pair when the report's parts are unnumbered (or its second
 * line names a part, the body's first); the second closes it when the heading just made is the first's.
 */
function pairedTitle(lines: readonly SourceLine[], i: number, last: Block | undefined, parts: boolean | null): boolean {
  const l = lines[i]!;
  if (!titleLine(l)) return false;
  const prev = lines[i - 1];
  const next = lines[i + 1];
  const after = lines[i + 2];
  if (prev && last?.type === "heading" && !last.appendix && titleLine(prev) && last.text === prev.text && last.line === prev.line) {
    // A part's title may take two slogan lines under it, then its text (Handan 2023: `做好2023年工作` over
    // `我们要撸起袖子加油干风雨无阻向前行` and `在推进中国式现代化邯郸场景中填写优异成绩单`): the first of them opens the subtitle too.
    if (titleLine(next) && after !== undefined && !titleLine(after) && markerOf(after.text) === null && !isAppendix(after.text) && !titleLine(lines[i - 2])) return true;
    return !titleLine(next) && next !== undefined;
  }
  if (!next || !after || !titleLine(next) || titleLine(after) || markerOf(after.text) !== null || isAppendix(after.text)) return false;
  return last?.type !== "heading" && (parts === true || namesPart(next.text));
}

/** A sentence's end, then a `（三）` or `四、` marker right after it (or after a space a copy left); not `二、三产业`. */
const RUN_ON_SECTION = /[。！？][”’]?[ \u3000]?(?=[（(][一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、(?![一二三四五六七八九十]))/g;
/**
 * A colon, then a first `（一）` marker right after it (`…归纳起来有以下几个方面：（一）实施创新驱动战略…`), or after the
 * space a copy left where a Markdown source closed the colon's bold (Ningxia 2012: `**一年来的主要工作是：** （一）围绕提升
 * 经济竞争力，…` copied as `一年来的主要工作是： （一）围绕…`).
 */
const RUN_ON_FIRST = /[：:][ \u3000]?(?=[（(]一[）)])/g;

/**
 * A section heading run on after a sentence of a paragraph, as a copy that lost a line break leaves it (Wulanchabu
 * 2018: `…办好全区第十四届运动会。（三）狠抓项目建设，增强经济持续发展后劲着力构建大招商格局。坚持把…`): the
 * paragraph and the section's line (its heading and text, split as any run-on heading is), or null. Only the next
 * `（…）` section of a run open above (`（二）` before `（三）`), the paragraph's first such marker (a list set in one
 * paragraph, `…：（一）…；（二）…；（三）…`, stays text), after a paragraph's text and short enough before its full stop
 * to be a heading. A first section run on after a colon (`…有以下几个方面：（一）实施创新驱动战略，…`) is split when the
 * next numbered or heading line (`next`) opens the second (`（二）…`) and the paragraph holds no other marker: then the
 * list is the sections that follow. A section's own line may carry the next one too (Luoyang 2014: `（一）坚持优化结构、…
 * 增长。注重以服务稳运行，…服务需求。 （二）坚持扩大规模、…`): after the section's heading and at least one sentence of
 * its text, the section numbered one more is split off as well. A `一、` section is split so too (Guyuan 2016: `三、产业发展
 * 稳定人心。…服务业增加值年均增长9.7%。 四、民生改善凝聚人心。累计办理民生实事108件，…`), the next of its own run.
 */
function splitRunOnSection(l: SourceLine, stack: readonly Level[], ahead: readonly SourceLine[]): [SourceLine, SourceLine] | null {
  const own = markerOf(l.text);
  if (l.strong || l.heading !== undefined || l.tableRow || l.footnote || l.listItem || (own !== null && own.family !== "cn-paren" && own.family !== "cn")) return null;
  // The next numbered or heading line, or a line before it that ends on the run's `（二）` title run on after its last
  // sentence (`…更便利。（二）培育壮大经济新动能`).
  const nextAt = ahead.findIndex((n) => markerOf(n.text) !== null || n.heading !== undefined);
  const following = nextAt === -1 ? null : markerOf(ahead[nextAt]!.text);
  const secondRunOn = ahead.slice(0, nextAt === -1 ? ahead.length : nextAt).some((n) => endsOnTitle(n.text, 2));
  if (own === null && ((following?.family === "cn-paren" && following.n === 2) || secondRunOn) && [...l.text.matchAll(/[（(][一二三四五六七八九十]{1,3}[）)]/g)].length === 1) {
    const m = RUN_ON_FIRST.exec(l.text);
    RUN_ON_FIRST.lastIndex = 0;
    const at = m ? m.index + m[0].length : 0;
    const end = m && END.exec(l.text.slice(at));
    if (m && m.index >= 10 && (end ? end.index + 1 <= MAX_HEADING : titleTail(l.text.slice(at)))) return [{ ...l, text: l.text.slice(0, m.index + 1) }, { text: l.text.slice(at), line: l.line }];
  }
  if (own === null) {
    const first = runOnFirstSection(l, ahead);
    if (first) return first;
  }
  for (const m of l.text.matchAll(RUN_ON_SECTION)) {
    const at = m.index + m[0].length;
    const head = l.text.slice(0, at).replace(/[ \u3000]$/, "");
    const rest = l.text.slice(at);
    const text = own ? head.slice(own.text.length) : head;
    if (/[（(][一二三四五六七八九十]{1,3}[）)]/.test(text)) return null;
    // On a section's own line, its heading and a sentence of its text come before the next section.
    if (own && [...text.matchAll(/[。！？]/g)].length < 2) return null;
    const marker = markerOf(rest);
    const end = END.exec(rest);
    // Its title ends on a full stop within a heading's length, or is all that is left of the line (a title set with no
    // full stop, `…让广大投资者实实在在感受到投资襄阳更安全、更公平、更便利。（二）培育壮大经济新动能`).
    if ([...head].length < 10 || (marker?.family !== "cn-paren" && marker?.family !== "cn") || (end ? [...rest.slice(0, end.index + 1)].length > MAX_HEADING : !titleTail(rest))) continue;
    if (own ? own.family !== marker.family || marker.n !== own.n + 1 : !stack.some((s) => s.family === marker.family && s.last + 1 === marker.n)) continue;
    return [{ ...l, text: head }, { text: rest, line: l.line }];
  }
  return null;
}

/**
 * A first `（一）` section run on after a sentence of a paragraph (or after the colon that announces the sections: Hubei
 * 2008, `…我们将重点做好以下工作：（一）扎实推进社会主义新农村建设。继续…。（二）加快推进新型工业化。…`), its `（二）` run
 * on so too, in that paragraph or a later one before the next numbered or heading line, or that line itself (Jining 2014: `…较好地完成了全年任务目标。（一）坚持抓转型稳增长，工业经济持续向好。
 * 纵深推进工业强市战略，…。（二）坚持抓基础促增收，农业综合生产能力显著增强。…`; `…重点抓好七个方面的工作。（一）着力推进产业转型，
 * 加快提升发展质量效益。一是…` with `…。（二）着力深化改革扩大开放，…` paragraphs later): the paragraph and the section's line.
 * Each title ends on its full stop within a heading's length, holds no figure, and has a sentence of text after it: a
 * list of short items set in one paragraph (`…如下。（一）新增就业5万人。（二）…`) stays text.
 */
function runOnFirstSection(l: SourceLine, ahead: readonly SourceLine[]): [SourceLine, SourceLine] | null {
  const first = /[（(][一二三四五六七八九十]{1,3}[）)]/.exec(l.text);
  if (!first || !/^[（(]一[）)]/.test(first[0])) return null;
  const m = [...l.text.matchAll(RUN_ON_SECTION), ...l.text.matchAll(RUN_ON_FIRST)].find((x) => x.index + x[0].length === first.index);
  if (!m || [...l.text.slice(0, first.index)].length < 10) return null;
  const rest = l.text.slice(first.index);
  if (!sectionTitled(rest)) return null;
  const nextAt = ahead.findIndex((n) => markerOf(n.text) !== null || n.heading !== undefined || n.strong);
  const later = [rest, ...ahead.slice(0, nextAt === -1 ? ahead.length : nextAt).map((n) => n.text)];
  const second = later.some((t) => [...t.matchAll(RUN_ON_SECTION)].some((x) => /^[（(]二[）)]/.test(t.slice(x.index + x[0].length)) && sectionTitled(t.slice(x.index + x[0].length))));
  // Or the next numbered line is that `（二）`, titled so on a line of its own (Hubei 2008: `…对今后五年的政府工作提出以下
  // 建议。（一）加快推进经济结构调整和经济发展方式转变。坚持把…` then `（二）坚定不移地实施开放先导战略。坚持以…`).
  const next = nextAt === -1 ? undefined : ahead[nextAt];
  const own = next !== undefined && /^[（(]二[）)]/.test(next.text) && !next.strong && next.heading === undefined && sectionTitled(next.text);
  return second || own ? [{ ...l, text: l.text.slice(0, first.index).replace(/[ \u3000]+$/, "") }, { text: rest, line: l.line }] : null;
}

/**
 * Whether a `（n）` section's text opens with a title ending on its full stop within a heading's length, with no figure, then
 * a sentence of its own before any next marker.
 */
function sectionTitled(text: string): boolean {
  const end = END.exec(text);
  if (!end || [...text.slice(0, end.index + 1)].length > MAX_HEADING || /\d/.test(text.slice(0, end.index))) return false;
  return END.test(text.slice(end.index + 1).split(/[（(][一二三四五六七八九十]{1,3}[）)]/)[0]!);
}

/**
 * Whether a run numbered `1.` on consecutive lines, once the body has shown such a run of sections elsewhere, is one
 * too: each item opens with a title sentence with no figure and goes on for a sentence or more, and their texts run long
 * on average, as sections do (Zhangye 2014: `1.强化规划引导作用。健全完善…` then `2.完善城市基础设施。开工建设总投资39.8亿元的
 * 城镇化项目93项。…`, a short text with figures, beside the sections `1.加快大景区建设。…` of the part's first section). A
 * list's tasks (`1、实施就业工程。新增城镇就业5万人。`) are short.
 */
function titledRun(first: SourceLine, rest: readonly SourceLine[]): boolean {
  const run = [first, ...rest];
  if (rest.length === 0 || run.some((x) => x.listItem || !titledSection(x.text, "continued"))) return false;
  return run.reduce((n, x) => n + [...sectionBody(x.text)!].length, 0) / run.length >= MIN_SECTION_TEXT;
}

/**
 * Whether the run numbered `1.` that opens at `i` holds, further on, a title set alone on its line with text of its own
 * under it: no sentence end, no figure, a heading's length, the next line no numbered item (Changde 2021:
 * `5．坚持建设精致城市，提升城镇集聚和承载能力` then `强化规划引领。…`, after `1．坚持优化产业生态，培育先进制造业新优势。对标全省
 * 打造…。` to `4．…`, each with paragraphs of its own under it). Its items are sections, so are the ones run on into their
 * text. The run ends at a numbered line of a higher rank (`（一）`, `一、`), a break in its numbering or an appendix.
 */
function runHoldsStandingTitle(lines: readonly SourceLine[], i: number, markerAt: (l: SourceLine) => { family: string; n: number } | null): boolean {
  let n = 1;
  for (let j = i + 1; j < lines.length; j++) {
    const x = lines[j]!;
    if (isAppendix(x.text)) return false;
    const m = markerAt(x);
    if (m === null) continue;
    if (m.family !== "num") {
      if ((RANK[m.family] ?? 0) < RANK.num!) return false;
      continue;
    }
    if (m.n !== n + 1 || x.listItem) return false;
    n = m.n;
    const title = asciiDigits(x.text).replace(/^\d{1,2} ?[.．、]\s*/, "").trim();
    const after = lines[j + 1];
    if (title !== "" && !END.test(title) && !/[，,；;：:、]$/.test(title) && [...title].length <= MAX_HEADING && !/\d/.test(title.replace(NAMING_NUMBERS, "")) && after !== undefined && markerAt(after) === null) return true;
  }
  return false;
}

/** The items numbered `2.`, `3.`, … on the lines right after the `1.` item at `i`, up to the first line that is none. */
function adjacentRun(lines: readonly SourceLine[], i: number, markerAt: (l: SourceLine) => { family: string; n: number } | null): SourceLine[] {
  const run: SourceLine[] = [];
  for (let j = i + 1; j < lines.length; j++) {
    const m = markerAt(lines[j]!);
    if (m?.family !== "num" || m.n !== run.length + 2) break;
    run.push(lines[j]!);
  }
  return run;
}

/** Whether a run-on section's text is a title alone at the end of its line: no full stop or semicolon, a heading's length. */
function titleTail(rest: string): boolean {
  return !END.test(rest) && !/[；;：:]/.test(rest) && [...rest].length <= MAX_HEADING;
}

/** Whether a line ends on a `（n）` section title run on after its last sentence (`…更便利。（二）培育壮大经济新动能`). */
function endsOnTitle(text: string, n: number): boolean {
  const m = /[。！？][”’]?[ \u3000]?[（(]([一二三四五六七八九十]{1,3})[）)]([^（(]*)$/.exec(text);
  return m !== null && m[1] === numeral(n) && titleTail(m[2]!) && [...m[2]!].length > 0;
}

/** Whether a `（一）` or `一、` heading numbered `n` continues a run open at some level (`（三）` before `（四）`). */
/**
 * Whether a `（一）` opens a run of sections each run on into its paragraph with no full stop near (Liuzhou 2014:
 * `（一）积极开展改革创新突破年活动，奋力开创柳州改革开放新局面深入贯彻落实…` then `（二）坚持创新驱动、转型升级，努力打造
 * 柳州工业经济升级版围绕开展…`): the next numbered line is its `（二）`, run on the same way, its title too ending at a comma
 * within a heading's length, or a title alone on its line with no full stop (below). A `（一）` whose `（二）` is a short
 * item, or a title sentence (`（二）加快发展社会事业。`), opens no such run.
 */
function opensRunOn(lines: readonly SourceLine[], i: number, family: string, n: number, markerAt: (l: SourceLine) => { family: string; n: number } | null): boolean {
  if (family !== "cn-paren" || n !== 1) return false;
  const next = lines.slice(i + 1).find((x) => markerAt(x) !== null);
  const m = next ? markerAt(next) : null;
  if (!next || m?.family !== family || m.n !== 2) return false;
  const end = END.exec(next.text);
  const comma = /[，；]/.exec(next.text);
  if ([...next.text.slice(0, end ? end.index + 1 : next.text.length)].length > MAX_HEADING && comma !== null && [...next.text.slice(0, comma.index + 1)].length <= MAX_HEADING) return true;
  // Or a title standing alone on its line, the run's other titles set so (Jiangxi 2009: `（一）以更加扎实的措施抓好工业，为实现
  // 经济平稳较快发展提供强有力支撑没有工业经济的平稳较快发展，…。` then `（二）大力推进农村改革发展，为实现经济平稳较快发展打牢坚实基础`):
  // the first title lost the break after it, no mark ending it.
  // An item of a list ends on its full stop or semicolon (`（二）新增就业5万人。`): no such title.
  return end === null && !/[；;]$/.test(next.text) && [...next.text].length <= MAX_HEADING;
}

/**
 * The first title of a run (`一、`, `（一）`) whose next numbered line is its second, set alone on its line as a title: no
 * sentence end in it, no mark of a clause left open at its end, and no longer than such a title.
 */
function opensStandingRun(lines: readonly SourceLine[], i: number, family: string, n: number, markerAt: (l: SourceLine) => { family: string; n: number } | null, stopped = false): boolean {
  if ((family !== "cn" && family !== "cn-paren") || n !== 1) return false;
  const next = lines.slice(i + 1).find((x) => markerAt(x) !== null);
  const m = next ? markerAt(next) : null;
  if (!next || m?.family !== family || m.n !== 2) return false;
  const text = next.text.trim();
  // In a report whose titles end on a full stop (`stopped`, see `standingTitle`), a second title of one sentence is set
  // so too, when the first has a text of its own before it: items one to a line, each a sentence, are a list.
  if (stopped && text.endsWith("。") && lines[i + 1] === next) return false;
  const title = stopped ? text.replace(/。$/, "") : text;
  return !END.test(title) && !/[，,；;：:、]$/.test(title) && [...text].length <= MAX_STANDING_HEADING;
}

/**
 * A section title set alone on its line: no sentence end in it, no mark of a clause left open at its end (`，`, `；`, `：`,
 * `、`), and at least two clauses, as the run's titles of this kind are (`…走在前作表率，统筹建好“两个生态”、…纵深推进`).
 * In a report whose last title of the family stood alone on its line, ended by a full stop (`stopped`: `五、更加重视知识和
 * 知识分子的作用，…素质。`),
 * a title of one sentence whole on its line, its full stop ending it, is set so too (State Council 1984, a PDF copy:
 * `一、维护世界和平是我国对外政策的主要目标，我们要坚持不懈地为缓和国际紧张局势、…防止世界战争而努力。`, 63 characters, its
 * text on the next line, `二、…` and `三、…` after it set the same way). Elsewhere such a line is a title run on into the
 * sentence of its text (`（一）坚持提消费扩投资“双轮驱动”，打造经济增长强引擎牢牢把握扩大内需这个战略基点，…。`, Nanning 2025).
 */
function standingTitle(text: string, stopped = false): boolean {
  const len = [...text].length;
  const title = stopped ? text.replace(/。$/, "") : text;
  return len > MAX_HEADING && len <= MAX_STANDING_HEADING && !END.test(title) && !/[，,；;：:、]$/.test(title) && /[，,]/.test(title);
}

function continuesRun(stack: readonly Level[], family: string, n: number): boolean {
  return (family === "cn" || family === "cn-paren") && n > 1 && stack.some((s) => s.family === family && s.last + 1 === n);
}

/**
 * Find the depth of a numbered heading. The deepest open level of the same family that this ordinal
 * continues wins; an ordinal 1 opens a new level below the current one. Depth 2 is the outermost.
 */
/** How the numbering families rank, highest first: `一、` above `（一）` above `1.` above `（1）`; `第一，` paragraphs below all. */
const RANK: Record<string, number> = { cn: 0, "cn-paren": 1, num: 2, "num-paren": 3, ordinal: 4 };

function placeMarker(stack: Level[], family: string, n: number, onJump: (expected: string) => void): number {
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i]!.family === family && stack[i]!.last + 1 === n) {
      stack.length = i + 1;
      stack[i]!.last = n;
      return i + 2;
    }
  }
  if (n === 1) {
    // A run of `（一）` or `一、` does not nest inside a `第一，` paragraph: ordinals number the paragraphs of a section
    // and rank below both (Jilin 2005: `第一，…第五，` principles, then `（一）…（八）` tasks, all in part 二).
    if (family === "cn" || family === "cn-paren") {
      while (stack.length > 1 && stack.at(-1)!.family === "ordinal") stack.pop();
    }
    // A family open below the outermost level, after a run of several items, starts a new run at its own depth
    // (Guyuan 2016: 一、…五、 of the review, then 一、…五、 of the five-year aims), not a run nested in itself.
    const open = stack.map((s) => s.family).lastIndexOf(family);
    // So does a run of `（一）` that is itself the outermost level, the report having no parts above it (Changsha 2004: the
    // review's `（一）…（六）`, then the plan's `（一）…（八）`; a web copy's `（一）` given twice): a `（一）` never nests in a `（一）`.
    if (open === 0 && family === "cn-paren") {
      stack.length = 1;
      stack[0]!.last = 1;
      return 2;
    }
    if (open > 0 && stack[open]!.last > 1) {
      stack.length = open + 1;
      stack[open]!.last = 1;
      return open + 2;
    }
    // Otherwise a new sequence nests below the current level, even when its family is open higher up
    // (Zhongwei's 一、 inside part 二、).
    stack.push({ family, last: 1 });
    return stack.length + 1;
  }
  const same = stack.map((s) => s.family).lastIndexOf(family);
  onJump(same === -1 ? "a first item 1" : String(stack[same]!.last + 1));
  if (same === -1) {
    // A later item of a higher rank (`三、…` after `（二）…`, its own run's first items lost or unmarked) closes the
    // runs of lower rank open above it rather than nesting inside them.
    const rank = RANK[family];
    if (rank !== undefined) while (stack.length > 0 && (RANK[stack.at(-1)!.family] ?? -1) > rank) stack.pop();
    stack.push({ family, last: n });
    return stack.length + 1;
  }
  stack.length = same + 1;
  stack[same]!.last = n;
  return same + 2;
}
