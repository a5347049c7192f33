/** Strings of the cite pages, the 引用 links and the citation dialog. */
export default {
  /** The link beside a paragraph's ¶, a figure or a tracked target. */
  link: "引用",
  /** Its accessible name, naming the paragraph. */
  linkLabel: (n: number) => `引用第${n}段`,
  /** A cite page's heading. */
  pageTitle: (title: string) => `引用：${title}`,
  /** Its <title>, from the report's title, short place name and year (English titles are long: `Cite: Ningxia 2021`). */
  docTitle: (title: string, _place: string, _year: number) => `引用：${title}`,
  description: (title: string) => `${title}全文与每一段的引用：GB/T 7714—2015 格式与英文格式，链接到原文段落。`,
  intro:
    "全文和每一段都给出两种引用格式：国家标准 GB/T 7714—2015《信息与文献 参考文献著录规则》的报告格式，以及英文格式（题名附拼音与英译）。网址指向报告中的该段，英文格式指向英文版；不含访问日期。",
  back: "返回报告全文",
  wholeReport: "全文",
  paragraphs: "各段",
  /** The link to a paragraph, at the head of its entry. */
  paragraph: (n: number) => `第${n}段`,
  gbt: "GB/T 7714—2015",
  en: "英文",
  /** The dialog's heading. */
  dialogTitle: (n: number) => `引用第${n}段`,
  copy: "复制",
  /** A copy button's accessible name. */
  copyLabel: (style: string) => `复制${style}格式的引用`,
  copied: (style: string) => `已复制${style}格式的引用。`,
  copyFailed: "无法复制到剪贴板，请选中文字后复制。",
  close: "关闭",
  /** The dialog's link to the cite page. */
  allParagraphs: "本报告全文和各段的引用",
};
