/**
 * What every comparison page loads: the reports' metadata, places, pairs, topics and glossary at once; each
 * report's document, figures and paragraphs by topic when a page first asks for them, so that pages copied
 * from the build cache (and getStaticPaths) never parse a report.
 */
import { getCollection } from "astro:content";
import { figureFiles } from "../_figures.ts";
import { withBody } from "../_reports.ts";
import topicsJson from "../../../content/topics.json";
import metricsJson from "../../../content/metrics.json";
import { topicListSchema } from "../../lib/schema/topic.ts";
import { metricsFileSchema } from "../../lib/schema/metric.ts";
import { placeList } from "../_places.ts";
import { sharedDocument } from "../../lib/report/document.ts";
import { comparePairs, pairCount, pickerPairs } from "../../lib/topics/pairs.ts";
import { orderPlaces } from "../../lib/render/places.ts";
import type { ComparedReport } from "../../lib/topics/comparison.ts";
import { reportTopics, type ReportTopics } from "../../lib/topics/report-topics.ts";

let loaded: ReturnType<typeof load> | undefined;

/** The data of the comparison pages, loaded once per build. */
export function compareData(): ReturnType<typeof load> {
  loaded ??= load();
  return loaded;
}

async function load() {
  const entries = new Map((await getCollection("reports")).sort((a, b) => a.id.localeCompare(b.id)).map((r) => [r.id, r]));
  const indicators = new Map((await figureFiles()).map((e) => [e.data.report, e.data.figures]));
  const metas = [...entries.values()].map((r) => r.data);
  const places = orderPlaces(await placeList());
  const topics = topicListSchema.parse(topicsJson);
  const compared = new Map<string, Promise<ComparedReport>>();
  const byTopic = new Map<string, Promise<ReportTopics>>();
  /**
   * A report of the collection by id, with its body (read when first asked for: a build whose comparison pages
   * are all reused reads none); an unknown id is a bug in the caller.
   */
  const entry = (id: string) => {
    const found = entries.get(id);
    if (!found) throw new Error(`no report “${id}” in content/reports`);
    return withBody(found);
  };
  /** A report as a document with its figures, made when first asked for (a page renders one or two). */
  const report = (id: string): Promise<ComparedReport> => {
    let found = compared.get(id);
    if (!found) compared.set(id, (found = entry(id).then((e) => ({ doc: sharedDocument(e), figures: indicators.get(id) ?? [] }))));
    return found;
  };
  return {
    metas,
    report,
    /** A report's paragraphs by topic, computed once per report, when first asked for. */
    topicsOf(id: string): Promise<ReportTopics> {
      let found = byTopic.get(id);
      // The document is only kept when a comparison page holds it (report()): the topics of every report are wanted, pairs of few.
      if (!found) byTopic.set(id, (found = entry(id).then((e) => reportTopics(sharedDocument(e), topics))));
      return found;
    },
    places,
    /** The pairs that get a pre-rendered page (none above the limit). */
    pairs: comparePairs(metas),
    /** Every pair worth comparing, whether or not it has a page: above the limit they open in `/compare/view/`. */
    pickerPairs: pickerPairs(metas),
    pairCount: pairCount(metas),
    topics,
    glossary: (await getCollection("glossary")).flatMap((g) => g.data.entries),
    categories: new Map(metricsFileSchema.parse(metricsJson).map((m) => [m.id, m.category])),
  };
}
