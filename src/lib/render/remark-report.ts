import type { List, Paragraph, PhrasingContent, Root, RootContent } from "mdast";
import type { ReportDocument } from "../report/document.ts";
import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { dictionaries } from "../../i18n/ui/index.ts";

/** Options of {@link remarkReport}. */
export interface RemarkReportOptions {
  doc: ReportDocument;
  /** The page's language: the permalinks' words speak it (and are marked with it where it is not Chinese). */
  lang?: Lang;
}

/**
 * The visible paragraph permalink: `¶12`, named “第12段” (in English “paragraph 12”) by its label, which holds the
 * number it shows. A label, not hidden words: one element a paragraph, and a selection of the text copies no
 * words nobody sees.
 */
function pilcrow(id: string, n: number, lang: Lang = DEFAULT_LANG): PhrasingContent {
  const [before, after] = dictionaries[lang].reader.pilcrow(n);
  return {
    type: "link",
    url: `#${id}`,
    data: { hProperties: { className: ["pilcrow"], ariaLabel: `${before}${n}${after}`, ...(lang === DEFAULT_LANG ? {} : { lang }) } },
    children: [{ type: "text", value: String(n) }],
  };
}

/** Give a paragraph its id, permalink and lead-sentence class. */
function decorate(p: Paragraph, doc: ReportDocument, lang?: Lang): void {
  const id = doc.paragraphIds.get(p);
  if (!id) return;
  const info = doc.paragraphs[Number(id.slice(2)) - 1]!;
  p.data = { ...p.data, hProperties: { id, className: ["para", `para-${info.kind}`] } };
  const first = p.children[0];
  if (info.lead && first?.type === "strong") first.data = { hProperties: { className: ["lead"] } };
  p.children.push(pilcrow(id, info.n, lang));
}

/** The appendix's ordered list as a definition list: one <div id="p-N"> with <dt> term and <dd> definition per entry. */
function glossaryList(list: List, doc: ReportDocument, lang?: Lang): RootContent {
  const items = list.children.map((li) => {
    const p = li.children.find((c): c is Paragraph => c.type === "paragraph");
    const id = p ? doc.paragraphIds.get(p) : undefined;
    const [term, ...rest] = p?.children ?? [];
    const first = rest[0];
    const definition = first?.type === "text" ? [{ ...first, value: first.value.replace(/^[：:]/, "") }, ...rest.slice(1)] : rest;
    const n = id ? Number(id.slice(2)) : 0;
    return {
      type: "glossaryItem",
      data: { hName: "div", hProperties: { id, className: ["glossary-item"] } },
      children: [
        { type: "glossaryTerm", data: { hName: "dt" }, children: term && "children" in term ? term.children : [] },
        { type: "glossaryDefinition", data: { hName: "dd" }, children: [...definition, ...(id ? [pilcrow(id, n, lang)] : [])] },
      ],
    };
  });
  return { type: "glossaryList", data: { hName: "dl", hProperties: { className: ["glossary-list"] } }, children: items } as unknown as RootContent;
}

/**
 * Remark plugin for the reader: drops the title heading (the page shows it), gives headings their
 * `s-…` ids and paragraphs their `p-N` ids with a visible permalink, marks lead sentences, and turns
 * the appendix's list into a definition list. Ids come from {@link ReportDocument}, never recounted here.
 */
export default function remarkReport({ doc, lang }: RemarkReportOptions) {
  return (tree: Root) => {
    tree.children = tree.children.flatMap((node): RootContent[] => {
      if (node.type === "yaml" || (node.type === "heading" && node.depth === 1)) return [];
      if (node.type === "heading") {
        const id = doc.headingIds.get(node);
        if (id) node.data = { hProperties: { id } };
      } else if (node.type === "paragraph") {
        decorate(node, doc, lang);
      } else if (node.type === "list") {
        if (node.ordered) return [glossaryList(node, doc, lang)];
        // Each item's paragraph stays a <p> with its id: a tight list (one item, `一是…` alone) would lose it.
        node.spread = true;
        for (const li of node.children) for (const c of li.children) if (c.type === "paragraph") decorate(c, doc, lang);
      }
      return [node];
    });
  };
}
