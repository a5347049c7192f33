import type { Figure } from "../schema/figure.ts";

/** What the indicator pages need to know of an indicator of the vocabulary (`content/metrics.json`). */
export interface MetricInfo {
  /** Stable id, e.g. `gdp_growth`. */
  id: string;
  /** Chinese label, e.g. 地区生产总值增长. */
  label_zh: string;
  /** English label, e.g. GDP growth. */
  label_en: string;
  /** Which way is better: `up` (higher is better), `down` (lower is better), or null when neither. */
  better: "up" | "down" | null;
  /** The category id the indicator belongs to (`economy`, `income` …). */
  category: string;
  /** `change`: figures are rates of change (增长 6%, 下降 5%); `level`: the value itself (达 89%). */
  measure?: "change" | "level";
  /** The unit family of its figures (`percent`, `count` …): every figure of the indicator shares one axis. */
  unit?: string;
}

/** A city as the pages name it. */
export interface CityInfo {
  /** Pinyin id, e.g. `zhongwei`. */
  id: string;
  /** Full name, e.g. 中卫市. */
  name_zh: string;
  /** Short name for chart rows and tables, e.g. 中卫. */
  short: string;
}

/** The figure records of one city for one indicator, in document order. */
export interface CityFigures {
  /** The city. */
  city: CityInfo;
  /** Results of the reviewed year (achieved or 预计). */
  results: Figure[];
  /** Targets of the planned year. */
  targets: Figure[];
}

/** Every record of one indicator, city by city, with whether results and targets can be compared. */
export interface MetricGroup {
  /** Indicator id. */
  id: string;
  /** The vocabulary entry, or null for an id the vocabulary lacks. */
  info: MetricInfo | null;
  /** Chinese label (vocabulary, else the first record's wording). */
  label_zh: string;
  /** English label, or null. */
  label_en: string | null;
  /** One entry per city, in the cities' order, empty when the city does not report the indicator. */
  cities: CityFigures[];
  /** True when at least one city gives both a result and a target: the indicator gets a chart. */
  paired: boolean;
  /** True when the figures can be drawn on one axis (not a ratio such as 14:43:43). */
  drawable: boolean;
  /** Why the figures are not comparable across years and cities, in words; empty when both cities pair. */
  gaps: string;
}
