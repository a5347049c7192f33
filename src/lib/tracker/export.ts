import type { Figure, FigureCitation } from "../schema/figure.ts";
import { publishedTrackerFields, type PublishedTrackerRecord, type TrackerRecord } from "../schema/tracker.ts";

/** What the downloads need of a figure: its sentence, and its report and paragraph for the permalink. */
type QuotedFigure = Pick<Figure, "id" | "quote" | "report" | "paragraph">;

/**
 * The tracker's records as the downloads publish them (`/data/tracker.json`, `/data/tracker.csv`): each record's
 * fields, then the target's and the outcome's sentences and their paragraphs' permalinks (`cite`, the figure
 * citer of the indicator downloads), in the order of {@link publishedTrackerFields}. A record naming a figure that
 * is not among `figures` is an error: the tracker pairs only figures of the corpus.
 */
export function publishedTrackerRecords(
  records: Iterable<TrackerRecord>,
  figures: readonly QuotedFigure[],
  cite: (f: Pick<Figure, "report" | "paragraph">) => Pick<FigureCitation, "permalink">,
): Iterable<PublishedTrackerRecord> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const figure = (id: string) => {
    const f = byId.get(id);
    if (!f) throw new Error(`tracker record names an unknown figure: ${id}`);
    return f;
  };
  return Iterator.from(records).map((r) => {
    const target = figure(r.target_figure);
    const outcome = r.outcome_figure === null ? null : figure(r.outcome_figure);
    const extra = {
      target_quote: target.quote,
      target_permalink: cite(target).permalink,
      outcome_quote: outcome?.quote ?? null,
      outcome_permalink: outcome ? cite(outcome).permalink : null,
    };
    const all: Record<string, unknown> = { ...r, ...extra };
    return Object.fromEntries(publishedTrackerFields.map((k) => [k, all[k]])) as PublishedTrackerRecord;
  });
}
