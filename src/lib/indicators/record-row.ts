import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { dictionaries } from "../../i18n/ui/index.ts";
import { valueWords } from "../charts/words.ts";
import type { Figure } from "../schema/figure.ts";
import { indicatorLabel } from "./label.ts";
import { tableName, type PlaceInfo } from "./places.ts";
import type { MetricInfo } from "./types.ts";
import { byId } from "../lookup.ts";

/** A figure record as a table row shows it. */
export interface RecordRow {
  /** Record id (`zhongwei-2020-t-7`), for matching rows against `/data/indicators.json`. */
  id: string;
  /** Place id and short name (中卫, 宁夏（自治区）; Zhongwei, Ningxia (region)). */
  place: string;
  placeName: string;
  /** Report id. */
  report: string;
  /** `result` or `target`, and in words: 2019年结果 / 2020年目标 / 2016—2020年结果 (2019 result). */
  kind: Figure["kind"];
  kindText: string;
  /** The years it is about, in words: 2019年, 2016—2020年 (2019, 2016–2020). */
  years: string;
  /** The text says 预计. */
  estimate: boolean;
  /** The indicator as the vocabulary names it (else as the text does), and its page, or null without a metric. */
  indicator: string;
  indicatorHref: string | null;
  /** `zh-CN` when `indicator` is the Chinese wording on a page in another language. */
  indicatorLang: "zh-CN" | undefined;
  /** The indicator as this report's text names it. */
  label: string;
  /** The value as the report phrases it (6.5%左右, 下降19.6%, 持平), in English as `about 6.5%`. */
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

/** The years a record is about, in words: 2020年, or 2016—2020年 for a figure over a period (2020, 2016–2020). */
export function yearsText(figure: Figure, lang: Lang = DEFAULT_LANG): string {
  const period = (figure as Figure & { period?: unknown }).period;
  const { years } = dictionaries[lang].indicators.table;
  if (Array.isArray(period) && period.length === 2 && period[0] !== period[1]) return years(Number(period[0]), Number(period[1]));
  return years(figure.year, figure.year);
}

/** Turns a figure record into a table row in a language (the vocabulary's `measure` decides how a fall is phrased). */
export function recordRow(figure: Figure, metrics: ReadonlyMap<string, MetricInfo>, places: readonly PlaceInfo[], lang: Lang = DEFAULT_LANG): RecordRow {
  const info = figure.metric !== null ? metrics.get(figure.metric) : undefined;
  const place = byId(places).get(figure.city);
  const years = yearsText(figure, lang);
  const indicator = indicatorLabel(lang, { label_zh: info?.label_zh ?? figure.label_zh, label_en: info?.label_en ?? figure.label_en });
  return {
    id: figure.id,
    place: figure.city,
    placeName: place ? tableName(place, lang) : figure.city,
    report: figure.report,
    kind: figure.kind,
    kindText: dictionaries[lang].indicators.table.kindText(years, figure.kind),
    years,
    estimate: figure.estimate,
    indicator: indicator.text,
    indicatorHref: figure.metric !== null ? indicatorHref(figure.metric) : null,
    indicatorLang: indicator.lang,
    label: figure.label_zh,
    value: valueWords({ ...figure, measure: info?.measure }, lang),
    href: figure.url,
    quote: figure.quote,
  };
}
