import { valueText } from "../charts/labels.ts";
import type { Figure } from "../schema/figure.ts";
import { tableName, type PlaceInfo } from "./places.ts";
import type { MetricInfo } from "./types.ts";

/** A figure record as a table row shows it. */
export interface RecordRow {
  /** Record id (`zhongwei-2020-t-7`), for matching rows against `/data/indicators.json`. */
  id: string;
  /** Place id and short name (中卫, 宁夏（自治区）). */
  place: string;
  placeName: string;
  /** Report id. */
  report: string;
  /** `result` or `target`, and in words: 2019年结果 / 2020年目标 / 2016—2020年结果. */
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

/**
 * Where a record's row is: on its indicator's page when it has an indicator (`/indicators/gdp_growth/#<id>`),
 * else on its report's page of records (`/indicators/2021/zhongwei/#<id>`). Every record has one.
 */
export function recordHref(figure: Pick<Figure, "id" | "metric" | "report">): string {
  if (figure.metric !== null) return `${indicatorHref(figure.metric)}#${figure.id}`;
  const [, place, year] = /^(.*)-(\d{4})$/.exec(figure.report) ?? [];
  return `/indicators/${year}/${place}/#${figure.id}`;
}

/** The years a record is about, in words: 2020年, or 2016—2020年 for a figure over a period. */
export function yearsText(figure: Figure): string {
  const period = (figure as Figure & { period?: unknown }).period;
  if (Array.isArray(period) && period.length === 2 && period[0] !== period[1]) return `${period[0]}—${period[1]}年`;
  return `${figure.year}年`;
}

/** Turns a figure record into a table row (the vocabulary's `measure` decides how a fall is phrased). */
export function recordRow(figure: Figure, metrics: ReadonlyMap<string, MetricInfo>, places: readonly PlaceInfo[]): RecordRow {
  const info = figure.metric !== null ? metrics.get(figure.metric) : undefined;
  const place = places.find((c) => c.id === figure.city);
  return {
    id: figure.id,
    place: figure.city,
    placeName: place ? tableName(place) : figure.city,
    report: figure.report,
    kind: figure.kind,
    kindText: `${yearsText(figure)}${figure.kind === "result" ? "结果" : "目标"}`,
    estimate: figure.estimate,
    indicator: info?.label_zh ?? figure.label_zh,
    indicatorHref: figure.metric !== null ? indicatorHref(figure.metric) : null,
    label: figure.label_zh,
    value: valueText({ ...figure, measure: info?.measure }),
    href: figure.url,
    quote: figure.quote,
  };
}
