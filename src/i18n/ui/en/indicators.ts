import type { UiDict } from "../index.ts";
import { list } from "./common.ts";

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const span = (first: number, last: number) => (first === last ? String(last) : `${first}–${last}`);
const capital = (s: string) => `${s}`.charAt(0).toUpperCase() + `${s}`.slice(1);

const indicators: UiDict["indicators"] = {
  name: "Indicators",
  join: list,
  crumbsLabel: "Breadcrumb",
  legendLabel: "Legend",
  year: (year) => String(year),
  yearReports: (year) => `${year} reports`,
  resultsAndTargets: (resultYear, targetYear) => `${resultYear} results and ${targetYear} targets`,

  index: {
    description: (names) =>
      `Figures from the government work reports of ${names}: results and targets year by year in charts, every number linked to its source sentence.`,
    lede: (names) =>
      `The numbers written into the government work reports of ${names}: how much was achieved in the year before, and what targets were set for the year ahead. See each year's results and targets place by place, or one indicator over places and years; every value links to the paragraph it comes from.`,
    yearsTitle: "By year",
    records: (count) => plural(count, "record"),
    metricsTitle: "By indicator",
    metricsLede:
      "One page per indicator: results and targets by place and year, every record with its source text, and the indicator's CSV. In brackets: how many places report it, and in which years' reports.",
    metricStats: (places, years) => ` (${plural(places, "place")}; ${years})`,
    dataTitle: "All data",
    dataLead: (total, unlisted) => `All ${total} figure records (${unlisted} of them not assigned to an indicator of the vocabulary): `,
    dataTail: ". Every record of each report is listed at the end of each year's page.",
  },

  yearPage: {
    partOf: (part, parts) => ` (page ${part} of ${parts})`,
    title: (resultYear, targetYear) => `Indicators of the ${targetYear} reports: ${resultYear} results and ${targetYear} targets`,
    pageTitle: (_resultYear, targetYear, partOf) => `Indicators ${targetYear}${partOf}`,
    description: (names, resultYear, targetYear) =>
      `The ${targetYear} government work reports of ${names}: ${resultYear} results and ${targetYear} targets, one chart per indicator, every number linked to its source sentence.`,
    crumbPart: (part) => ` › page ${part}`,
    lede: (names, resultYear, targetYear) =>
      `The ${targetYear} government work reports of ${names}: what was achieved in ${resultYear} (filled marks), and the targets set for ${targetYear} (hollow marks, bands or arrows).`,
    ledeRegion: (regions, count) =>
      ` ${regions} ${count > 1 ? "are each" : "is"} drawn as the reference of its own cities, in the row above them; its target is the dashed line across those rows.`,
    ledeLinks: " Select a value in a chart to open its source paragraph.",
    navLabel: "On this page",
    page: (n) => `Page ${n}`,
    thisPage: (n) => `Page ${n} (this page)`,
    continued: " (continued)",
    count: (n) => ` (${n})`,
    gapsTitle: "Indicators that cannot be compared",
    reportsTitle: "All records of each report",
    chartsTitle: (charts, parts) => `Results and targets (${plural(charts, "indicator")}${parts > 1 ? `, on ${parts} pages` : ""})`,
    chartsLede: (resultYear, targetYear) =>
      `Each indicator for which at least one place gives both a ${resultYear} result and a ${targetYear} target has a chart, grouped by field; each chart lists only the places that mention the indicator, and has its own scale.`,
    pagerLabel: "Pages",
    prev: (n) => `← Page ${n}`,
    next: (n, sections) => `Page ${n}: ${sections} →`,
    gapsLede: (resultYear, targetYear) =>
      `For these indicators no place gives both a ${resultYear} result and a ${targetYear} target; the figures are on each indicator's page.`,
    gapsSep: " — ",
    reportsLede: (targetYear) => `Every figure in each ${targetYear} report (including those not assigned to an indicator), one page per report:`,
    reportCount: (n) => ` (${plural(n, "record")})`,
    allData: "All data: ",
  },

  figure: {
    gapsSentence: (gaps) => `${capital(gaps)}.`,
    noChart: "These figures cannot be drawn on one axis: see ",
    noFigures: "No report gives a result or a target of these two years alone: see ",
    noChartLink: "the indicator's page",
    noChartTable: "the table below",
    noChartEnd: ".",
    data: (n) => `Data and sources (${plural(n, "record")})`,
    tableCaption: (label, year) => `${label}: records of the ${year} reports, with their source text`,
  },

  table: {
    indicator: "Indicator",
    value: "Value",
    place: "Place",
    kind: "Kind",
    quote: "Source text",
    estimate: "estimate",
    kindText: (years, kind) => `${years} ${kind}`,
    years: span,
  },

  metricPage: {
    title: (label) => label,
    description: (label, places, first, last) =>
      `${label}: results and targets in the ${span(first, last)} government work reports of ${places}, every number linked to its source sentence.`,
    lede: (places) =>
      `This indicator in the government work reports of ${places}, year by year: each report's result for the year before and its target for the year ahead, one chart per year. Select a value in a chart to open its source paragraph.`,
    chartCaption: (year) => `${year} reports: ${year - 1} results and ${year} targets`,
    summaryTitle: "The values in the charts",
    summarySep: ": ",
    nothingDrawn: "nothing to draw",
    recordsTitle: (n) => `All records (${n})`,
    recordsLede:
      "Every figure for this indicator in the reports of every place and year, including totals over several years and five-year targets; each value links to its source paragraph.",
    recordsCaption: (label) => `${label}: all records, with their source text`,
    csvLead: (n) => `The indicator's ${plural(n, "record")} (`,
    csvLink: "download this indicator's CSV file",
    csvMiddle: ") have the same columns as ",
    csvAll: " (every indicator; also as ",
    csvEnd: ").",
  },

  filter: {
    place: "Place",
    kind: "Kind",
    year: "Report year",
    all: "All",
    result: "Result",
    target: "Target",
  },

  records: {
    title: (place, year) => `Every figure in the ${year} report of ${place}`,
    pageTitle: (place, year) => `${place} ${year}: every figure`,
    description: (place, year, total) =>
      `The ${total} figures of the ${year} government work report of ${place}: results and targets, each linked to its source sentence.`,
    fullText: "The full report",
    lede: (total, results, targets) =>
      ` holds ${plural(total, "figure")}: ${plural(results, "result")} and ${plural(targets, "target")}. Each value links to its source paragraph; a figure assigned to an indicator is named by it, and can be compared with other places in the `,
    ledeYear: (year) => `${year} indicator charts`,
    ledeEnd: ".",
    results: (n) => `Results (${n})`,
    targets: (n) => `Targets (${n})`,
    none: "No figures of this kind were found in this report.",
    value: "Indicator and value",
    quote: "Source text",
    line: (indicator, years, kind, estimate, value) => `${indicator ? `${indicator} · ` : ""}${years} ${estimate ? "estimate" : kind} ${value}`,
  },

  chart: {
    title: (label, resultYear, targetYear) => `${label}: ${resultYear} results and ${targetYear} targets`,
    unit: (unit) => `Unit: ${unit}`,
    noData: "no data",
    noResult: (year) => `no ${year} result`,
    noTarget: (year) => `no ${year} target`,
    higherBetter: "higher is better →",
    lowerBetter: "← lower is better",
    markLink: (place, year, kind, value) => `${place}, ${year} ${kind}: ${value} (source)`,
    descNotStated: (place) => `${place}: not mentioned`,
    descRow: (place, result, target) => `${place}: ${result}, ${target}`,
    descNoResult: (year) => `no ${year} result reported`,
    descNoTarget: (year) => `no ${year} target set`,
    descResult: (year, estimate, value) => `${year} ${estimate ? "estimate" : "result"} ${value}`,
    descTarget: (year, value) => `${year} target ${value}`,
    descRows: (rows) => `${rows.join("; ")}.`,
    descHigherBetter: " Higher is better.",
    descLowerBetter: " Lower is better.",
    descRule: (region) => ` The dashed line marks the target of ${region}.`,
    descAbsent: (places) => ` Not mentioned: ${places}.`,
    legendResult: (year) => (year === null ? "Result of the year before" : `${year} result`),
    legendEstimate: "Estimate",
    legendTarget: (year) => (year === null ? "Target for the year" : `${year} target`),
    legendApprox: "Approximate (about)",
    legendBand: "Target range",
    legendFloor: "Floor (at least)",
    legendCeiling: "Ceiling (at most)",
    legendRule: (region, year) => `${region} ${year === null ? "" : `${year} `}target (reference line)`,
    onlyResult: (year, places) => `only a ${year} result: ${places}`,
    onlyTarget: (year, places) => `only a ${year} target: ${places}`,
    absent: (places) => `not mentioned: ${places}`,
    gaps: (parts) => parts.join("; "),
  },
};
export default indicators;
