/** The pages the per-page gates (axe, keyboard, layout) check, and how to tell when one is ready. */
import type { Page } from "playwright-core";
import { sitePages } from "./dist.ts";

/** A query known to have results in both reports, for the search page with results shown. */
export const searchQuery = "就业";

/** Every built page, plus the search page with results (`/search/?q=就业`) when there is a search page. */
export async function pagesToCheck(distDir: string): Promise<string[]> {
  const pages = await sitePages(distDir);
  return pages.includes("/search/") ? [...pages, `/search/?q=${encodeURIComponent(searchQuery)}`] : pages;
}

/** Waits until a page has finished drawing what it shows on load (the search page: its results). */
export async function settle(page: Page): Promise<void> {
  const url = new URL(page.url());
  if (url.pathname === "/search/" && url.searchParams.get("q")) {
    await page.locator("#search-results a").first().waitFor({ state: "visible", timeout: 15_000 });
  }
}
