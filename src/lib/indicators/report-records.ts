import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import type { Figure } from "../schema/figure.ts";
import type { PlaceInfo } from "./places.ts";
import { recordRow, type RecordRow } from "./record-row.ts";
import type { MetricInfo } from "./types.ts";
import { documentOrder } from "./group.ts";
import { reportYear } from "./years.ts";

/** Every record of one report, for `/indicators/<year>/<place>/`: results, then targets, in document order. */
export interface ReportRecords {
  report: string;
  year: number;
  place: PlaceInfo;
  results: RecordRow[];
  targets: RecordRow[];
}

/** The records of each report, one entry per report id with records, by year then place order; rows in the language. */
export function reportRecords(
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  metrics: readonly MetricInfo[],
  lang: Lang = DEFAULT_LANG,
): ReportRecords[] {
  const byId = new Map(metrics.map((m) => [m.id, m]));
  const byReport = new Map<string, Figure[]>();
  for (const f of figures) {
    const list = byReport.get(f.report);
    if (list) list.push(f);
    else byReport.set(f.report, [f]);
  }
  const rank = new Map(places.map((p, i) => [p.id, i]));
  const out = [...byReport].flatMap(([report, records]) => {
    const own = records.sort(documentOrder);
    const place = places.find((p) => p.id === own[0]?.city);
    if (!place) return [];
    const rows = (kind: Figure["kind"]) => own.filter((f) => f.kind === kind).map((f) => recordRow(f, byId, places, lang));
    return [{ report, year: reportYear(report), place, results: rows("result"), targets: rows("target") }];
  });
  return out.sort((a, b) => a.year - b.year || (rank.get(a.place.id) ?? 0) - (rank.get(b.place.id) ?? 0));
}
