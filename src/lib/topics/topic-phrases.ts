import { plainPhraseFinder } from "../glossary/match.ts";
import type { TopicComparison } from "./comparison.ts";

/** The phrases (from `phrases`, in their order) that occur in the topic's own paragraphs of every report. */
export function phrasesInTopic(comparison: TopicComparison, phrases: readonly string[]): string[] {
  const find = plainPhraseFinder(phrases);
  const perColumn = comparison.columns.map(
    (c) =>
      new Set(c.cells.flatMap((cell) => cell.primary.flatMap((p) => find(p.text).map((m) => m.key)))),
  );
  return phrases.filter((p) => perColumn.length > 0 && perColumn.every((s) => s.has(p)));
}
