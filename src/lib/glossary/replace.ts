import type { Nodes, Parent, PhrasingContent } from "mdast";
import { SKIP, visit } from "unist-util-visit";
import { phraseFinder, type PhraseMatch, type PhrasePattern } from "./match.ts";

/** Nodes whose text is never searched: links (figure marks), glossary terms and their tooltips, headings, code, raw HTML, front matter. */
const OPAQUE = new Set([
  "link",
  "glossaryTerm",
  "glossaryTip",
  "linkReference",
  "heading",
  "code",
  "inlineCode",
  "html",
  "yaml",
  "definition",
  "image",
]);

/** Options of {@link replacePhrases}. */
export interface ReplaceOptions<K> {
  patterns: readonly PhrasePattern<K>[];
  /** The node or nodes that take the place of a match; `text` is the matched text as written. */
  build: (match: PhraseMatch<K>, text: string) => PhrasingContent | PhrasingContent[];
  /** The patterns prepared with {@link phraseFinder}, when the caller keeps one for many trees. */
  find?: (text: string) => PhraseMatch<K>[];
  /** Further subtrees to leave alone. */
  skip?: (node: Nodes) => boolean;
}

/**
 * Replace every phrase found in the text nodes of an mdast tree with a node of the caller's making, in place.
 * Text inside links and the other opaque nodes is left alone, so marks never nest inside links; a phrase
 * is found within one text node only.
 */
export function replacePhrases<K>(tree: Nodes, { patterns, find = phraseFinder(patterns), build, skip }: ReplaceOptions<K>): void {
  if (patterns.length === 0) return;
  visit(tree, (node, index, parent: Parent | undefined) => {
    if (OPAQUE.has(node.type) || skip?.(node)) return SKIP;
    if (node.type !== "text" || !parent || index === undefined) return;
    const matches = find(node.value);
    if (matches.length === 0) return;
    const out: PhrasingContent[] = [];
    let cursor = 0;
    for (const m of matches) {
      if (m.start > cursor) out.push({ type: "text", value: node.value.slice(cursor, m.start) });
      out.push(...[build(m, node.value.slice(m.start, m.end))].flat());
      cursor = m.end;
    }
    if (cursor < node.value.length) out.push({ type: "text", value: node.value.slice(cursor) });
    parent.children.splice(index, 1, ...(out as Parent["children"]));
    return [SKIP, index + out.length];
  });
}
