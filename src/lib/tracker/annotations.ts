import type { Figure } from "../schema/figure.ts";
import type { TrackerRecord } from "../schema/tracker.ts";
import type { Metric } from "../schema/metric.ts";
import { localePath, type Lang } from "../../i18n/config.ts";
import { figureSummaryEn } from "../../i18n/figures.ts";
import { plainRule } from "./pair.ts";
import { ruleParts, statusLabels, statusWord } from "./view.ts";

/** A small link a reader puts after a figure: a target's status, or the target a result answers. */
export interface FigureAnnotation {
  href: string;
  /** A symbol shown before the text and hidden from assistive technology, e.g. `✗`. */
  symbol: string;
  /** Visible text, e.g. `未完成` or `2020年目标：未完成`. */
  text: string;
  /** Said after the text to assistive technology only: what the link leads to. */
  more: string;
  className: string;
}

/**
 * The tracker's annotations of figures, by figure id: each tracked target gets its status, linking to its row on
 * the place's tracker page; each outcome judged against a target gets that verdict (`2020年目标：未完成`), linking
 * to the same row.
 * In English (`lang`, with `metrics` to work the English rule out) the words are English, the links English pages,
 * and the target an outcome answers is summed up in English (`GDP growth · target about 6.5%`) instead of quoted.
 */
export function trackerAnnotations(
  records: readonly TrackerRecord[],
  figures: readonly Figure[],
  lang: Lang = "zh-CN",
  metrics: readonly Metric[] = [],
): Map<string, FigureAnnotation> {
  const en = lang === "en";
  const byId = new Map(figures.map((f) => [f.id, f]));
  const metricById = new Map(metrics.map((m) => [m.id, m]));
  const out = new Map<string, FigureAnnotation>();
  for (const r of records) {
    const target = byId.get(r.target_figure);
    const outcome = r.outcome_figure ? byId.get(r.outcome_figure) ?? null : null;
    const metric = metricById.get(r.metric);
    const rule = !en ? r.rule : target && metric ? plainRule(ruleParts({ record: r, target, outcome, metric }, lang), lang) : statusWord(r.status, lang);
    out.set(r.target_figure, {
      href: localePath(lang, `/tracker/${r.place}/#${r.id}`),
      symbol: statusLabels[r.status].symbol,
      text: statusWord(r.status, lang),
      more: en ? ` (target tracker: ${rule})` : `（目标跟踪：${rule}）`,
      className: `track track--${r.status}`,
    });
    if (r.outcome_figure && target && r.status !== "not_comparable" && !out.has(r.outcome_figure)) {
      // The result says whether the target it answers was met, and leads to the tracker's row: both sentences,
      // linked to their paragraphs, and the rule.
      out.set(r.outcome_figure, {
        href: localePath(lang, `/tracker/${r.place}/#${r.id}`),
        symbol: statusLabels[r.status].symbol,
        text: en ? `${r.year} target: ${statusWord(r.status, lang).toLowerCase()}` : `${r.year}年目标：${statusWord(r.status, lang)}`,
        more: en ? ` (${figureSummaryEn(target)}; ${rule})` : `（目标：${target.quote}；${rule}）`,
        className: `track track--answers track--${r.status}`,
      });
    }
  }
  return out;
}
