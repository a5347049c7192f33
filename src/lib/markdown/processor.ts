import type { Root } from "mdast";
import { lazily } from "../lazy.ts";

const unified = lazily<typeof import("unified")>("unified");
const remarkParse = lazily<typeof import("remark-parse")>("remark-parse");
const remarkStringify = lazily<typeof import("remark-stringify")>("remark-stringify");
const remarkFrontmatter = lazily<typeof import("remark-frontmatter")>("remark-frontmatter");
const remarkRehypeModule = lazily<typeof import("remark-rehype")>("remark-rehype");

/** A new unified processor, for the renderers' own plugins. */
export const newProcessor = () => unified().unified();

/** remark-rehype, mdast to hast. */
export const remarkRehype = () => remarkRehypeModule().default;

/** Options shared by every serialization, so generated files are byte-for-byte stable. */
const STRINGIFY = { bullet: "-", emphasis: "_", strong: "*", listItemIndent: "one", rule: "-", fences: true } as const;

/** Serialize a report's mdast tree to Markdown with front matter. */
export function stringifyMarkdown(tree: Root): string {
  return unified().unified().use(remarkFrontmatter().default, ["yaml"]).use(remarkStringify().default, STRINGIFY).stringify(tree);
}

/** Parse generated Markdown (with front matter) back into mdast. */
export function parseMarkdown(markdown: string): Root {
  return unified().unified().use(remarkParse().default).use(remarkFrontmatter().default, ["yaml"]).parse(markdown);
}
