/**
 * The site's languages, shared by `astro.config.mjs` (Astro's i18n routing) and the pure helpers here:
 * Chinese is the default and lives at the root, every other language under its own prefix (`/en/…`).
 */
export const LOCALES = ["zh-CN", "en"] as const;
/** A language of the site. */
export type Lang = (typeof LOCALES)[number];
/** The language of the unprefixed pages. */
export const DEFAULT_LANG: Lang = "zh-CN";

/** How many places a sentence names before it counts them instead (`宁夏回族自治区、银川市、石嘴山市等 79 个地方`). */
export const PLACES_NAMED = 6;

/** Astro's `i18n` option. */
export const i18nConfig = {
  locales: [...LOCALES],
  defaultLocale: DEFAULT_LANG,
  routing: { prefixDefaultLocale: false },
};

/** The language a locale string names, the default when it names none of ours. */
export function asLang(locale: string | undefined): Lang {
  return (LOCALES as readonly string[]).includes(locale ?? "") ? (locale as Lang) : DEFAULT_LANG;
}

/** Whether a language's pages live under a prefix (`/en/`). */
const prefixOf = (lang: Lang): string => (lang === DEFAULT_LANG ? "" : `/${lang}`);

/**
 * The path of a page in one language, from its path in any language (`/en/reports/x/` → `/reports/x/`
 * and back). Query and fragment are kept. The pure twin of `getRelativeLocaleUrl` for modules that run
 * outside Astro (client scripts, tests); pages use {@link ../i18n/index.ts} `href`, which calls Astro's.
 */
export function localePath(lang: Lang, path: string): string {
  return `${prefixOf(lang)}${basePath(path)}`;
}

/** A page's path with any language prefix removed: `/en/tracker/` → `/tracker/`, `/en/` → `/`. */
export function basePath(path: string): string {
  for (const lang of LOCALES) {
    const prefix = prefixOf(lang);
    if (prefix && (path === prefix || path.startsWith(`${prefix}/`) || path.startsWith(`${prefix}?`) || path.startsWith(`${prefix}#`))) {
      const rest = path.slice(prefix.length);
      return rest.startsWith("/") ? rest : `/${rest}`;
    }
  }
  return path;
}

/** The language a site path is in. */
export function langOfPath(path: string): Lang {
  return LOCALES.find((l) => l !== DEFAULT_LANG && (path === prefixOf(l) || path.startsWith(`${prefixOf(l)}/`))) ?? DEFAULT_LANG;
}
