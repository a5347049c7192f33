import type { UiDict } from "../index.ts";

const glossary: UiDict["glossary"] = {
  title: "Glossary",
  description:
    "The policy terms of the government work reports, such as the “three tough battles” or the “six stabilities”: what they mean, where they are defined, and every paragraph of every report that uses them.",
  reportYear: (place, year) => `${place} ${year}`,
  report: (place, year) => `${place} ${year} report`,
  lede: (reports, terms, entries, docs) =>
    [
      reports.length === 1
        ? `The appendix of the ${reports[0]} government work report explains ${terms} policy terms (${entries} explanations in all).`
        : `The appendices of the ${list(reports)} government work reports explain ${terms} policy terms (${entries} explanations in all).`,
      `Each term has one entry here: what it means (each report's explanation where they differ), where it is defined, and every paragraph of all ${docs} reports that uses it.`,
      "The terms and their explanations are given as the reports write them, in Chinese, with the term in pinyin beside it.",
      "In the readers, these terms link here.",
    ].join(" "),
  indexTitle: "Index of terms",
  pageLabel: (label) => (label === "0" ? "Numbers" : label),
  pageTitle: (label) => `Glossary: ${label}`,
  pagesTitle: "By pinyin",
  pageLede: (label, terms, all) => `The ${plural(terms, "term")} of the glossary filed under “${label}” (of ${all}).`,
  overviewLede: (pages) => `The terms are filed by their pinyin on ${plural(pages, "page")}.`,
  indexCounts: (reports, uses) => `${plural(reports, "report")} · ${plural(uses, "use")}`,
  termsTitle: "Terms, explanations and sources",
  source: "Defined in: ",
  sourceOfThis: "This explanation is from: ",
  sourceLink: (report, number) => `${report}, appendix item ${number}`,
  usedIn: (reports, uses) => `Used in ${plural(reports, "report")}, ${plural(uses, "time")} in all:`,
  usesIn: (report, uses) => `${report} (${plural(uses, "use")}): `,
  paragraph: (n) => `para. ${n}`,
  unused: "Not used in the text of any report.",
  sharedTitle: "Other phrases several reports share",
  sharedLede:
    "These phrases in quotation marks are explained in no appendix, but at least half of the reports use them (the number of reports in brackets). Select one to search the reports for it.",
  sharedCount: (reports) => ` (${reports})`,
  tapAgain: "Tap the term again to open its glossary entry.",
};

/** `1 report`, `3 reports`. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
/** `A`, `A and B`, `A, B and C`. */
const list = (items: readonly string[]) => (items.length < 3 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

export default glossary;
