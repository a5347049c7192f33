import type { Heading, Paragraph, Root } from "mdast";
import { toString } from "mdast-util-to-string";
import { parse as parseYaml } from "yaml";
import { reportMetaSchema, type ReportMeta } from "../schema/report.ts";
import { parseMarkdown } from "../markdown/processor.ts";

/** Which part of the report a paragraph belongs to: the review of the past year or the plan for the new one. */
export type Period = "review" | "plan" | null;

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

/** The period a part heading opens: `一、2019年工作回顾` → review; a later part → plan. */
function periodOfPart(text: string, year: number, seenReview: boolean): Period {
  if (/回顾/.test(text) || new RegExp(`${year - 1}年.*(工作|成绩)`).test(text)) return "review";
  return seenReview ? "plan" : null;
}

/** The front matter of a report's tree, validated. */
function metaOf(tree: Root): ReportMeta {
  const yaml = tree.children.find((n) => n.type === "yaml");
  if (!yaml || yaml.type !== "yaml") throw new Error("report Markdown has no front matter");
  return reportMetaSchema.parse(parseYaml(yaml.value));
}

/** A report from a content collection entry (Astro strips the front matter from `body` and validates it as `data`). */
export function documentFromEntry(entry: { body?: string | undefined; data: ReportMeta }): ReportDocument {
  return readDocument(parseMarkdown(entry.body ?? ""), entry.data);
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
  let seenReview = false;

  const addParagraph = (p: Paragraph, kind: ParagraphInfo["kind"]) => {
    const n = paragraphs.length + 1;
    const first = p.children[0];
    const lead = kind !== "glossary" && first?.type === "strong" ? toString(first) : null;
    const info: ParagraphInfo = { id: `p-${n}`, n, text: toString(p), lead, kind, headings: [...open], period };
    paragraphs.push(info);
    paragraphIds.set(p, info.id);
  };

  for (const node of tree.children) {
    if (node.type === "heading") {
      if (node.depth === 1) continue;
      const level = node.depth - 2;
      counters.length = level + 1;
      counters[level] = (counters[level] ?? 0) + 1;
      for (let i = 0; i < level; i++) counters[i] ??= 0;
      const text = toString(node);
      const appendix = /^附/.test(text) && level === 0;
      const info: HeadingInfo = { id: `s-${counters.join("-")}`, depth: node.depth, text, appendix };
      headings.push(info);
      headingIds.set(node, info.id);
      open = [...open.filter((h) => h.depth < node.depth), info];
      if (level === 0) {
        period = appendix ? null : periodOfPart(text, meta.year, seenReview);
        if (period === "review") seenReview = true;
      }
    } else if (node.type === "paragraph") {
      addParagraph(node, "paragraph");
    } else if (node.type === "list") {
      for (const li of node.children) {
        for (const child of li.children) if (child.type === "paragraph") addParagraph(child, node.ordered ? "glossary" : "enumeration");
      }
    }
  }
  return { meta, tree, headings, paragraphs, paragraphIds, headingIds };
}
