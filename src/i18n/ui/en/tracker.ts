import type { UiDict } from "../index.ts";

const tracker: UiDict["tracker"] = {
  title: "Target tracker",
  description:
    "Was each annual target met? Every target in the government work reports set against the result the next year's report gives, with both sentences and the rule applied.",
  heading: "Target tracker: were the targets met?",
  lede: (years, targets, places) =>
    [...years.map((y) => `Targets for ${y}, against the results for ${y} given in the ${y + 1} reports.`), `${targets} targets tracked in ${places} places, each with the sentence that sets the target, the sentence that reports the outcome, and the rule applied.`].join(" "),
  placesTitle: "By place",
  placesCaption: "Each place's targets by status (select a number to see them)",
  placeColumn: "Place",
  matrixTitle: "Main indicators",
  matrixCaption: (years) => `Main indicators × places: each cell is the judgement on the place's ${years.join(", ")} target`,
  metricColumn: "Indicator",
  matrixNote: "“—”: the place's report set no numeric target for this indicator.",
  chartsTitle: "Targets and outcomes",
  chartTitle: (metric, year) => `${metric}: targets and outcomes for ${year}`,
  chartDescRow: (place, target, outcome, status) => `${place}: target ${target}, outcome ${outcome} (${status})`,
  chartDescSeparator: "; ",
  chartNoOutcome: "not reported",
  chartCaption: "Bars are the targets (an approximate target includes its 0.5-point tolerance); dots are the outcomes the next year's report gives. ",
  chartCaptionRule: (rule) => `The dashed line is the ${rule}, for the cities under it to compare with.`,
  dataLabel: "Data: ",
  dataNote: " (UTF-8, with a header row)",
  placeTitle: (place) => `${place}: target tracker`,
  placeDescription: (place) =>
    `Each target in ${place}'s government work report set against the result the next year's report gives: the target sentence, the outcome sentence and the rule applied.`,
  placeHeading: ": were the targets met?",
  placePair: (targetYear, targets, outcomeYear) =>
    `${targets} ${targets === 1 ? "target" : "targets"} of the ${targetYear} report, against the results given in the ${outcomeYear} report.`,
  countsLabel: "Targets by status",
  filterStatus: "Status",
  filterMetric: "Indicator",
  filterAll: "All",
  filterSubmit: "Filter",
  filterCount: (shown, total) => `Showing ${shown} of ${total}`,
  listTitle: "Target by target",
  awaitingTitle: "Targets awaiting the next report",
  awaitingNote: (year, targets, nextYear) =>
    `${targets} targets of the ${year} report: the site has no ${nextYear} report yet, so they wait for the results for ${year} it will give, and are not counted under any status yet.`,
  awaitingStatus: "Awaiting report",
  awaitingNone: (nextYear) => `The site has no ${nextYear} report yet.`,
  awaitingPlaces: "These places' reports set targets, but their next year's report is not on the site yet; the targets await judging:",
  awaitingPlace: (place, targets) => `${place} (${targets} targets)`,
  untrackedTitle: "Targets not tracked",
  untrackedNote:
    "These targets have a number but are not in our list of indicators, so they cannot be paired with the next year's result, or are of an indicator where neither higher nor lower is better (the natural population growth rate, budget spending, bank loans) and set no ceiling, which no rule judges; they are listed as written.",
  paragraphLink: (paragraph) => `Source, paragraph ${paragraph}`,
  untrackedValue: (value) => `target ${value}`,
  targetCaption: (year) => `Target in the ${year} report`,
  outcomeCaption: (year) => `Outcome in the ${year} report`,
  noOutcome: (year) => `The report gives no single-year figure for this indicator in ${year}.`,
  ruleLabel: "Rule: ",
  howTitle: "How we judge",
  howItems: (near) => [
    [
      "A target for the year set in one year's report is judged by the result for that year given in the same place's report a year later. Only single-year figures of the same indicator, on the same basis, are compared.",
    ],
    [
      { b: "Floor targets" },
      " (growth of 6%, 6% or more): met when the outcome is at least the target. ",
      { b: "Approximate or range targets" },
      ` (about 6.5%, 6.5–7%): near when the outcome falls short of the target by no more than ${near} percentage points.`,
    ],
    [
      { b: "Ceilings" },
      " (kept within 4.5%, consumer prices up about 3%, unemployment rates): met when the outcome does not exceed the ceiling. ",
      { b: "Reduction targets" },
      " (energy use down 3%): met when the fall is at least the target. “Flat” counts as 0%.",
    ],
    [{ b: "Estimates" }, ": the next report often says “expected to grow by …”. We take the estimate as the outcome and say that it is an estimate."],
    [
      { b: "Not reported" },
      ": the next report gives no single-year figure for the indicator. What a government does not report back is news too. Five-year averages, cumulative figures and the new year's targets do not count as outcomes.",
    ],
    [
      { b: "Not comparable" },
      ": the next report gives a figure on another basis, such as the registered instead of the surveyed urban unemployment rate, a total instead of a growth rate, or a change against an earlier base year, which cannot be compared directly.",
    ],
    [
      "Targets without a number (“complete the tasks set by the region”, “restore growth”) cannot be judged and are not tracked; targets with a number that are not in our list of indicators are listed separately, without a judgement.",
    ],
  ],
};
export default tracker;
