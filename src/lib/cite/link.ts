/**
 * The 引用 / Cite link: beside each paragraph's ¶ permalink in the reader, on each figure row and each tracker
 * row. It leads to the paragraph's entry on its report's cite page, which any browser can open; with
 * JavaScript, a dialog shows the entry's references instead (src/scripts/cite.ts).
 */
import type { Link, Parent, PhrasingContent, Root } from "mdast";
import { visit } from "unist-util-visit";
import { paragraphNumber } from "./reference.ts";

/** The class every cite link has: the dialog script finds the links by it. */
export const CITE_LINK_CLASS = "cite-link";

/** The cite page of a report, or the entry of one of its paragraphs: `/reports/zhongwei-2021/cite/#p-12`. */
export function citeHref(report: string, paragraph?: string | number | null): string {
  const n = paragraphNumber(paragraph);
  return `/reports/${report}/cite/${n === null ? "" : `#p-${n}`}`;
}

/** The report and paragraph a permalink names: `/reports/zhongwei-2021/#p-12` → `zhongwei-2021`, `p-12`. */
export function permalinkParts(url: string): { report: string; paragraph: string } {
  const m = /\/reports\/([a-z]+-\d{4})\/#(p-\d+)$/.exec(url);
  if (!m) throw new Error(`not a paragraph permalink: ${url}`);
  return { report: m[1]!, paragraph: m[2]! };
}

/** What the reader's cite links say, in the page's language, and where they lead. */
export interface CiteLinkOptions {
  /** The link of a paragraph's entry (`p-12` → the page-language path of `/reports/<id>/cite/#p-12`). */
  href: (paragraph: string) => string;
  /** The link's text: `引用`. */
  text: string;
  /** Its accessible name: `引用第12段`. */
  label: (n: number) => string;
}

const isPilcrow = (node: Link) => {
  const cls = (node.data as { hProperties?: { className?: unknown } } | undefined)?.hProperties?.className;
  return Array.isArray(cls) && cls.includes("pilcrow");
};

/** Remark plugin, after `remarkReport`: a cite link right after each paragraph's ¶ permalink (none without options). */
export default function remarkCiteLinks(options?: CiteLinkOptions) {
  return (tree: Root) => {
    if (!options) return;
    visit(tree, "link", (node: Link, index: number | undefined, parent: Parent | undefined) => {
      if (!parent || index === undefined || !isPilcrow(node) || !/^#p-\d+$/.test(node.url)) return;
      const id = node.url.slice(1);
      const cite: PhrasingContent = {
        type: "link",
        url: options.href(id),
        data: { hProperties: { className: [CITE_LINK_CLASS], ariaLabel: options.label(Number(id.slice(2))) } },
        children: [{ type: "text", value: options.text }],
      };
      parent.children.splice(index + 1, 0, cite as never);
      return index + 2;
    });
  };
}

/**
 * The runs of consecutive rows citing the same paragraph, for a table whose cite cell spans each run: for
 * each row, the number of rows its run has when it opens one, else 0 (`[a, a, b]` → `[2, 0, 1]`).
 */
export function paragraphRuns(permalinks: readonly string[]): number[] {
  const spans = permalinks.map(() => 0);
  let start = 0;
  permalinks.forEach((p, i) => {
    if (i > 0 && p === permalinks[start]) spans[start]!++;
    else {
      start = i;
      spans[i] = 1;
    }
  });
  return spans;
}
