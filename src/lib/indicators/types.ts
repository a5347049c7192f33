import type { PlaceInfo } from "./places.ts";
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

/** The figure records of one place for one indicator and plan year, in document order. */
export interface PlaceFigures {
  /** The place. */
  place: PlaceInfo;
  /** Results of the reviewed year (achieved or 预计). */
  results: Figure[];
  /** Targets of the planned year. */
  targets: Figure[];
}

/** Every record of one indicator in one plan year's reports, place by place, with what can be compared. */
export interface MetricGroup {
  /** Indicator id. */
  id: string;
  /** The vocabulary entry, or null for an id the vocabulary lacks. */
  info: MetricInfo | null;
  /** Chinese label (vocabulary, else the first record's wording). */
  label_zh: string;
  /** English label, or null. */
  label_en: string | null;
  /** The years compared: [result year, target year] = [plan year − 1, plan year]. */
  years: [number, number];
  /** One entry per place that states the indicator, regions first. */
  places: PlaceFigures[];
  /** The places that do not state it at all. */
  absent: PlaceInfo[];
  /** True when at least one place gives both a result and a target: the indicator gets a chart. */
  paired: boolean;
  /** True when the figures can be drawn on one axis (not a ratio such as 14:43:43). */
  drawable: boolean;
  /** What is missing, in words of the page's language (只有2020年结果：固原；未提及：吴忠); empty when every place pairs. */
  gaps: string;
}
