import type { Element, ElementContent } from "hast";
import type { Paragraph, Root } from "mdast";
import { unified } from "unified";
import remarkRehype from "remark-rehype";
import type { ReportDocument } from "../report/document.ts";
import type { GlossaryEntry } from "../schema/glossary.ts";
import remarkGlossary from "../render/remark-glossary.ts";
import { plainPhraseFinder, type PhraseMatch } from "./match.ts";
import { toHtml } from "../render/to-html.ts";
import { copyTree } from "../markdown/copy-tree.ts";
import { familyOf } from "../schema/glossary.ts";

/** The finder of a list of phrases, made once per list: a comparison renders each report's paragraphs with the same list. */
const finders = new WeakMap<readonly string[], (text: string) => PhraseMatch<string>[]>();
function finderOf(phrases: readonly string[]): (text: string) => PhraseMatch<string>[] {
  let find = finders.get(phrases);
  if (!find) finders.set(phrases, (find = plainPhraseFinder(phrases)));
  return find;
}

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
  const findShared = options.shared?.length ? finderOf(options.shared) : undefined;
  return (paragraphId) => {
    const node = nodes.get(paragraphId);
    if (!node)
      throw new Error(`${doc.meta.id} has no paragraph ${paragraphId}: ids run from p-1 to p-${doc.paragraphs.length}`);
    const processor = unified()
      .use(remarkGlossary, {
        entries: options.glossary,
        report: doc.meta.id,
        family: familyOf(doc.meta),
        idPrefix: `${doc.meta.id}-${paragraphId}-`,
        ...(options.sharedTerms ? { shared: options.sharedTerms } : {}),
        ...(options.hrefOf ? { hrefOf: options.hrefOf } : {}),
      })
      .use(remarkRehype, { allowDangerousHtml: false });
    const root: Root = { type: "root", children: [{ type: "paragraph", children: copyTree(node.children) }] };
    const hast = processor.runSync(root);
    const p = hast.children.find((c) => c.type === "element");
    const children = p?.children ?? [];
    const shared = findShared ? findShared(visibleText(children)).map((m): [number, number] => [m.start, m.end]) : [];
    return { html: toHtml({ type: "root", children }), shared };
  };
}

const hasClass = (node: Element, name: string) => {
  const c = node.properties["className"];
  return Array.isArray(c) && c.includes(name);
};

/**
 * The text of `nodes` as a browser reads it outside the glossary tooltips (`.term-tip`): the text nodes in order,
 * with a CRLF read as one line feed, as the HTML parser reads it.
 */
function visibleText(nodes: readonly ElementContent[]): string {
  let out = "";
  for (const node of nodes) {
    if (node.type === "text") out += node.value.replace(/\r\n/g, "\n");
    else if (node.type === "element" && !hasClass(node, "term-tip")) out += visibleText(node.children);
  }
  return out;
}
