import type { UiDict } from "../index.ts";

/** `autonomous region` → `Autonomous region`. */
const cap = (s: string) => `${s}`.charAt(0).toUpperCase() + `${s}`.slice(1);

const reader: UiDict["reader"] = {
  description: (title) => `${title}: the full Chinese text, with a table of contents, a permanent link for every paragraph, key figures and glossary terms.`,
  meta: {
    date: "Date",
    congress: "Session",
    speaker: "Speaker",
    level: "Level",
    length: "Length",
    notStated: "not stated",
    paragraphs: (n) => `${n} paragraphs`,
  },
  topics: "Read this report by topic",
  topicsNote: " (the topics used when reports are compared)",
  source: {
    label: "Source",
    colon: ": ",
    file: ", file ",
    commit: [" (commit ", ")"],
    separator: "; ",
    official: "official page: ",
    none: "not recorded",
    sha256: "SHA-256 of the raw file",
    download: "Download: ",
    markdown: "structured Markdown",
    csv: "all indicators (CSV)",
  },
  related: {
    title: "Related reports",
    otherYears: (place) => `${place}, other years: `,
    year: (year) => String(year),
    parent: (level, year) => `${cap(level)} report, ${year}: `,
    children: (level, year) => `${cap(level)} reports, ${year}: `,
    separator: ", ",
    compareAround: [" (", ")"],
    compare: "compare",
    compareYears: (place, first, last) => `Compare ${place} ${first} with ${last}`,
    comparePlaces: (place, other, year) => `Compare ${place} with ${other}, ${year}`,
  },
  toc: "Contents",
  keyFigures: {
    title: "Key figures",
    indicator: "Indicator",
    results: (year) => `${year} result`,
    targets: (year) => `${year} target`,
    none: "not mentioned",
    separator: "; ",
    note: "Each value links to its paragraph in the text. ",
    all: "All indicators and charts",
    csv: "Download CSV",
  },
  pilcrow: (_n) => ["paragraph ", ""],
  figure: {
    title: (years, kind, label) => `${years} ${kind} · ${label}`,
    target: "target",
    estimate: "estimate",
    result: "result",
    separator: "; ",
  },
  copied: (url) => `Link to this paragraph copied: ${url}`,
};
export default reader;
