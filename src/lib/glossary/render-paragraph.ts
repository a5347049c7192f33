import type { Element, ElementContent } from "hast";
import type { Paragraph, Root } from "mdast";
import { newProcessor, remarkRehype } from "../markdown/processor.ts";
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
  /** Link target of an entry (the glossary page of the page's language); by default its place in the glossary of `glossary`. */
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

/** A paragraph as the glossary plugin renders it, before a page's links and marks: its inline content and visible text. */
interface BaseParagraph {
  children: ElementContent[];
  visible: string;
}

/**
 * Each report's paragraphs as rendered once per build, by glossary list: a report stands in many comparisons, in
 * two languages, and only its term links' targets and shared marks differ between them, set per page on the way out.
 */
const rendered = new WeakMap<ReportDocument, WeakMap<readonly GlossaryEntry[], Map<string, BaseParagraph>>>();

/** The glossary entries of a list by id, made once per list. */
const entriesById = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryEntry>>();

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
  let byGlossary = rendered.get(doc);
  if (!byGlossary) rendered.set(doc, (byGlossary = new WeakMap()));
  let done = byGlossary.get(options.glossary);
  if (!done) byGlossary.set(options.glossary, (done = new Map()));
  let byId = entriesById.get(options.glossary);
  if (!byId) entriesById.set(options.glossary, (byId = new Map(options.glossary.map((e) => [e.id, e]))));
  const termLink = linkSetter(byId, options);
  const base = (paragraphId: string): BaseParagraph => {
    const node = nodes.get(paragraphId);
    if (!node)
      throw new Error(`${doc.meta.id} has no paragraph ${paragraphId}: ids run from p-1 to p-${doc.paragraphs.length}`);
    const processor = newProcessor()
      .use(remarkGlossary, {
        entries: options.glossary,
        report: doc.meta.id,
        family: familyOf(doc.meta),
        idPrefix: `${doc.meta.id}-${paragraphId}-`,
      })
      .use(remarkRehype(), { allowDangerousHtml: false });
    const root: Root = { type: "root", children: [{ type: "paragraph", children: copyTree(node.children) }] };
    const hast = processor.runSync(root);
    const p = hast.children.find((c) => c.type === "element");
    const children = p?.children ?? [];
    return { children, visible: visibleText(children) };
  };
  return (paragraphId) => {
    let found = done.get(paragraphId);
    if (!found) done.set(paragraphId, (found = base(paragraphId)));
    const shared = findShared ? findShared(found.visible).map((m): [number, number] => [m.start, m.end]) : [];
    return { html: toHtml({ type: "root", children: termLink ? found.children.map(termLink) : found.children }), shared };
  };
}

/**
 * What a page changes of a rendered paragraph: its term links' targets (`hrefOf`) and the class `shared` of the
 * terms every compared report uses, on copies of the links (the rendered paragraph is shared); null when the page
 * keeps the default links and marks no term.
 */
function linkSetter(byId: ReadonlyMap<string, GlossaryEntry>, options: ParagraphRenderOptions): ((node: ElementContent) => ElementContent) | null {
  const { hrefOf, sharedTerms } = options;
  if (!hrefOf && !sharedTerms?.size) return null;
  const set = (node: ElementContent): ElementContent => {
    if (node.type !== "element") return node;
    const term = node.properties["dataTerm"];
    if (node.tagName === "a" && typeof term === "string") {
      const entry = byId.get(term)!;
      const properties = { ...node.properties };
      if (hrefOf) properties["href"] = hrefOf(entry);
      if (sharedTerms?.has(term)) properties["className"] = ["term", "shared"];
      return { ...node, properties };
    }
    return node.children.length ? { ...node, children: node.children.map(set) } : node;
  };
  return set;
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
