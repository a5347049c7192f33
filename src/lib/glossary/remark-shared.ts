import type { Root } from "mdast";
import { replacePhrases } from "./replace.ts";

/** Options of {@link remarkShared}. */
export interface RemarkSharedOptions {
  /** Phrases to mark, without quotation marks. */
  phrases: readonly string[];
}

/**
 * Remark plugin: mark each phrase that every compared report uses as `<mark class="shared">`. Runs after
 * the glossary links, whose text it leaves alone.
 */
export default function remarkShared({ phrases }: RemarkSharedOptions) {
  const patterns = phrases.map((p) => ({ key: p, variants: [p] }));
  return (tree: Root) =>
    replacePhrases(tree, {
      patterns,
      build: (_m, text) => ({
        type: "emphasis",
        data: { hName: "mark", hProperties: { className: ["shared"] } },
        children: [{ type: "text", value: text }],
      }),
    });
}
