import { DEFAULT_LANG, localePath, type Lang } from "../../i18n/config.ts";
import { describeRows } from "../charts/describe.ts";
import { dumbbellModel } from "../charts/dumbbell.ts";
import { dumbbellSvg } from "../charts/render-dumbbell.ts";
import type { Element } from "hast";
import { countElements, toSvgMarkup } from "../charts/svg.ts";
import { markRows, type RowInput } from "../charts/rows.ts";
import { isPercent } from "../charts/units.ts";
import { chartWords } from "../charts/words.ts";
import type { Figure } from "../schema/figure.ts";
import { placeList } from "./group.ts";
import { rowLabel, tableName } from "./places.ts";
import type { MetricGroup } from "./types.ts";

/** A drawn indicator chart: the SVG markup and its text alternative. */
export interface IndicatorChart {
  /** Indicator id. */
  metric: string;
  /** SVG markup (labelled by its title and description; its marks link to their paragraphs), written when first read. */
  readonly svg: string;
  /** The number of elements of the SVG, known before its markup is written. */
  elements: number;
  /** The SVG as a hast tree, which `svg` serialises. */
  readonly tree: Element;
  /** Short title, e.g. 地区生产总值增长：2020年结果与2021年目标. */
  title: string;
  /** Every value in words. */
  desc: string;
}

/**
 * The chart rows of a group: one per place that states the indicator (a region before its places, as their
 * reference), labelled in the language, each figure linking to its paragraph in the reader of that language.
 */
export function groupRows(group: MetricGroup, lang: Lang = DEFAULT_LANG): RowInput[] {
  const measure = group.info?.measure;
  const withMeasure = (f: Figure | undefined) => (f ? { ...f, measure, url: localePath(lang, f.url) } : null);
  return group.places.map((p) => ({
    key: p.place.id,
    label: rowLabel(p.place, lang),
    style: p.place.style,
    reference: p.place.region,
    parent: p.place.parent,
    result: withMeasure(p.results[0]),
    target: withMeasure(p.targets[0]),
  }));
}

/**
 * Whether an indicator's axis starts from zero: always for rates of change (a growth of 10% next to 15% is
 * read against 0) and for absolute amounts (15 and 16 parks are not a doubling); for levels in percent
 * (shares such as 80% and 89%) only when the values sit near zero.
 */
export function zeroFor(group: MetricGroup, unit: string): true | "auto" {
  return group.info?.measure === "change" || !isPercent(unit) ? true : "auto";
}

/** Options of {@link indicatorChart}. */
export interface ChartOptions {
  /** Prefix of the SVG's element ids, unique in the page. */
  idPrefix: string;
  /** Width in SVG units. */
  width?: number | undefined;
  /** The language of the chart's words and links (default Chinese). */
  lang?: Lang | undefined;
}

/** Draws one indicator's result → target chart (a row per place that states it), or null when it cannot be drawn. */
export function indicatorChart(group: MetricGroup, options: ChartOptions): IndicatorChart | null {
  if (!group.drawable || group.places.length === 0) return null;
  const lang = options.lang ?? DEFAULT_LANG;
  const words = chartWords(lang);
  const marked = markRows(groupRows(group, lang));
  const { years } = group;
  const better = group.info?.better ?? null;
  const model = dumbbellModel(marked, { better, years, zero: zeroFor(group, marked.unit), width: options.width, lang });
  const label = lang === DEFAULT_LANG ? group.label_zh : (group.label_en ?? group.label_zh);
  const title = words.title(label, years[0], years[1]);
  const regions = group.places.filter((p) => model.rules.some((r) => r.key === p.place.id)).map((p) => p.place);
  // The Chinese names a region by its chart label (自治区); English by its table name (Ningxia (region)).
  const rule = regions.map((region) => words.descRule(lang === DEFAULT_LANG ? region.label : tableName(region, lang))).join("");
  const absent = group.absent.length ? words.descAbsent(placeList(group.absent, lang)) : "";
  const desc = `${describeRows(marked, better, years, lang)}${rule}${absent}`;
  const tree = dumbbellSvg(model, { id: `${options.idPrefix}-${group.id}`, title, desc, lang });
  // The markup is written only when a page is rendered: splitting a year into pages needs the count alone.
  let markup: string | undefined;
  return {
    metric: group.id,
    get svg() {
      markup ??= toSvgMarkup(tree);
      return markup;
    },
    elements: countElements(tree),
    tree,
    title,
    desc,
  };
}
