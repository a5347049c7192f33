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

/** The longest <title> the pages may have (html-validate's `long-title`), the site name included. */
export const TITLE_MAX = 70;

const ENTITIES: Record<string, number> = { "&": 5, "<": 4, ">": 4, '"': 6, "'": 5 };

/** The length of a text as written in the HTML (`'` is `&#39;`): what html-validate measures. */
export const htmlLength = (text: string): number => [...text].reduce((n, c) => n + (ENTITIES[c] ?? 1), 0);

/**
 * A page title that fits beside the site name (`<title> · <site name>` within {@link TITLE_MAX} characters):
 * as it is when it fits; else without a closing parenthesis (`Industrial value added growth (above designated
 * size)` → `Industrial value added growth`); else the longest shortening that fits of its first words and an
 * ellipsis (`“Zombie” enterprises disposed…`), or its first and last words around one (`Urban… disposable income
 * growth`), whose ends tell similar titles apart.
 */
export function fitTitle(title: string, siteName: string, max = TITLE_MAX): string {
  const room = max - htmlLength(siteName) - " · ".length;
  if (htmlLength(title) <= room) return title;
  const bare = title.replace(/\s*\([^()]*\)$/, "");
  if (htmlLength(bare) <= room) return bare;
  const words = bare.split(/\s+/);
  const head = (n: number) => words.slice(0, n).join(" ").replace(/[,;:–-]+$/, "");
  let cut = bare;
  while (htmlLength(cut) > room - 1) cut = cut.slice(0, -1);
  const candidates = [`${cut}…`];
  for (let first = 1; first < words.length; first++) {
    candidates.push(`${head(first)}…`);
    for (let last = 2; first + last < words.length; last++) candidates.push(`${head(first)}… ${words.slice(-last).join(" ")}`);
  }
  const fits = candidates.slice(1).filter((c) => htmlLength(c) <= room);
  return fits.reduce((best, c) => (htmlLength(c) > htmlLength(best) ? c : best), "") || candidates[0]!;
}
