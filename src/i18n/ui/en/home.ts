import type { UiDict } from "../index.ts";

const home: UiDict["home"] = {
  lede: (places, span, count) =>
    `Read, search and compare Chinese local government work reports, paragraph by paragraph. The site holds ${count} government work reports of ${places}, ${span}: every paragraph has a permanent link, every figure links back to the sentence it comes from, and the data can be downloaded.`,
  span: (first, last) => (first === last ? String(first) : `${first}–${last}`),
  reportsTitle: "The reports",
  gridCaption: "Government work reports by place and year: open one to read it in full; date and speaker below each",
  gridPlace: "Place",
  gridReport: (year) => `${year} report`,
  gridReportLabel: (place, year) => `${place}, ${year} report`,
  noDate: "date not given",
  noSpeaker: "speaker not named",
  toolsTitle: "Ways to read the reports",
  tools: {
    compare: ["Compare", "Two reports side by side, topic by topic: two places in the same year, or one place in consecutive years."],
    tracker: ["Target tracker", "Was each annual target met? Each target against the result the next year's report gives, with both sentences and the rule applied."],
    indicators: ["Indicators", "Each place's results for the past year against its targets for the year ahead, every number with its source sentence."],
    glossary: ["Glossary", "What policy terms such as the \"three tough battles\" or \"streamline, delegate, regulate and serve\" mean, and where they are used."],
  },
  toolsSearch: (count) => ["Search", `Search all ${count} reports by keyword, filter by place and year, and go straight to the paragraph.`],
  dataTitle: "Data downloads",
  data: {
    indicatorsCsv: ": every figure, one per row (UTF-8, with a header row)",
    indicatorsJson: ": the same data as JSON",
    tracker: ": each tracked target, its outcome and the judgement, with both sentences and their paragraphs' links (UTF-8, with a header row)",
    reports: "Each report as structured Markdown (text, heading hierarchy and provenance):",
    separator: ", ",
  },
};
export default home;
