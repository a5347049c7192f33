import { DEFAULT_LANG, type Lang } from "../../i18n/config.ts";

/** An indicator's name on a page: its text, and `zh-CN` when it is Chinese on a page in another language. */
export interface IndicatorLabel {
  text: string;
  lang: "zh-CN" | undefined;
}

/**
 * An indicator's name in a language: the vocabulary's English label on English pages; where there is none (a
 * record outside the vocabulary), its Chinese wording, marked as Chinese.
 */
export function indicatorLabel(lang: Lang, item: { label_zh: string; label_en: string | null }): IndicatorLabel {
  if (lang === DEFAULT_LANG) return { text: item.label_zh, lang: undefined };
  return item.label_en ? { text: item.label_en, lang: undefined } : { text: item.label_zh, lang: "zh-CN" };
}
