import type { UiDict } from "../index.ts";

/** Strings of the search page's script (see ../zh/search-results.ts). */
const results: UiDict["search"]["results"] = {
  yearReport: (year) => `${year} report`,
  parts: {
    review: "Review of past work",
    plan: "Plan for the year",
    outlook: "Five-year outlook",
  },
  glossaryPart: "Glossary",
  moreCount: (rest) => `Show more results (${rest} more)`,
  status: {
    empty: "Type a word to search the paragraphs, headings and glossary entries of the reports.",
    filteredOut: (filtered) => `No results match the filters (they left out ${plural(filtered, "result")}).`,
    notFound: (query) => `Nothing found for “${query}”.`,
    unknownWords: (words) =>
      words.length
        ? ` ${words.map((w) => `“${w}”`).join(", ")} ${words.length === 1 ? "is" : "are"} not among the English words the search knows: try the indicator's name, or type it in Chinese.`
        : "",
    fuzzy: (query, count) => `Nothing matches “${query}” exactly; here ${count === 1 ? "is 1 close result" : `are ${count} close results`}.`,
    found: (count, filtered) => `${plural(count, "result")} found${filtered ? ` (the filters left out ${filtered})` : ""}.`,
    loading: (loaded, total) => ` Loading the index (${loaded}/${total})…`,
    failed: "The search index could not be loaded. Please reload the page.",
  },
  also: "Also searched: ",
  alsoSeparator: ", ",
  paragraph: (n) => `para. ${n}`,
  reordered: "words in another order",
};

/** `1 result`, `3 results`. */
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

export default results;
