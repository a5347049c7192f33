import type { Root } from "mdast";
import { phraseFinder, type PhraseMatch, type PhrasePattern } from "./match.ts";
import { replacePhrases } from "./replace.ts";

/** Options of {@link remarkShared}. */
export interface RemarkSharedOptions {
  /** Phrases to mark, without quotation marks. */
  phrases: readonly string[];
}

/**
 * The patterns and finder of a list of phrases, made once per list: a comparison page renders every paragraph
 * with its own processor but the same list, and building the finder per paragraph cost more than the search.
 */
const prepared = new WeakMap<readonly string[], { patterns: PhrasePattern<string>[]; find: (text: string) => PhraseMatch<string>[] }>();

function finderOf(phrases: readonly string[]) {
  let found = prepared.get(phrases);
  if (!found) {
    const patterns = phrases.map((p) => ({ key: p, variants: [p] }));
    found = { patterns, find: phraseFinder(patterns) };
    prepared.set(phrases, found);
  }
  return found;
}

/**
 * Remark plugin: mark each phrase that every compared report uses as `<mark class="shared">`. Runs after
 * the glossary links, whose text it leaves alone.
 */
export default function remarkShared({ phrases }: RemarkSharedOptions) {
  const { patterns, find } = finderOf(phrases);
  return (tree: Root) =>
    replacePhrases(tree, {
      patterns,
      find,
      build: (_m, text) => ({
        type: "emphasis",
        data: { hName: "mark", hProperties: { className: ["shared"] } },
        children: [{ type: "text", value: text }],
      }),
    });
}
