/** The indicator pages' data: figure records, vocabulary and places, read once per build. */
import { getCollection } from "astro:content";
import { figureFiles } from "../_figures.ts";
import metricsFile from "../../../content/metrics.json";
import { langOfPath, type Lang } from "../../i18n/config.ts";
import { figureCiter, siteOf } from "../../lib/cite/data.ts";
import { allFigures } from "../../lib/figures/all.ts";
import { publicFigure } from "../../lib/figures/export.ts";
import { placeInfos, type PlaceInfo } from "../../lib/indicators/places.ts";
import type { Figure } from "../../lib/schema/figure.ts";
import { metricsFileSchema, type Metric } from "../../lib/schema/metric.ts";
import { placeList } from "../_places.ts";

/** Everything the indicator pages draw from. */
export interface IndicatorData {
  /** Every figure record of every report (public fields only), in the order of `/data/indicators.json`. */
  figures: Figure[];
  /** The same records by report, each report's in document order (a reader's key figures: no scan of every record). */
  byReport: Map<string, Figure[]>;
  /** The same records by indicator, in the order of `figures` (an indicator's page and CSV, and their cache keys). */
  byMetric: Map<string | null, Figure[]>;
  /** The indicator vocabulary. */
  metrics: Metric[];
  /** The places with a report, regions first (each followed by its places), then in the order of the site's places (`placeList`). */
  places: PlaceInfo[];
}

type FigureCiter = ReturnType<typeof figureCiter>;

let cached: Promise<IndicatorData> | undefined;

async function load(): Promise<IndicatorData> {
  const figures: Figure[] = allFigures(await figureFiles()).map(publicFigure);
  const metrics = metricsFileSchema.parse(metricsFile);
  const reported = new Set((await getCollection("reports")).map((r) => r.data.place));
  // The file, not the collection: the collection sorts by id, and styles follow the order of the file.
  const places = placeInfos(await placeList(), reported);
  return { figures, byReport: Map.groupBy(figures, (f) => f.report), byMetric: Map.groupBy(figures, (f) => f.metric), metrics, places };
}

/** Loads the indicator data (once per build). */
export function indicatorData(): Promise<IndicatorData> {
  cached ??= load();
  return cached;
}

let citer: Promise<FigureCiter> | undefined;

/** The citation fields of every figure record (`figureCiter`), for the data downloads; made once per build. */
export function indicatorCiter(site: URL | undefined): Promise<FigureCiter> {
  citer ??= getCollection("reports").then((all) => figureCiter(all.map((r) => r.data), siteOf(site)));
  return citer;
}

/**
 * The language of the route being built, from the pattern Astro hands `getStaticPaths` (`/en/indicators/[...slug]`):
 * the English twins reuse the Chinese pages' `getStaticPaths`, which builds each page's model in the route's language.
 */
export const routeLang = (routePattern: string | undefined): Lang => langOfPath(`/${(routePattern ?? "").replace(/^\//, "")}`);
