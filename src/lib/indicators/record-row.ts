import { valueText } from "../charts/labels.ts";
import type { Figure } from "../schema/figure.ts";
import type { CityInfo, MetricInfo } from "./types.ts";

/** A figure record as a table row shows it. */
export interface RecordRow {
  /** Record id (`zhongwei-2020-t-7`), for matching rows against `/data/indicators.json`. */
  id: string;
  /** City id and short name. */
  city: string;
  cityName: string;
  /** `result` or `target`, and in words: 2019年结果 / 2020年目标. */
  kind: Figure["kind"];
  kindText: string;
  /** The text says 预计. */
  estimate: boolean;
  /** The indicator as the vocabulary names it (else as the text does), and its page, or null without a metric. */
  indicator: string;
  indicatorHref: string | null;
  /** The indicator as this report's text names it. */
  label: string;
  /** The value as the report phrases it (6.5%左右, 下降19.6%, 持平). */
  value: string;
  /** The source paragraph's permalink. */
  href: string;
  /** The source clause. */
  quote: string;
}

/** The URL of an indicator's page. */
export const indicatorHref = (metric: string): string => `/indicators/${metric}/`;

/** Turns a figure record into a table row (the vocabulary's `measure` decides how a fall is phrased). */
export function recordRow(
  figure: Figure,
  metrics: ReadonlyMap<string, MetricInfo>,
  cities: readonly CityInfo[],
): RecordRow {
  const info = figure.metric !== null ? metrics.get(figure.metric) : undefined;
  return {
    id: figure.id,
    city: figure.city,
    cityName: cities.find((c) => c.id === figure.city)?.short ?? figure.city,
    kind: figure.kind,
    kindText: `${figure.year}年${figure.kind === "result" ? "结果" : "目标"}`,
    estimate: figure.estimate,
    indicator: info?.label_zh ?? figure.label_zh,
    indicatorHref: figure.metric !== null ? indicatorHref(figure.metric) : null,
    label: figure.label_zh,
    value: valueText({ ...figure, measure: info?.measure }),
    href: figure.url,
    quote: figure.quote,
  };
}
