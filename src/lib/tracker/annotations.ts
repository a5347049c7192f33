import type { Figure } from "../schema/figure.ts";
import type { TrackerRecord } from "../schema/tracker.ts";
import { statusLabels } from "./view.ts";

/** A small link a reader puts after a figure: a target's status, or the target a result answers. */
export interface FigureAnnotation {
  href: string;
  /** A symbol shown before the text and hidden from assistive technology, e.g. `✗`. */
  symbol: string;
  /** Visible text, e.g. `未完成` or `对照2020年目标`. */
  text: string;
  /** Said after the text to assistive technology only: what the link leads to. */
  more: string;
  className: string;
}

/**
 * The tracker's annotations of figures, by figure id: each tracked target gets its status, linking to its row on
 * the place's tracker page; each outcome gets a link back to the target it answers (in the earlier report).
 */
export function trackerAnnotations(records: readonly TrackerRecord[], figures: readonly Figure[]): Map<string, FigureAnnotation> {
  const byId = new Map(figures.map((f) => [f.id, f]));
  const out = new Map<string, FigureAnnotation>();
  for (const r of records) {
    const s = statusLabels[r.status];
    out.set(r.target_figure, {
      href: `/tracker/${r.place}/#${r.id}`,
      symbol: s.symbol,
      text: s.zh,
      more: `（目标跟踪：${r.rule}）`,
      className: `track track--${r.status}`,
    });
    const target = byId.get(r.target_figure);
    if (r.outcome_figure && target && r.status !== "not_comparable" && !out.has(r.outcome_figure)) {
      out.set(r.outcome_figure, {
        href: target.url,
        symbol: "",
        text: `对照${r.year}年目标`,
        more: `：${target.quote}`,
        className: "track track--answers",
      });
    }
  }
  return out;
}
