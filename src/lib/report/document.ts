import { isAppendix } from "../parse/appendix.ts";
import type { Heading, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { parse as parseYaml } from "yaml";
import { reportMetaSchema, type ReportMeta } from "../schema/report.ts";
import { copyTree } from "../markdown/copy-tree.ts";
import { parseMarkdown } from "../markdown/processor.ts";
import { AUTHORITY } from "../figures/authority.ts";
import { openingPlan, openingReview, openingSignal, partSignal, partTitle, reviewsFinishedPlan, tellsWhatIsFaced, termLookedBack } from "../figures/parts.ts";
import { markerOf } from "../parse/markers.ts";
import { asciiDigits } from "../text/hygiene.ts";
import { headingTurnsTo, joinedSignals, turnsTo } from "./joined-parts.ts";

/**
 * Which part of the report a paragraph belongs to: the review of the past year(s), the five-year outlook
 * (`“十四五”…`, `今后五年`, `远景目标`), the plan year's work, or none (opening words, appendix).
 */
export type Period = "review" | "outlook" | "plan" | null;

/** A heading of the body with its stable id. */
export interface HeadingInfo {
  /** Element id: `s-<n>` for a part, `s-<n>-<m>` below it, counted in document order. */
  id: string;
  depth: number;
  text: string;
  appendix: boolean;
}

/** A paragraph of the body with its stable id and context. */
export interface ParagraphInfo {
  /** Element id `p-<n>`: paragraphs counted from 1 in document order. */
  id: string;
  /** Index (1-based) of the paragraph in document order. */
  n: number;
  /** Plain text of the paragraph. */
  text: string;
  /** The lead (topic) sentence, when the paragraph opens with one. */
  lead: string | null;
  /** `paragraph`, an enumeration item (`一是…`) or a glossary entry of the appendix. */
  kind: "paragraph" | "enumeration" | "glossary";
  /** A glossary entry's number as the appendix writes it: its place in its ordered list, counted from the list's start. */
  item?: number;
  /** The headings above it, outermost first. */
  headings: HeadingInfo[];
  period: Period;
}

/** A report read back from its generated Markdown. */
export interface ReportDocument {
  meta: ReportMeta;
  tree: Root;
  headings: HeadingInfo[];
  paragraphs: ParagraphInfo[];
  /** Paragraph id of each paragraph node, for renderers. */
  paragraphIds: Map<Paragraph, string>;
  /** Heading id of each heading node (the title excluded). */
  headingIds: Map<Heading, string>;
}

const ORDER: Period[] = [null, "review", "outlook", "plan"];

/**
 * The period a part heading opens, from its words (never from fixed years): `一、2019年工作回顾` → review,
 * `二、“十四五”时期的目标任务` → outlook, `三、2021年重点工作` → plan. A heading that says none of these keeps the
 * period of a sub-heading run (`（一）…`), starts nothing before the review, and is plan work after it
 * (`三、加强政府自身建设`); right after the review, `pending` asks for its opening sentence to be read.
 */
function periodOfPart(text: string, year: number, current: Period, planLater = false): { period: Period; pending: boolean } {
  const signal = partSignal(text, year);
  // A heading of the outlook's words (`开启…新征程`) may open the plan year's part: its opening sentence tells.
  if (signal) return { period: signal, pending: signal === "outlook" };
  if (/^(?:\*\*)?[（(㈠-㈩⑴-⒇]/.test(text)) return { period: current, pending: false };
  if (current === null && termLookedBack(text)) return { period: "review", pending: false };
  // After the outlook, a part that names no time is still the five years' tasks when a later paragraph opens on the plan
  // year and sets its main targets (Ningbo 2012: `二、今后五年发展目标`, `三、加快推进结构调整和转型升级` … `八、努力建设
  // 人民满意的政府`, and in it `各位代表，2012年是…建议今年我市经济社会的发展目标为:…`): that paragraph turns to the plan.
  if (current === "outlook" && planLater) return { period: "outlook", pending: false };
  // Before any period, its opening sentence may look back (`一、向…宏伟目标阔步前进的五年` opening `…到这次大会，已经过去五年`).
  return { period: current === null ? null : "plan", pending: current === "review" || current === null };
}

/**
 * The top-level nodes (indices into `children`) that may open an unheaded part: the paragraphs between the last
 * heading before a restarted run of sections and that run. A run restarts where a section numbered 1 follows, at the
 * same depth, a section of the same numbering family numbered higher (Guyuan 2016: the review's 一、…五、, then
 * `“十三五”时期是…` and the five-year aims' 一、…五、 at the same depth): the text between the runs turns to another
 * part of the report somewhere, and its first paragraph that opens with that part's time says where.
 */
function restartLeads(children: Root["children"]): Set<number> {
  const leads = new Set<number>();
  const lastAt = new Map<number, { family: string; n: number }>();
  let previous = -1;
  children.forEach((node, i) => {
    if (node.type !== "heading" || node.depth === 1) return;
    const marker = markerOf(toString(node));
    const before = lastAt.get(node.depth);
    if (marker?.n === 1 && node.depth > 2 && before?.family === marker.family && before.n > 1) {
      for (let j = previous + 1; j < i; j++) leads.add(j);
    }
    for (const depth of [...lastAt.keys()]) if (depth > node.depth) lastAt.delete(depth);
    if (marker) lastAt.set(node.depth, { family: marker.family, n: marker.n });
    else lastAt.delete(node.depth);
    previous = i;
  });
  return leads;
}

/** The front matter of a report's tree, validated. */
function metaOf(tree: Root): ReportMeta {
  const yaml = tree.children.find((n) => n.type === "yaml");
  if (!yaml || yaml.type !== "yaml") throw new Error("report Markdown has no front matter");
  return reportMetaSchema.parse(parseYaml(yaml.value));
}

/**
 * Parsed report bodies of this process, by their text. A build reads every report many times (reader, search
 * shards, glossary, comparison): the Markdown is parsed once and each caller gets its own copy of the tree,
 * since renderers change the tree they are given. Bounded, oldest out first, for a long-running dev server.
 */
const parsedBodies = new Map<string, Root>();
const PARSED_BODIES_MAX = 2000;

/** A report body's parsed tree, shared: callers copy it before changing it. */
function parsedTree(body: string): Root {
  let tree = parsedBodies.get(body);
  if (!tree) {
    tree = parseMarkdown(body);
    parsedBodies.set(body, tree);
    if (parsedBodies.size > PARSED_BODIES_MAX) parsedBodies.delete(parsedBodies.keys().next().value!);
  }
  return tree;
}

/** A report from a content collection entry (Astro strips the front matter from `body` and validates it as `data`). */
export function documentFromEntry(entry: { body: string; data: ReportMeta }): ReportDocument {
  return readDocument(copyTree(parsedTree(entry.body)), entry.data);
}

/** Read-only documents of this process, by report id (see {@link sharedDocument}). */
const sharedDocs = new Map<string, { body: string; meta: string; doc: WeakRef<ReportDocument> }>();

/**
 * A report's document shared by every caller of this process that only reads it: topic assignment, search
 * shards, the glossary, citations, comparison pages (whose paragraph renderer copies each paragraph it changes).
 * One document per report while any caller holds it, instead of one copy of the tree per caller; once no
 * caller holds it, the collector may take it and the next caller makes it again. A renderer that changes the
 * tree takes its own copy from {@link documentFromEntry}.
 */
export function sharedDocument(entry: { body: string; data: ReportMeta }): ReportDocument {
  const body = entry.body;
  const meta = JSON.stringify(entry.data);
  const known = sharedDocs.get(entry.data.id);
  const kept = known && known.body === body && known.meta === meta ? known.doc.deref() : undefined;
  if (kept) return kept;
  // Reading a tree leaves it unchanged, so the shared document reads the parsed tree itself, not a copy.
  const doc = readDocument(parsedTree(body), entry.data);
  sharedDocs.set(entry.data.id, { body, meta, doc: new WeakRef(doc) });
  return doc;
}

/**
 * Walk a report's mdast tree once, assigning every heading and paragraph its id in document order.
 * This is the single definition of the ids the reader, the figures and the search link to. The front
 * matter comes from the tree's YAML node, or from `knownMeta` when the caller has it already.
 */
export function readDocument(tree: Root, knownMeta?: ReportMeta): ReportDocument {
  const meta = knownMeta ?? metaOf(tree);
  const headings: HeadingInfo[] = [];
  const paragraphs: ParagraphInfo[] = [];
  const paragraphIds = new Map<Paragraph, string>();
  const headingIds = new Map<Heading, string>();
  const counters: number[] = [];
  let open: HeadingInfo[] = [];
  let period: Period = null;
  let pending = false;
  // The periods a part whose heading joins several (`“十四五”时期发展成就和“十五五”时期主要目标任务`) has still to turn to.
  let turns: Period[] = [];
  // Set once a part title reached the document as a paragraph: its headings are then sections, not parts.
  let titled = false;
  // The depth of a section of the outlook that looks back on the plan just finished, while it is open: its paragraphs
  // are the review's, and the next section at its depth or above returns to the outlook.
  let lookingBack: number | null = null;
  /** Set at the heading of each section, until its first paragraph is read. */
  let underLook = false;
  const leads = restartLeads(tree.children);
  /**
   * The node of the last paragraph that opens on the plan year and sets its main targets (see periodOfPart), or -1: its
   * first sentence says what the year is (`2012年是“十二五”时期承上启下的重要一年`, the plan named as what the year is in).
   */
  const opensOnYear = new RegExp(`^(?:各位代表[，,！!：:]?)?(?:${meta.year}年|今年)是`);
  const setsPlanTargets = (text: string) => AUTHORITY.test(text) && (openingPlan(text, meta.year) !== null || opensOnYear.test(text));
  const planTurn = tree.children.findLastIndex((n) => n.type === "paragraph" && setsPlanTargets(asciiDigits(toString(n))));
  /**
   * The node of the first paragraph that sums up the year before the plan year as what it was (`各位代表，２００３年是我市改革
   * 开放取得新的进展…的一年`, Changsha 2004), or -1. A report whose review has no part heading of its own (its sections
   * `（一）结构调整取得显著成效…` … `（六）…` open the body) tells that year in the sections before it: they are the review,
   * and the first paragraph after it that opens on the plan year (`今年政府工作的总体要求是：…`) turns the text to the plan.
   */
  const closesReview = new RegExp(`^(?:各位代表[，,！!：:]?)?(?:${meta.year - 1}年|去年|过去的?一年)[，,]?是[^。！？]*的一年`);
  const reviewClose = tree.children.findIndex((n) => n.type === "paragraph" && closesReview.test(asciiDigits(toString(n))));
  const opensOnPlanYear = new RegExp(`^(?:各位代表[，,！!：:]?)?(?:${meta.year}年|今年)`);
  /** Set while the review is the one {@link reviewClose} tells of: the text has still to turn to the plan. */
  let unheadedReview = false;
  /** The index in `children` of the node being read. */
  let nodeAt = -1;
  /** The node being read, when it may open an unheaded part (restartLeads). */
  let betweenRuns = false;
  /** Set once a paragraph before any period opened on the plan year (`2014年是全面深化改革的开局之年`): the text has turned to it. */
  let planOpened = false;
  /** The depth of an appendix's heading that titles how last year's list went (see below), while it is open. */
  let listDone: number | null = null;

  const addParagraph = (p: Paragraph, kind: ParagraphInfo["kind"], item?: number) => {
    const n = paragraphs.length + 1;
    const first = p.children[0];
    const lead = kind !== "glossary" && first?.type === "strong" ? toString(first) : null;
    const text = toString(p);
    if (kind === "paragraph" && !open.some((h) => h.appendix)) {
      // A part title the structure left as a paragraph moves the period forward, never back.
      // Years are read in ASCII digits: a report may write them full-width (`２０２０年`).
      const title = partTitle(asciiDigits(text), meta.year);
      if (title && ORDER.indexOf(title) > ORDER.indexOf(period)) [period, titled] = [title, true];
      else if (pending && period === "outlook") period = openingPlan(asciiDigits(text), meta.year) ?? period;
      else if (pending && period === null) period = openingReview(asciiDigits(text), meta.year) ?? period;
      else if (pending) period = openingSignal(asciiDigits(text), meta.year) ?? period;
      else if (betweenRuns && !(lookingBack !== null && underLook)) {
        // Between two runs of sections: the first paragraph that opens with a later part's time opens that part. Not the
        // first paragraph of a section that looks back or tells what the place faces, which tells what its heading announces
        // (`（六）困难压力来自政府债务风险持续增加。` over `未来5年全州地方政府债券到期还本付息压力巨大`, Dali 2022): a later
        // one does (`今后五年政府工作的总体要求是：…`).
        const opening = openingSignal(asciiDigits(text), meta.year) ?? openingPlan(asciiDigits(text), meta.year);
        if (opening && ORDER.indexOf(opening) > ORDER.indexOf(period)) period = opening;
      } else if (period === "outlook" && open.length >= 1 && setsPlanTargets(asciiDigits(text))) {
        // Later in an outlook part, a paragraph that opens on the plan year and sets its main targets turns the part to
        // it (`二、今后五年及明年目标任务` … `2022年是新一届政府履职赶考的开局之年。…主要预期目标是：…`), under the part or
        // after the last of the five-year sections it follows (`第五，努力促进民生改善。…` then `2007年，是…重要一年。经济
        // 社会发展主要预期目标是：…`, the plan year's sections `（一）…` after it).
        period = "plan";
      }
    }
    // Before any period, a paragraph that opens on the plan year turns the unheaded text to it (Liangshan 2014 tells the
    // past year without a part heading, then `2014年是全面深化改革的开局之年…` and its parts `一、坚定不移推进转型升级…`).
    if (period === null && kind === "paragraph" && !planOpened && /^(?:各位|今年|[0-9０-９]{4})/.test(text)) planOpened = openingPlan(asciiDigits(text), meta.year) !== null;
    if (unheadedReview && kind === "paragraph" && nodeAt > reviewClose && opensOnPlanYear.test(asciiDigits(text))) [period, unheadedReview] = ["plan", false];
    pending = false;
    underLook = false;
    // A paragraph right under a part that joins periods may turn it to the next (`根据…规划的建议，我们编制了“十五五”规划纲要`).
    const turn = kind === "paragraph" && open.length === 1 ? turns.findIndex((t) => t && turnsTo(asciiDigits(text), meta.year, t)) : -1;
    if (turn >= 0) [period, turns] = [turns[turn]!, turns.slice(turn + 1)];
    const info: ParagraphInfo = { id: `p-${n}`, n, text, lead, kind, headings: [...open], period, ...(item === undefined ? {} : { item }) };
    paragraphs.push(info);
    paragraphIds.set(p, info.id);
  };

  for (const [i, node] of tree.children.entries()) {
    betweenRuns = leads.has(i);
    nodeAt = i;
    if (node.type === "heading") {
      if (node.depth === 1) continue;
      const level = node.depth - 2;
      counters.length = level + 1;
      counters[level] = (counters[level] ?? 0) + 1;
      for (let i = 0; i < level; i++) counters[i] ??= 0;
      const text = toString(node);
      const appendix = isAppendix(text) && level === 0;
      const info: HeadingInfo = { id: `s-${counters.join("-")}`, depth: node.depth, text, appendix };
      headings.push(info);
      headingIds.set(node, info.id);
      open = [...open.filter((h) => h.depth < node.depth), info];
      underLook = true;
      if (level === 0) [turns, lookingBack] = [[], null];
      else if (lookingBack !== null && level <= lookingBack) [period, lookingBack] = ["outlook", null];
      // An appendix that reports how last year's list went (`附件1:` then `2017年为民办实事完成情况`, Jinan 2018): its
      // figures are that year's results (`已完成281个小区`), not the plan year's targets, until a heading at its depth or
      // above (`附件2：` then `2018年为民办18件实事`).
      const done = (appendix || (level > 0 && open[0]!.appendix)) && partSignal(asciiDigits(text), meta.year) === "review";
      if (done) [period, pending, listDone] = ["review", false, level];
      else if (listDone !== null && level <= listDone) [period, listDone] = [null, null];
      if (appendix && level === 0) [period, pending] = [done ? "review" : null, false];
      else if (level === 0 && !titled) {
        ({ period, pending } = periodOfPart(asciiDigits(text), meta.year, period, planTurn > i));
        // After the text turned to the plan year, a part that names no time is the plan year's work, whatever its opening
        // sentence looks back on (`关于政府自身建设` opening `去年，我们严格执行中央“八项规定”…取得了良好成效`, then
        // `努力在转变职能上取得新突破。…减少行政审批事项150项以上`, Liangshan 2014).
        if (period === null && pending && planOpened) [period, pending] = ["plan", false];
        // Before the paragraph that sums up the past year, a part that names no time is that year's review (see reviewClose).
        if (period === null && reviewClose > i) [period, pending, unheadedReview] = ["review", false, true];
        // A heading that joins periods (`关于“十一五”规划纲要的简要说明及2006年主要任务`) opens the first of them.
        const joined = joinedSignals(asciiDigits(text), meta.year);
        if (joined) [period, pending, turns] = [joined[0]!, false, joined.slice(1)];
      } else if (level === 0) {
        // After a part title left as a paragraph, a part heading moves the period forward only when it reads as a part
        // title too (`关于“九五”计划的完成情况` a paragraph, `关于“十五”经济社会发展的目标任务和主要措施` a heading).
        const title = partTitle(asciiDigits(text), meta.year);
        if (title && ORDER.indexOf(title) > ORDER.indexOf(period)) [period, pending] = [title, false];
      } else if (turns.length > 0) {
        // So may a section heading that names the next period (`（二）2006年主要任务`).
        const turn = turns.findIndex((t) => t && headingTurnsTo(asciiDigits(text), meta.year, t));
        if (turn >= 0) [period, turns] = [turns[turn]!, turns.slice(turn + 1)];
      }
      // A section of the outlook that looks back on the plan just finished is the review's; so is one that tells what the
      // place faces (`（一）困难压力来自新冠肺炎疫情冲击严重。`, Dali 2022): its figures are where things stand
      // (`房地产开发土地购置面积同比下降42.1%`), results of the year before.
      if (level > 0 && period === "outlook" && (reviewsFinishedPlan(asciiDigits(text), meta.year) || tellsWhatIsFaced(text))) [period, lookingBack] = ["review", level];
    } else if (node.type === "paragraph") {
      addParagraph(node, "paragraph");
    } else if (node.type === "list") {
      for (const [k, li] of node.children.entries()) {
        const item = node.ordered ? (node.start ?? 1) + k : undefined;
        for (const child of li.children) if (child.type === "paragraph") addParagraph(child, node.ordered ? "glossary" : "enumeration", item);
      }
    }
  }
  return { meta, tree, headings, paragraphs, paragraphIds, headingIds };
}
