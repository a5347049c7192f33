import type { UiDict } from "../index.ts";

const compare: UiDict["compare"] = {
  title: (pair) => `Compare: ${pair}`,
  docTitle: (pair) => pair,
  indexDescription: (pair) =>
    `The government work reports of ${pair} side by side, topic by topic; or pick any two places of one year, or one place's consecutive years.`,
  pairDescription: (pair) => `The government work reports of ${pair} side by side, topic by topic, every paragraph linked to the report.`,
  page: {
    ledeStart: "Read ",
    ledeAnd: " and ",
    ledeEnd: (parts) =>
      ` side by side, topic by topic: under each topic first the two reports' key figures, then their paragraphs by part (${parts}), each linked to the full report. The paragraphs are quoted in Chinese.`,
    partsJoin: " / ",
    sharedMark: "Yellow highlight",
    sharedText: ": wordings and slogans both reports use.",
    termMark: "Dotted underline",
    termText: ": a term; pointing at it or focusing it shows its definition, clicking it opens the ",
    termLink: "glossary",
    termEnd: ".",
    assignNote: (other) =>
      `Each paragraph is filed under one topic by its headings, its opening sentence and its keywords; paragraphs that also touch on other topics are listed under "See also" there. Opening words, thanks, overall requirements and closing words are filed under "${other}".`,
    pickLink: "Compare another pair",
    pickText: ": two places of the same year, or one place's consecutive years.",
    bothYears: "both years",
    bothPlaces: "both places",
  },
  filter: {
    legend: "Show which part",
    all: "Show all",
    only: (part) => `${part} only`,
  },
  nav: {
    title: "Topics",
    count: (name, n) => `${name}: ${n} ${n === 1 ? "paragraph" : "paragraphs"}`,
  },
  topic: {
    shared: (both) => `Wordings ${both} use in this topic: `,
    back: "Back to the topics",
  },
  column: {
    noOutlook: "This report has no five-year plan part.",
    noPrimary: "No paragraph of this part is mainly about this topic.",
    also: "See also (paragraphs listed in full under other topics that also touch on this one): ",
    permalink: (report, n) => `${report} report, paragraph ${n}`,
  },
  figures: {
    title: "Key figures",
    more: (total, shown) => ` (${shown} of ${total})`,
    kind: (kind) => ` (${kind})`,
    none: "No figures were found under this topic.",
  },
  picker: {
    title: "Pick two reports to compare",
    count: (pairs) => `Any two places of the same year, or one place's consecutive years: ${pairs} pairs. `,
    manyStart: (limit) => `With more than ${limit} reports, each pair is put together in the browser (`,
    manyLink: "compare any two reports",
    manyEnd: ").",
    fewStart: "Any two reports can also be ",
    fewLink: "put side by side in the browser",
    fewEnd: (limit) => `; with more than ${limit} reports that is the only way to compare them.`,
    byYear: "By year",
    byPlace: "By place",
    consecutive: "Consecutive years",
    lineLabel: (label) => `${label}: `,
    placesJoin: "–",
    inYear: (pair, year) => `${pair} (${year})`,
    years: (first, last) => `${first} and ${last}`,
    placeYears: (place, years) => `${place} ${years}`,
    placeWith: (place, other, year) => `${place} and ${other} (${year})`,
  },
  view: {
    title: "Compare any two reports",
    description:
      "Pick any two reports and read them side by side, topic by topic, put together in the browser; without JavaScript, read each report's topic page.",
    heading: "Compare reports",
    lede: (limit) =>
      `Two reports side by side, topic by topic, every paragraph linked to the report. This page is put together in the browser from the two reports' topic data and works for any two reports; with more than ${limit} reports it is the only comparison page (see also the `,
    ledeLink: "pairs on the compare page",
    ledeEnd: ").",
    fallbackTitle: "Each report by topic",
    fallbackText:
      "Where the pair cannot be put together here (the browser runs no JavaScript, or a report in the address does not exist), read the two reports' topic pages one by one:",
    needPair: (example) => `The address needs two different reports${example ? `, such as ${example}` : ""}.`,
    notFound: (ids) => `No such report: ${ids.join(", ")}.`,
    pairHeading: (a, b) => `Compare: ${a} and ${b}`,
    columnLabel: (report, topic) => `${report}: ${topic}`,
    empty: "No paragraphs under this topic.",
    more: "Each report by topic: ",
    moreJoin: ", ",
  },
  topics: {
    title: (report) => `${report}: by topic`,
    docTitle: (report) => `${report}, by topic`,
    description: (report) =>
      `Every paragraph of the ${report} filed under a topic and linked to the report; the way to read two reports side by side without JavaScript.`,
    ledeStart: "Each paragraph is filed under one topic and linked to its place in the ",
    readerLink: "full report",
    ledeMiddle: "; to read it beside another report, see ",
    compareLink: "Compare",
    ledeData: ". The data of this page: ",
    ledeEnd: ". The paragraphs are quoted in Chinese.",
  },
  paragraph: (n) => `Paragraph ${n}`,
  paragraphIn: (n, part) => `Paragraph ${n} (${part})`,
};
export default compare;
