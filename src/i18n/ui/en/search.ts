import type { UiDict } from "../index.ts";
import results from "./search-results.ts";

const search: UiDict["search"] = {
  title: "Search",
  description:
    "Search the full text of the government work reports of every place and year: straight to the paragraph, filtered by place, year and part of the report. English indicator names find their Chinese wording.",
  formLabel: "Search the paragraphs, headings and glossary of the reports",
  placeholder: "e.g. GDP, unemployment, kindergarten",
  submit: "Search",
  place: "Place",
  allPlaces: "All places",
  year: "Year",
  allYears: "All years",
  part: "Part",
  allParts: "Whole report",
  tips: "Separate words with spaces: results contain every word. Press {/} to return to the search box, {↓} {↑} to move between results, {Enter} to open one.",
  languageNote: (examples) =>
    `The reports are in Chinese. English names of indicators and topics (${examples} …) are searched in the reports' own words, shown above the results; for anything else, type Chinese.`,
  noScript: ["Search needs JavaScript. You can also open a report from the ", "home page", " and use your browser's find in page."],
  resultsLabel: "Search results",
  more: "Show more results",
  results,
};

export default search;
