import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import type { Figure } from "../schema/figure.ts";
import type { PlaceInfo } from "./places.ts";
import { recordRow, type RecordRow } from "./record-row.ts";
import type { MetricInfo } from "./types.ts";
import { documentOrder } from "./group.ts";
import { reportYear } from "./years.ts";
import { byId } from "../lookup.ts";

/** Every record of one report, for `/indicators/<year>/<place>/`: results, then targets, in document order. */
export interface ReportRecords {
  report: string;
  year: number;
  place: PlaceInfo;
  results: RecordRow[];
  targets: RecordRow[];
}

/**
 * One report's records as they come, for its page to turn into rows when it renders: the records in document
 * order and the vocabulary's entries they name. A page keyed on these renders again when a record or an entry
 * changes, and a build that reuses the page makes no rows.
 */
export interface ReportFigures {
  report: string;
  year: number;
  place: PlaceInfo;
  figures: Figure[];
  metrics: MetricInfo[];
}

/** The records of each report, one entry per report id with records, by year then place order. */
export function reportFigures(figures: readonly Figure[], places: readonly PlaceInfo[], metrics: readonly MetricInfo[]): ReportFigures[] {
  const metricById = byId(metrics);
  const byReport = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = byReport.get(f.report);
    if (list) list.push(f);
    else byReport.set(f.report, [f]);
  }
  const placeById = byId(places);
  const rank = new Map(places.map((p, i) => [p.id, i]));
  const out = [...byReport].flatMap(([report, records]) => {
    const own = records.sort(documentOrder);
    const place = placeById.get(own[0]!.city);
    if (!place) return [];
    const named = [...new Set(own.map((f) => f.metric))].flatMap((id) => (id !== null && metricById.has(id) ? [metricById.get(id)!] : []));
    return [{ report, year: reportYear(report), place, figures: own, metrics: named }];
  });
  return out.sort((a, b) => a.year - b.year || (rank.get(a.place.id) ?? 0) - (rank.get(b.place.id) ?? 0));
}

/** One report's rows in a language: results, then targets, in document order. */
export function recordRows(group: ReportFigures, lang: Lang = DEFAULT_LANG): ReportRecords {
  const metrics = byId(group.metrics);
  const places = [group.place];
  const rows = (kind: Figure["kind"]) => group.figures.filter((f) => f.kind === kind).map((f) => recordRow(f, metrics, places, lang));
  return { report: group.report, year: group.year, place: group.place, results: rows("result"), targets: rows("target") };
}

/** The records of each report as rows in the language, one entry per report id with records, by year then place order. */
export function reportRecords(
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  metrics: readonly MetricInfo[],
  lang: Lang = DEFAULT_LANG,
): ReportRecords[] {
  return reportFigures(figures, places, metrics).map((group) => recordRows(group, lang));
}
