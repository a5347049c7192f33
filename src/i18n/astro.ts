/**
 * The language of the page being rendered, for Astro components: its dictionary, and links that stay in
 * it. Components call `useI18n(Astro)`. The language is Astro's (`Astro.currentLocale`, from the i18n
 * routing in astro.config.mjs); links are made by `localePath`, the pure twin of `getRelativeLocaleUrl`
 * for the same settings (`src/i18n/config.ts`). Importing `astro:i18n` into components would attach
 * every page's stylesheets to every page (withastro/astro#16115), so the page graph does not import it.
 */
import { asLang, basePath, localePath, LOCALES, type Lang } from "./config.ts";
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
  /** This page in every language: its path, and its absolute URL for `<link rel="alternate" hreflang>`. */
  alternates: { lang: Lang; href: string; path: string }[];
}

/**
 * One page's helpers, by its `Astro.url`: Astro gives every component of a page the same URL object, and a page
 * of many components (a reader's citation links, a tracker's badges) would otherwise make them again for each.
 */
const perPage = new WeakMap<URL, PageI18n>();

/** The page's language and helpers, from `Astro.currentLocale`, `Astro.url` and `Astro.site`. */
export function useI18n(astro: { currentLocale?: string | undefined; url: URL; site?: URL | undefined }): PageI18n {
  const known = perPage.get(astro.url);
  if (known) return known;
  const made = pageI18n(asLang(astro.currentLocale), astro.url, astro.site);
  perPage.set(astro.url, made);
  return made;
}

/** The helpers of the page at `url` in `lang` (absolute links on `site`, else on the page's own origin). */
function pageI18n(lang: Lang, url: URL, site?: URL): PageI18n {
  const href = (path: string, to: Lang = lang) => localePath(to, path);
  const here = basePath(url.pathname);
  const origin = site ?? url;
  const alternates = LOCALES.map((l) => ({ lang: l, path: localePath(l, here), href: new URL(localePath(l, here), origin).href }));
  return { lang, t: dictionaries[lang], href, alternates };
}
