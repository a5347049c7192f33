import type { UiDict } from "../index.ts";

const cite: UiDict["cite"] = {
  link: "Cite",
  linkLabel: (n) => `Cite paragraph ${n}`,
  pageTitle: (title) => `Cite: ${title}`,
  docTitle: (_title, place, year) => `Cite: ${place} ${year}`,
  description: (title) => `How to cite the ${title} and each of its paragraphs: GB/T 7714-2015 and English references, with links to the paragraphs.`,
  intro:
    "The whole report and each paragraph can be cited in two styles: the Chinese national standard GB/T 7714-2015 (a report, [R]), and English, with the title in pinyin and in translation. Each link leads to the paragraph in the report, the English reference's to the English edition. No access date is given.",
  back: "Back to the report",
  wholeReport: "The whole report",
  paragraphs: "Each paragraph",
  paragraph: (n) => `Paragraph ${n}`,
  gbt: "GB/T 7714-2015",
  en: "English",
  dialogTitle: (n) => `Cite paragraph ${n}`,
  copy: "Copy",
  copyLabel: (style) => `Copy the ${style} reference`,
  copied: (style) => `The ${style} reference is copied.`,
  copyFailed: "Could not copy to the clipboard: select the text and copy it.",
  close: "Close",
  allParagraphs: "References to the whole report and every paragraph",
};
export default cite;
