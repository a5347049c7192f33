import { unified } from "unified";
import remarkParse from "remark-parse";
import remarkStringify from "remark-stringify";
import remarkFrontmatter from "remark-frontmatter";
import type { Root } from "mdast";

/** Options shared by every serialization, so generated files are byte-for-byte stable. */
const STRINGIFY = { bullet: "-", emphasis: "_", strong: "*", listItemIndent: "one", rule: "-", fences: true } as const;

/** Serialize a report's mdast tree to Markdown with front matter. */
export function stringifyMarkdown(tree: Root): string {
  return unified().use(remarkFrontmatter, ["yaml"]).use(remarkStringify, STRINGIFY).stringify(tree);
}

/** Parse generated Markdown (with front matter) back into mdast. */
export function parseMarkdown(markdown: string): Root {
  return unified().use(remarkParse).use(remarkFrontmatter, ["yaml"]).parse(markdown);
}
