/** What every comparison page loads: the reports as documents with their figures, topics, glossary, places and pairs. */
import { getCollection } from "astro:content";
import topicsJson from "../../../content/topics.json";
import metricsJson from "../../../content/metrics.json";
import placesJson from "../../../content/places.json";
import { topicListSchema } from "../../lib/schema/topic.ts";
import { metricsFileSchema } from "../../lib/schema/metric.ts";
import { placesFileSchema } from "../../lib/schema/place.ts";
import { documentFromEntry } from "../../lib/report/document.ts";
import { comparePairs } from "../../lib/topics/pairs.ts";
import { orderPlaces } from "../../lib/render/places.ts";
import type { ComparedReport } from "../../lib/topics/comparison.ts";
import { reportTopics } from "../../lib/topics/report-topics.ts";

let loaded: ReturnType<typeof load> | undefined;

/** The data of the comparison pages, loaded once per build. */
export function compareData(): ReturnType<typeof load> {
  loaded ??= load();
  return loaded;
}

async function load() {
  const entries = (await getCollection("reports")).sort((a, b) => a.id.localeCompare(b.id));
  const indicators = new Map((await getCollection("indicators")).map((e) => [e.data.report, e.data.figures]));
  const compared = new Map<string, ComparedReport>(
    entries.map((r) => [r.id, { doc: documentFromEntry(r), figures: indicators.get(r.id) ?? [] }]),
  );
  const metas = entries.map((r) => r.data);
  const places = orderPlaces(placesFileSchema.parse(placesJson));
  const topics = topicListSchema.parse(topicsJson);
  return {
    metas,
    compared,
    places,
    /** The pairs that get a pre-rendered page (none above the limit). */
    pairs: comparePairs(metas),
    /** Every pair worth comparing, whether or not it has a page: above the limit they open in `/compare/view/`. */
    allPairs: comparePairs(metas, Number.POSITIVE_INFINITY),
    topics,
    /** Each report's paragraphs by topic, computed once per report. */
    byTopic: new Map(entries.map((r) => [r.id, reportTopics(compared.get(r.id)!.doc, topics)])),
    glossary: (await getCollection("glossary")).flatMap((g) => g.data.entries),
    categories: new Map(metricsFileSchema.parse(metricsJson).map((m) => [m.id, m.category])),
  };
}
