import type { ParagraphInfo, ReportDocument } from "../report/document.ts";
import { PARTS, type Part } from "./parts.ts";
import type { StoredFigure } from "../schema/figure.ts";
import type { Topic, TopicList } from "../schema/topic.ts";
import type { ReportMeta } from "../schema/report.ts";
import { assignTopics, type TopicAssignment } from "./assign.ts";
import { keyFigures, topicOfFigure, type CategoryOf } from "./figures.ts";

/** A report to compare: its document and its figure records. */
export interface ComparedReport {
  doc: ReportDocument;
  figures: readonly StoredFigure[];
}

/** The paragraphs of one report, one topic and one part. */
export interface PartCell {
  /** Review, five-year outlook, the year's plan, or null for the opening words. */
  part: Part | null;
  /** Paragraphs whose primary topic this is, in document order. */
  primary: ParagraphInfo[];
  /** Paragraphs that also speak to this topic (shown elsewhere in full). */
  secondary: ParagraphInfo[];
}

/** One report's column in a topic. */
export interface ReportColumn {
  meta: ReportMeta;
  /** Key figures of the topic: indicators every report has first, then other vocabulary indicators. */
  figures: StoredFigure[];
  /** All figures of the report that fall under the topic. */
  figureCount: number;
  cells: PartCell[];
}

/** One topic with a column per report. */
export interface TopicComparison {
  topic: Topic;
  /** Whether this is the bucket of framing paragraphs. */
  isOther: boolean;
  columns: ReportColumn[];
}

/** Options of {@link compareByTopic}. */
export interface CompareOptions {
  /** How many key figures a topic shows per report. */
  figureLimit?: number;
  /** The metric category of an indicator, to place figures by category first. */
  categoryOf?: CategoryOf;
}

/** Whether a part is always shown: the review and the plan are; the outlook and the opening words only where some report of the comparison has them. */
const ALWAYS: ReadonlySet<Part | null> = new Set<Part | null>(["review", "plan"]);

/**
 * Lay the reports side by side by topic: every body paragraph of every report under its primary topic
 * (framing paragraphs under `other`, shown last), split by part (the same rows in every column: the
 * opening words where a topic holds any, review, the five-year outlook where any report of the comparison
 * has one, plan), with the secondary mentions and the topic's key figures. Nothing is dropped: each body
 * paragraph is in exactly one `primary` list.
 */
export function compareByTopic(
  reports: readonly ComparedReport[],
  list: TopicList,
  options: CompareOptions = {},
): TopicComparison[] {
  const assigned = reports.map((r) => ({ r, layout: layoutOf(r, list, options.categoryOf) }));
  const hasOutlook = assigned.some(({ layout }) => layout.assignments.some((a) => a.part === "outlook"));
  const all = [...list.topics, list.other];
  return all.map((topic, t) => {
    const columns = assigned.map(({ r, layout }): ReportColumn => {
      const { cells, figures } = layout.topics[t]!;
      return { meta: r.doc.meta, figures, figureCount: figures.length, cells };
    });
    const metricSets = columns.map((c) => new Set(c.figures.map((f) => f.metric)));
    const shared = new Set(
      [...(metricSets[0] ?? [])].filter((m): m is string => !!m && metricSets.every((s) => s.has(m))),
    );
    for (const c of columns) c.figures = keyFigures(c.figures, options.figureLimit, shared);
    const opening = columns.some((c) => c.cells.some((cell) => cell.part === null && cell.primary.length > 0));
    const parts = ([null, ...PARTS] as (Part | null)[]).filter(
      (p) => ALWAYS.has(p) || (p === null ? opening : p === "outlook" && hasOutlook),
    );
    for (const c of columns)
      c.cells = parts.map((p) => {
        const cell = c.cells.find((here) => here.part === p);
        return { part: p, primary: [...(cell?.primary ?? [])], secondary: [...(cell?.secondary ?? [])] };
      });
    return { topic, isOther: topic.id === list.other.id, columns };
  });
}

/** What one report contributes to any comparison: its assignments, and per topic (in the order of the list, `other` last) its cells by part and its figures. */
interface ReportLayout {
  assignments: TopicAssignment[];
  topics: { cells: PartCell[]; figures: StoredFigure[] }[];
}

/**
 * Layouts computed so far, by report, topic list and category lookup: a report is laid out once per build
 * however many pairs it is in. An entry holds only while the report keeps its document and figures.
 * Layouts are shared: {@link compareByTopic} copies what it changes.
 */
const layouts = new WeakMap<
  ComparedReport,
  { doc: ReportDocument; figures: readonly StoredFigure[]; byList: WeakMap<TopicList, Map<CategoryOf | undefined, ReportLayout>> }
>();

function layoutOf(r: ComparedReport, list: TopicList, categoryOf: CategoryOf | undefined): ReportLayout {
  let entry = layouts.get(r);
  if (!entry || entry.doc !== r.doc || entry.figures !== r.figures) {
    entry = { doc: r.doc, figures: r.figures, byList: new WeakMap() };
    layouts.set(r, entry);
  }
  let byCategory = entry.byList.get(list);
  if (!byCategory) entry.byList.set(list, (byCategory = new Map()));
  let layout = byCategory.get(categoryOf);
  if (!layout) byCategory.set(categoryOf, (layout = layOut(r, list, categoryOf)));
  return layout;
}

function layOut(r: ComparedReport, list: TopicList, categoryOf: CategoryOf | undefined): ReportLayout {
  const assignments = assignTopics(r.doc, list);
  const byId = new Map(r.doc.paragraphs.map((p) => [p.id, p]));
  const primaryOf = new Map(assignments.map((a) => [a.paragraph, a.primary]));
  const figureTopics = r.figures.map((f) => topicOfFigure(f, list, (p) => primaryOf.get(p), categoryOf));
  const topics = [...list.topics, list.other].map((topic) => {
    const cells = ([null, ...PARTS] as (Part | null)[]).map((part) => {
      const here = assignments.filter((a) => a.part === part);
      return {
        part,
        primary: here.filter((a) => a.primary === topic.id).map((a) => byId.get(a.paragraph)!),
        secondary: here.filter((a) => a.secondary.includes(topic.id)).map((a) => byId.get(a.paragraph)!),
      };
    });
    return { cells, figures: r.figures.filter((_, i) => figureTopics[i] === topic.id) };
  });
  return { assignments, topics };
}
