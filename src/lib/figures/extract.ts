import type { ReportDocument } from "../report/document.ts";
import type { StoredFigure } from "../schema/figure.ts";
import type { Metric } from "../schema/metric.ts";
import { figureKind, figureYear } from "./kind.ts";
import { matchMetric } from "./metric-match.ts";
import { paragraphDrafts } from "./paragraph.ts";

/**
 * Every figure of a report as stored records: one per number with a unit in the body (the appendix is skipped),
 * typed (kind, bounds, qualifier, estimate, direction), labelled, mapped to the vocabulary and numbered
 * `<report>-r-<n>` / `<report>-t-<n>` in document order per kind.
 */
export function extractFigures(doc: ReportDocument, metrics: readonly Metric[]): StoredFigure[] {
  const { id: report, place: city, year } = doc.meta;
  const counters = { result: 0, target: 0 };
  const out: StoredFigure[] = [];
  for (const p of doc.paragraphs) {
    if (p.kind === "glossary") continue;
    const drafts = paragraphDrafts(p.text).drafts.sort((a, b) => a.quantity.start - b.quantity.start);
    for (const d of drafts) {
      const q = d.quantity;
      const kind = figureKind(p.period, p.text.slice(...d.sentence));
      const metric = matchMetric({ label: d.label, unit: q.unit, change: d.change, year: figureYear(kind, year) }, metrics);
      const n = ++counters[kind];
      out.push({
        id: `${report}-${kind === "result" ? "r" : "t"}-${n}`,
        report,
        city,
        kind,
        year: figureYear(kind, year),
        metric: metric?.id ?? null,
        label_zh: d.label,
        label_en: metric?.label_en ?? null,
        value: q.value,
        min: q.min,
        max: q.max,
        unit: q.unit,
        qualifier: q.qualifier,
        estimate: d.estimate,
        direction: d.direction,
        quote: p.text.slice(...d.quote),
        paragraph: p.id,
        url: `/reports/${report}/#${p.id}`,
        span: [q.start, q.end],
      });
    }
  }
  return out;
}
