import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";
import { chartLegend, type LegendItem } from "../charts/legend.ts";
import type { Figure } from "../schema/figure.ts";
import { categoryName, groupsByCategory } from "./categories.ts";
import { indicatorChart, type IndicatorChart } from "./chart.ts";
import { groupByMetric } from "./group.ts";
import { indicatorLabel } from "./label.ts";
import { parentsIn, tableName, type PlaceInfo } from "./places.ts";
import { indicatorHref } from "./record-row.ts";
import type { MetricGroup, MetricInfo } from "./types.ts";
import { chartFigures, reportYear } from "./years.ts";

/** An indicator with its chart and page link. */
export interface IndicatorEntry {
  group: MetricGroup;
  /** The chart, drawn when first read in a language other than the default. */
  readonly chart: IndicatorChart | null;
  href: string;
  /** The chart's number of elements (0 without a chart), known without drawing it. */
  elements: number;
}

/**
 * The default language's year pages last made from a set of records (with the places and vocabulary they were made
 * with), by year: every language's pages take their charts' sizes from them.
 */
const defaultPages = new WeakMap<readonly Figure[], { places: readonly PlaceInfo[]; metrics: readonly MetricInfo[]; years: Map<number, YearPage[]> }>();

/** The default language's pages of a year, made once for the same records, places and vocabulary. */
function defaultYearPages(year: number, figures: readonly Figure[], places: readonly PlaceInfo[], metrics: readonly MetricInfo[]): YearPage[] {
  let made = defaultPages.get(figures);
  if (!made || made.places !== places || made.metrics !== metrics) defaultPages.set(figures, (made = { places, metrics, years: new Map() }));
  let pages = made.years.get(year);
  if (!pages) made.years.set(year, (pages = drawYearPages(year, figures, places, metrics, DEFAULT_LANG)));
  return pages;
}

/** Each chart's number of elements in a year's pages, by indicator: drawn once, in the default language. */
function chartSizes(year: number, figures: readonly Figure[], places: readonly PlaceInfo[], metrics: readonly MetricInfo[]): Map<string, number> {
  const pages = defaultYearPages(year, figures, places, metrics);
  return new Map(pages.flatMap((page) => page.sections.flatMap((s) => s.entries.map((e) => [e.group.id, e.elements] as const))));
}

/** Everything `/indicators/<year>/` shows. */
export interface YearPage {
  /** The plan year, and [result year, target year]. */
  year: number;
  years: [number, number];
  /** The places with a report for this year, regions first. */
  places: PlaceInfo[];
  legend: LegendItem[];
  /** This part's number (1-based), and every part with its categories (a long year is split to keep pages light). */
  part: number;
  parts: { n: number; href: string; sections: { id: string; name: string; count: number; continued: boolean }[] }[];
  /** Number of charts over all parts. */
  charts: number;
  /** This part's paired indicators (a result and a target in at least one place), by category, each with its chart. */
  sections: { id: string; name: string; en: string; continued?: boolean; entries: IndicatorEntry[] }[];
  /** Indicators that cannot be compared result against target this year, and why (on the last part). */
  gaps: { id: string; name: string; nameLang?: "zh-CN" | undefined; href: string; gaps: string }[];
  gapCount: number;
  /** The year's reports, each with the page of its records (on the first part). */
  reports: { id: string; place: PlaceInfo; href: string; count: number }[];
}

/** The page of a report's records: `/indicators/<year>/<place>/`. */
export const reportRecordsHref = (report: string): string => `/indicators/${reportYear(report)}/${report.replace(/-\d{4}$/, "")}/`;

/**
 * The legend for charts of these places and years: place colours and shapes, mark kinds, and the rule of each
 * region drawn as a reference (by default those with places among them), named as tables name it
 * (宁夏（自治区）的目标, Ningxia (region) target).
 */
export function placesLegend(
  places: readonly PlaceInfo[],
  years: [number, number] | null,
  lang: Lang = DEFAULT_LANG,
  regions: readonly PlaceInfo[] = parentsIn(places),
): LegendItem[] {
  return chartLegend(
    places.map((p) => ({ label: tableName(p, lang), style: p.style })),
    years,
    regions.map((p) => ({ label: tableName(p, lang), style: p.style })),
    lang,
  );
}

/** Elements of chart markup a year page may carry: with the page's text and lists it stays under 1,500 elements. */
export const CHART_ELEMENT_BUDGET = 1200;
/** Elements around each chart (figure, caption, heading, link, note) and each category (section, heading). */
const FIGURE_OVERHEAD = 5;
const SECTION_OVERHEAD = 4;

/** The URL of part `n` (1-based) of a plan year's charts: `/indicators/2021/`, `/indicators/2021/2/`. */
export const yearPartHref = (year: number, n: number): string => (n === 1 ? `/indicators/${year}/` : `/indicators/${year}/${n}/`);

/**
 * Splits the year's chart sections into parts that each hold at most `budget` elements of charts, in order; a
 * category that does not fit in what is left of a part is continued on the next (marked `continued`).
 */
export function splitSections(sections: YearPage["sections"], budget = CHART_ELEMENT_BUDGET): YearPage["sections"][] {
  const parts: YearPage["sections"][] = [[]];
  let used = 0;
  for (const section of sections) {
    let current: YearPage["sections"][number] | null = null;
    for (const entry of section.entries) {
      const cost = entry.elements + FIGURE_OVERHEAD;
      if (used > 0 && used + cost + (current ? 0 : SECTION_OVERHEAD) > budget) {
        parts.push([]);
        used = 0;
        current = null;
      }
      if (!current) {
        const continued = parts.some((p) => p.some((s) => s.id === section.id));
        current = { ...section, entries: [], continued };
        parts.at(-1)?.push(current);
        used += SECTION_OVERHEAD;
      }
      current.entries.push(entry);
      used += cost;
    }
  }
  // A year without a chart (no indicator with a result and a target) still has its one page: its records and gaps.
  const filled = parts.filter((p) => p.length > 0);
  return filled.length > 0 ? filled : [[]];
}

/**
 * Builds the pages of a plan year from every record, the places and the vocabulary, in a language: the charts
 * split by {@link splitSections}; the first page carries the reports' record pages, the last the indicators
 * that do not compare. Links are the Chinese pages' paths (pages put them in their language); the charts'
 * links are in the language already.
 */
export function yearPages(
  year: number,
  figures: readonly Figure[],
  places: readonly PlaceInfo[],
  metrics: readonly MetricInfo[],
  lang: Lang = DEFAULT_LANG,
): YearPage[] {
  return lang === DEFAULT_LANG ? defaultYearPages(year, figures, places, metrics) : drawYearPages(year, figures, places, metrics, lang);
}

function drawYearPages(year: number, figures: readonly Figure[], places: readonly PlaceInfo[], metrics: readonly MetricInfo[], lang: Lang): YearPage[] {
  const own = figures.filter((f) => reportYear(f.report) === year);
  const cities = new Set(own.map((f) => f.city));
  const reporting = places.filter((p) => cities.has(p.id));
  const groups = groupByMetric(chartFigures(own, year), reporting, metrics, year, lang);
  const names = (id: string) => ({ name: lang === DEFAULT_LANG ? categoryName(id).zh : categoryName(id).en, en: categoryName(id).en });
  // The split needs each chart's size, which is the same in every language: the charts are drawn in the default
  // language to size them (and kept for its pages); in another language, a chart is drawn when its page renders,
  // so that a build whose year pages are all reused draws each chart once, not once per language.
  const sizes = lang === DEFAULT_LANG ? undefined : chartSizes(year, figures, places, metrics);
  const entry = (group: MetricGroup): IndicatorEntry => {
    const href = indicatorHref(group.id);
    const draw = () => indicatorChart(group, { idPrefix: `y${year}`, lang });
    if (!sizes) {
      const chart = draw();
      return { group, chart, href, elements: chart?.elements ?? 0 };
    }
    let chart: IndicatorChart | null | undefined;
    return {
      group,
      get chart() {
        if (chart === undefined) chart = draw();
        return chart;
      },
      href,
      elements: sizes.get(group.id) ?? 0,
    };
  };
  const sections = groupsByCategory(groups.filter((g) => g.paired), metrics).map(({ category, items }) => ({
    id: category,
    ...names(category),
    continued: false,
    entries: items.map(entry),
  }));
  const gaps = groups
    .filter((g) => !g.paired)
    .map((g) => {
      const label = indicatorLabel(lang, g);
      return { id: g.id, name: label.text, nameLang: label.lang, href: indicatorHref(g.id), gaps: g.gaps };
    });
  /** Each report of the year (in the order of the records), with the places its records name and their number. */
  const byReport = new Map<string, { cities: Set<string>; count: number }>();
  for (const f of own) {
    let r = byReport.get(f.report);
    if (!r) byReport.set(f.report, (r = { cities: new Set(), count: 0 }));
    r.cities.add(f.city);
    r.count++;
  }
  const reports = reporting.flatMap((place) =>
    [...byReport]
      .filter(([, r]) => r.cities.has(place.id))
      .map(([id, r]) => ({ id, place, href: reportRecordsHref(id), count: r.count })),
  );
  const years: [number, number] = [year - 1, year];
  const legend = placesLegend(reporting, years, lang);
  const split = splitSections(sections);
  const parts = split.map((p, i) => ({
    n: i + 1,
    href: yearPartHref(year, i + 1),
    sections: p.map((s) => ({ id: s.id, name: s.name, count: s.entries.length, continued: s.continued ?? false })),
  }));
  const charts = sections.reduce((n, s) => n + s.entries.length, 0);
  return split.map((p, i) => ({
    year,
    years,
    places: reporting,
    legend,
    part: i + 1,
    parts,
    charts,
    sections: p,
    gaps: i === split.length - 1 ? gaps : [],
    gapCount: gaps.length,
    reports: i === 0 ? reports : [],
  }));
}

/**
 * What a year's page is made from, for its build-cache key: the page without its charts, which are drawn from
 * each entry's group (its records, places and years) by the route's code when the page renders; reading a
 * chart's markup would draw it. A record changes the key of the parts that chart or list it; a change of a
 * chart's size that moves the split changes every part's (their list of parts).
 */
export function yearPageInputs(page: YearPage): Omit<YearPage, "sections"> & { sections: { id: string; name: string; en: string; continued?: boolean; entries: Omit<IndicatorEntry, "chart">[] }[] } {
  return { ...page, sections: page.sections.map((s) => ({ ...s, entries: s.entries.map(({ group, href, elements }) => ({ group, href, elements })) })) };
}
