import { PLACES_NAMED } from "../../config.ts";
import type { UiDict } from "../index.ts";

/** Joins a list: Yinchuan, Shizuishan and Zhongwei. */
export const list = (items: readonly string[]): string => (items.length < 3 ? items.join(" and ") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`);

const common: UiDict["common"] = {
  siteName: "Government Work Reports Side by Side",
  description:
    "Read, search and compare Chinese local government work reports: a permanent link for every paragraph, every figure linked to its source sentence, data to download.",
  skipLink: "Skip to content",
  nav: {
    label: "Main",
    home: "Home",
    compare: "Compare",
    indicators: "Indicators",
    tracker: "Tracker",
    glossary: "Glossary",
  },
  searchBox: { label: "Search the reports", placeholder: "Search…", submit: "Search" },
  langSwitch: { label: "Language", other: "中文" },
  notFound: {
    title: "Page not found",
    text: "There is no page at this address: the link may be wrong, or this site has no such report or comparison.",
    pair: "To compare these two reports, open ",
    pairLink: "the two reports side by side",
    home: "Home: the reports of every place and year",
    view: "Compare any two reports",
    search: "Search the reports",
  },
  footer: {
    downloads: "Data: ",
    sourceNote: "The texts as published by each people's government are authoritative.",
  },
  date: (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,
  monthDay: (month, day) => `${day} ${MONTHS[month - 1]}`,
  year: (year) => String(year),
  list,
  places: (names) => (names.length <= PLACES_NAMED ? list(names) : `${names.length} places, among them ${list(names.slice(0, 3))}`),
};
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
export default common;
