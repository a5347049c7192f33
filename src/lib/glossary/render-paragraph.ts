import type { ElementContent } from "hast";
import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import remarkRehype from "remark-rehype";
import type { ReportDocument } from "../report/document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import remarkGlossary from "../render/remark-glossary.ts";
import remarkShared from "./remark-shared.ts";
import { toHtml } from "../render/to-html.ts";
import { copyTree } from "../markdown/copy-tree.ts";

const NO_PHRASES: readonly string[] = [];

/** Options of {@link paragraphRenderer}. */
export interface ParagraphRenderOptions {
  /** Glossary entries of every report, linked where they occur. */
  glossary: readonly GlossaryEntry[];
  /** Phrases every compared report uses, found where they occur (see {@link RenderedParagraph.shared}). */
  shared?: readonly string[];
  /** Ids of glossary entries used by every report (their links get class `shared`). */
  sharedTerms?: ReadonlySet<string>;
  /** Link target of an entry (the glossary page of the page's language); by default `/glossary/#<id>`. */
  hrefOf?: (entry: GlossaryEntry) => string;
}

/** A paragraph rendered by {@link paragraphRenderer}. */
export interface RenderedParagraph {
  /** Its inline content as HTML, without the `<p>`. */
  html: string;
  /**
   * Where the shared phrases are, as [start, end) offsets in UTF-16 units of the paragraph's visible text: the
   * text of `html` outside the glossary tooltips (`.term-tip`). A page highlights them in the browser, so that
   * marking them adds no element to a page of hundreds of paragraphs.
   */
  shared: [number, number][];
}

/**
 * A renderer of single paragraphs of one report to HTML (their inline content, without the `<p>`): lead
 * sentence in `<strong>`, glossary terms linked with their definition, and where the shared phrases are.
 * Tooltip ids are prefixed with the report and paragraph id, so paragraphs of several reports can share a page.
 */
export function paragraphRenderer(
  doc: ReportDocument,
  options: ParagraphRenderOptions,
): (paragraphId: string) => RenderedParagraph {
  const nodes = new Map<string, Paragraph>([...doc.paragraphIds].map(([node, id]) => [id, node]));
  return (paragraphId) => {
    const node = nodes.get(paragraphId);
    if (!node)
      throw new Error(`${doc.meta.id} has no paragraph ${paragraphId}: ids run from p-1 to p-${doc.paragraphs.length}`);
    const processor = unified()
      .use(remarkGlossary, {
        entries: options.glossary,
        report: doc.meta.id,
        idPrefix: `${doc.meta.id}-${paragraphId}-`,
        ...(options.sharedTerms ? { shared: options.sharedTerms } : {}),
        ...(options.hrefOf ? { hrefOf: options.hrefOf } : {}),
      })
      .use(remarkShared, { phrases: options.shared ?? NO_PHRASES })
      .use(remarkRehype, { allowDangerousHtml: false });
    const root: Root = { type: "root", children: [{ type: "paragraph", children: copyTree(node.children) }] };
    const hast = processor.runSync(root);
    const p = hast.children.find((c) => c.type === "element");
    const children = p?.children ?? [];
    const shared: [number, number][] = [];
    liftMarks(children, shared, 0);
    return { html: toHtml({ type: "root", children }), shared };
  };
}

const classesOf = (node: ElementContent): unknown =>
  node.type === "element" ? node.properties["className"] : undefined;
const hasClass = (node: ElementContent, name: string) => {
  const c = classesOf(node);
  return Array.isArray(c) && c.includes(name);
};

/**
 * Replace each `<mark class="shared">` of `nodes` by its content, in place, and push its range in the visible
 * text (tooltips left out) to `ranges`; returns the offset after `nodes`.
 */
function liftMarks(nodes: ElementContent[], ranges: [number, number][], offset: number): number {
  for (let i = 0; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (node.type === "text") offset += node.value.length;
    else if (node.type !== "element" || hasClass(node, "term-tip")) continue;
    else if (node.tagName === "mark" && hasClass(node, "shared")) {
      const start = offset;
      offset = liftMarks(node.children, ranges, offset);
      ranges.push([start, offset]);
      nodes.splice(i, 1, ...node.children);
      i += node.children.length - 1;
    } else offset = liftMarks(node.children, ranges, offset);
  }
  return offset;
}
