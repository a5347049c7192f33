/** The tracker pages' data: every target paired and judged once per build. */
import { getCollection } from "astro:content";
import { figureFiles } from "../_figures.ts";
import { placeList } from "../_places.ts";
import metricsFile from "../../../content/metrics.json";
import { allFigures } from "../../lib/figures/all.ts";
import { publicFigure } from "../../lib/figures/export.ts";
import type { Figure } from "../../lib/schema/figure.ts";
import { metricsFileSchema, type Metric } from "../../lib/schema/metric.ts";
import type { Place } from "../../lib/schema/place.ts";
import { trackTargets, type SpanFigure, type Tracking } from "../../lib/tracker/pair.ts";
import { trackerPagePlaces } from "../../lib/tracker/view.ts";

/** Everything the tracker pages draw from. */
export interface TrackerData extends Tracking {
  figures: Figure[];
  metrics: Metric[];
  /** Places with at least one target paired with a next year's report, in the order of the site's places (`placeList`). */
  places: Place[];
  /**
   * Places with a tracker page, in the same order: those of `places`, and those whose targets all await the next
   * year's report (`trackerPagePlaces`).
   */
  pagePlaces: Place[];
  /** Reports by id: plan year and title. */
  reports: Map<string, { year: number; title: string; place: string }>;
}

let cached: Promise<TrackerData> | undefined;

async function load(): Promise<TrackerData> {
  const figures = allFigures(await figureFiles()).map(publicFigure);
  const metrics = metricsFileSchema.parse(metricsFile);
  const reportEntries = await getCollection("reports");
  const reports = new Map(reportEntries.map((r) => [r.id, { year: r.data.year, title: r.data.title, place: r.data.place }]));
  const tracking = trackTargets(figures as SpanFigure[], reportEntries.map((r) => ({ id: r.id, place: r.data.place, year: r.data.year })), metrics);
  const all = await placeList();
  const tracked = new Set([...tracking.records.map((r) => r.place), ...tracking.untracked.map((f) => f.city)]);
  const places = all.filter((p) => tracked.has(p.id));
  const pagePlaces = trackerPagePlaces(all, tracking);
  return { ...tracking, figures, metrics, places, pagePlaces, reports };
}

/** Loads the tracker data (once per build). */
export function trackerData(): Promise<TrackerData> {
  cached ??= load();
  return cached;
}
