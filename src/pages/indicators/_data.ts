/** The indicator pages' data: figure records, vocabulary and cities, read once per build. */
import { getCollection } from "astro:content";
import metricsFile from "../../../content/metrics.json";
import { allFigures } from "../../lib/figures/all.ts";
import { publicFigure } from "../../lib/figures/export.ts";
import { groupByMetric } from "../../lib/indicators/group.ts";
import type { CityInfo, MetricGroup } from "../../lib/indicators/types.ts";
import type { Figure } from "../../lib/schema/figure.ts";
import { metricsFileSchema, type Metric } from "../../lib/schema/metric.ts";

/** Everything the indicator pages draw from. */
export interface IndicatorData {
  /** Every figure record of every report (public fields only), in the order of `/data/indicators.json`. */
  figures: Figure[];
  /** The indicator vocabulary. */
  metrics: Metric[];
  /** The cities with a report, by id. */
  cities: CityInfo[];
  /** Records grouped by indicator, in vocabulary order. */
  groups: MetricGroup[];
}

let cached: Promise<IndicatorData> | undefined;

async function load(): Promise<IndicatorData> {
  const figures: Figure[] = allFigures(await getCollection("indicators")).map(publicFigure);
  const metrics = metricsFileSchema.parse(metricsFile);
  const reported = new Set((await getCollection("reports")).map((r) => r.data.place));
  const known = new Map((await getCollection("places")).map((p) => [p.id, p.data]));
  const cities = [...reported].sort().map((id) => {
    const name_zh = known.get(id)?.name_zh ?? id;
    return { id, name_zh, short: name_zh.replace(/市$/, "") };
  });
  return { figures, metrics, cities, groups: groupByMetric(figures, cities, metrics) };
}

/** Loads the indicator data (once per build). */
export function indicatorData(): Promise<IndicatorData> {
  cached ??= load();
  return cached;
}
