import { plainPhraseFinder } from "../glossary/match.ts";
import type { TopicComparison } from "./comparison.ts";

/**
 * For each topic, the phrases (from `phrases`, in their order) that occur in the topic's own paragraphs of every
 * report. The phrases are prepared for searching once, for all the topics.
 */
export function phrasesInTopics(comparisons: readonly TopicComparison[], phrases: readonly string[]): string[][] {
  const find = plainPhraseFinder(phrases);
  return comparisons.map((comparison) => {
    const perColumn = comparison.columns.map(
      (c) => new Set(c.cells.flatMap((cell) => cell.primary.flatMap((p) => find(p.text).map((m) => m.key)))),
    );
    return phrases.filter((p) => perColumn.length > 0 && perColumn.every((s) => s.has(p)));
  });
}
