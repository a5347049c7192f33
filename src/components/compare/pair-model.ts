/**
 * The language-independent model of a comparison page, made once per pair and build: the topic comparison,
 * the glossary terms both reports use, the slogans both quote and, per topic, those both use in it. The Chinese
 * page and its English twin draw on the same model.
 */
import type { GlossaryEntry } from "../../lib/schema/glossary.ts";
import type { TopicList } from "../../lib/schema/topic.ts";
import { termsUsedByAll } from "../../lib/glossary/occurrences.ts";
import { slogansQuotedByAll } from "../../lib/glossary/shared.ts";
import { compareByTopic, type ComparedReport, type TopicComparison } from "../../lib/topics/comparison.ts";
import { categoryLookup } from "../../lib/topics/figures.ts";
import { phrasesInTopics } from "../../lib/topics/topic-phrases.ts";

export interface PairModel {
  comparison: TopicComparison[];
  sharedTerms: Set<string>;
  /** Slogans both reports quote (“放管服”, kept without the marks), the five-year plans' names (十四五) left out. */
  shared: string[];
  /** The slogans of `shared` quoted on both sides of each topic, in the order of `comparison`. */
  sharedByTopic: string[][];
}

const models = new WeakMap<ComparedReport, WeakMap<ComparedReport, PairModel>>();

/** The model of the comparison of two reports (in reading order); the reports are compareData's, so kept per build. */
export function pairModel(
  reports: readonly [ComparedReport, ComparedReport],
  topics: TopicList,
  glossary: readonly GlossaryEntry[],
  categories: ReadonlyMap<string, string>,
): PairModel {
  const [first, second] = reports;
  let bySecond = models.get(first);
  if (!bySecond) models.set(first, (bySecond = new WeakMap()));
  let model = bySecond.get(second);
  if (!model) {
    const docs = reports.map((r) => r.doc);
    const comparison = compareByTopic([...reports], topics, { categoryOf: categoryLookup(categories) });
    const shared = slogansQuotedByAll(docs);
    model = {
      comparison,
      sharedTerms: termsUsedByAll(glossary, docs),
      shared,
      sharedByTopic: phrasesInTopics(comparison, shared),
    };
    bySecond.set(second, model);
  }
  return model;
}
