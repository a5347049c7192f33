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
  /** Phrases every compared report uses, marked where they occur. */
  shared?: readonly string[];
  /** Ids of glossary entries used by every report (their links get class `shared`). */
  sharedTerms?: ReadonlySet<string>;
  /** Link target of an entry (the glossary page of the page's language); by default `/glossary/#<id>`. */
  hrefOf?: (entry: GlossaryEntry) => string;
}

/**
 * A renderer of single paragraphs of one report to HTML (their inline content, without the `<p>`): lead
 * sentence in `<strong>`, glossary terms linked with their definition, shared phrases marked. Tooltip ids
 * are prefixed with the report and paragraph id, so paragraphs of several reports can share a page.
 */
export function paragraphRenderer(
  doc: ReportDocument,
  options: ParagraphRenderOptions,
): (paragraphId: string) => string {
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
    return toHtml({ type: "root", children: p?.children ?? [] });
  };
}
