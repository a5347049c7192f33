/** The pages the per-page gates (axe, keyboard, layout) check, and how to tell when one is ready. */
import type { Page } from "playwright-core";
import { basePath, DEFAULT_LANG, langOfPath, localePath } from "../../../src/i18n/config.ts";
import { sitePages } from "./dist.ts";

/** A query known to have results in both reports, for the search page with results shown. */
export const searchQuery = "就业";
/** The same for the English search page: an English word the synonym table maps to the reports' wording. */
export const searchQueryEn = "GDP";

/**
 * Every built page, plus the search page with results (`/search/?q=就业`, and `/en/search/?q=GDP` for the
 * English edition) when there is such a page.
 */
export async function pagesToCheck(distDir: string): Promise<string[]> {
  const pages = await sitePages(distDir);
  const extra: string[] = [];
  if (pages.includes("/search/")) extra.push(`/search/?q=${encodeURIComponent(searchQuery)}`);
  if (pages.includes(localePath("en", "/search/"))) extra.push(`${localePath("en", "/search/")}?q=${encodeURIComponent(searchQueryEn)}`);
  return [...pages, ...extra];
}

/** Waits until a page has finished drawing what it shows on load (the search page, in either language: its results, every shard loaded). */
export async function settle(page: Page): Promise<void> {
  const url = new URL(page.url());
  if (basePath(url.pathname) === "/search/" && url.searchParams.get("q")) {
    await page.locator("#search-results a").first().waitFor({ state: "visible", timeout: 30_000 });
    // Every shard loaded: the results no longer reorder under the keyboard walk or axe.
    await page.locator('#search-results[aria-busy="false"]').waitFor({ state: "attached", timeout: 30_000 });
  }
}

/**
 * The template a page path belongs to: `/indicators/cpi/` → `/indicators/:param/`; top-level pages are
 * their own; an English page's template is its Chinese page's, under `/en` (`/en/indicators/:param/`).
 */
export function templateOf(path: string): string {
  const url = new URL(path, "http://site.invalid");
  if (url.search) return path;
  const lang = langOfPath(url.pathname);
  const template = basePath(url.pathname).replace(/^(\/[^/]+\/)(?:[^/]+\/)+$/, "$1:param/");
  return lang === DEFAULT_LANG ? template : localePath(lang, template);
}

/** One page per template (the first in sorted order): for checks whose outcome the template decides. */
export function onePerTemplate(paths: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const path of [...paths].sort()) if (!seen.has(templateOf(path))) seen.set(templateOf(path), path);
  return [...seen.values()];
}

/**
 * Up to `perTemplate` pages of each template, evenly spread over its sorted pages (first and last
 * included); templates with fewer pages are taken whole.
 */
export function sampleOfTemplates(paths: readonly string[], perTemplate: number): string[] {
  const groups = new Map<string, string[]>();
  for (const path of [...paths].sort()) groups.set(templateOf(path), [...(groups.get(templateOf(path)) ?? []), path]);
  return [...groups.values()].flatMap((group) => {
    if (group.length <= perTemplate) return group;
    const picks = new Set(Array.from({ length: perTemplate }, (_, i) => Math.round((i * (group.length - 1)) / (perTemplate - 1))));
    return [...picks].map((i) => group[i] as string);
  });
}
