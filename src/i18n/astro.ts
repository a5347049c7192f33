/**
 * The language of the page being rendered, for Astro components: its dictionary, and links that stay in
 * it, made with Astro's i18n routing (`getRelativeLocaleUrl`). Components call `useI18n(Astro)`.
 */
import { getAbsoluteLocaleUrl, getRelativeLocaleUrl } from "astro:i18n";
import { asLang, basePath, LOCALES, type Lang } from "./config.ts";
import { dictionaries, type UiDict } from "./ui/index.ts";

/** What a component needs to speak the page's language. */
export interface PageI18n {
  lang: Lang;
  /** The page language's dictionary. */
  t: UiDict;
  /**
   * A site page's path in the page's language (or `to`): `/reports/x/#p-3` → `/en/reports/x/#p-3` on an
   * English page. Query and fragment are kept as they are.
   */
  href(path: string, to?: Lang): string;
  /** This page in every language, absolute, for `<link rel="alternate" hreflang>` and the language switch. */
  alternates: { lang: Lang; href: string; path: string }[];
}

const split = (path: string): [string, string] => {
  const at = path.search(/[?#]/);
  return at === -1 ? [path, ""] : [path.slice(0, at), path.slice(at)];
};

/** The page's language and helpers, from `Astro.currentLocale` and `Astro.url`. */
export function useI18n(astro: { currentLocale?: string | undefined; url: URL }): PageI18n {
  const lang = asLang(astro.currentLocale);
  const href = (path: string, to: Lang = lang) => {
    const [pathname, suffix] = split(basePath(path));
    return `${getRelativeLocaleUrl(to, pathname.replace(/^\//, ""))}${suffix}`;
  };
  const here = basePath(astro.url.pathname).replace(/^\//, "");
  const alternates = LOCALES.map((l) => ({ lang: l, path: getRelativeLocaleUrl(l, here), href: getAbsoluteLocaleUrl(l, here) }));
  return { lang, t: dictionaries[lang], href, alternates };
}
