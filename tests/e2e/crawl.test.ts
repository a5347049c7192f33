/**
 * The crawl: from `/`, follow every internal link (and GET form action) and open every page of the built
 * site in Chromium on a 360 px phone screen (of links that differ only in their query string, the first
 * few per page: the same document in another state). Gates on what it saw: no console error, uncaught exception,
 * failed request or request to another host on any page; nothing overflows sideways; every page in dist/
 * is reached by some link; every linked file (/data/…) answers 200.
 */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { expectNoProblems, mapLimit, useSite, type Problem, type Tab } from "./helpers.ts";
import { sitePages } from "./support/dist.ts";
import { settle } from "./support/pages.ts";
import { basePath } from "../../src/i18n/config.ts";

const site = useSite();
const maxPages = 1000;
/** Query-string variants of one page visited (e.g. `/search/?q=…` links); the first ones in sorted order. */
const maxVariants = 5;
const phone = { width: 360, height: 740 };
/** Tabs crawling side by side; each visits page after page (a context per page costs far more). */
const tabCount = 4;

/** What one visit found. */
interface Visit {
  path: string;
  links: string[];
  overflow: { scrollWidth: number; innerWidth: number };
}

/** Pages whose scripts fetch after the load event (search shards, the composer's topic data): visits wait for the network to go quiet. */
const fetchesLate = (path: string) => /^\/(search|compare\/view)\//.test(basePath(new URL(path, "http://site.invalid").pathname));

async function visit(tab: Tab, path: string): Promise<Visit> {
  await tab.visit(path, fetchesLate(path) ? "networkidle" : "load");
  await settle(tab.page);
  const links = await tab.page.$$eval("a[href], area[href], form[action]:not([method='post' i])", (els) =>
    // Resolved from the attribute: an SVG link's `href` property is no string (chart marks link to their paragraphs).
    els.map((el) => (el instanceof HTMLFormElement ? el.action : new URL(el.getAttribute("href") ?? "", document.baseURI).href)),
  );
  const overflow = await tab.page.evaluate(() => ({
    scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
    innerWidth: window.innerWidth,
  }));
  return { path, links, overflow };
}

describe("crawl", async () => {
  // Every page is visited: the time allowed grows with the pages built (300 s at the 12 reports' few hundred).
  const timeout = Math.max(300_000, (await sitePages(inject("distDir"))).length * 1_500);
  const visits = new Map<string, Visit>();
  const problems: Problem[] = [];
  const files = new Set<string>();
  let built: string[] = [];
  let orphans: string[] = [];

  beforeAll(async () => {
    const origin = new URL(site.baseURL).origin;
    const idle: Tab[] = await Promise.all(Array.from({ length: tabCount }, () => site.openTab(phone)));
    const all = [...idle];
    const withTab = async (path: string) => {
      const tab = idle.pop() as Tab;
      try {
        return await visit(tab, path);
      } finally {
        idle.push(tab);
      }
    };
    let frontier = ["/"];
    const queued = new Set(frontier);
    const variants = new Map<string, number>();
    while (frontier.length > 0 && queued.size <= maxPages) {
      const found = await mapLimit(frontier, tabCount, withTab);
      const next = new Set<string>();
      for (const v of found) {
        visits.set(v.path, v);
        for (const href of v.links) {
          const url = new URL(href);
          if (url.origin !== origin) continue;
          if (!(url.pathname.endsWith("/") || url.pathname.endsWith(".html"))) files.add(url.pathname);
          else next.add(url.pathname + url.search);
        }
      }
      frontier = [];
      for (const key of [...next].sort()) {
        const { pathname, search } = new URL(key, origin);
        if (queued.has(key)) continue;
        if (search) {
          const n = variants.get(pathname) ?? 0;
          if (n >= maxVariants) continue;
          variants.set(pathname, n + 1);
        }
        queued.add(key);
        frontier.push(key);
      }
    }
    built = await sitePages(inject("distDir"));
    const reached = new Set([...visits.keys()].map((key) => new URL(key, origin).pathname));
    orphans = built.filter((path) => !reached.has(path));
    for (const v of await mapLimit(orphans, tabCount, withTab)) visits.set(v.path, v);
    for (const tab of all) {
      problems.push(...tab.problems);
      await tab.close();
    }
  }, timeout);

  it("reaches a bounded number of pages, including every page built", () => {
    console.log(`crawl: ${visits.size} pages visited, ${files.size} linked files`);
    expect(visits.size, `more than ${maxPages} distinct pages: is a link generating endless URLs?`).toBeLessThanOrEqual(maxPages);
    expect(visits.size).toBeGreaterThanOrEqual(built.length);
  });

  it("no page logs an error, throws, fails a request or asks another host for anything", () => {
    expect(visits.size).toBeGreaterThan(0);
    expectNoProblems({ problems });
  });

  it("no page overflows a 360 px screen sideways", () => {
    const wide = [...visits.values()]
      .filter((v) => v.overflow.scrollWidth > v.overflow.innerWidth)
      .map((v) => `${v.path}: ${v.overflow.scrollWidth}px wide in a ${v.overflow.innerWidth}px viewport`);
    expect(wide).toEqual([]);
  });

  it("every page in dist/ is linked from a page reachable from /", () => {
    expect(orphans).toEqual([]);
  });

  it("every linked file answers 200", async () => {
    const status = await mapLimit([...files].sort(), 8, async (path) => {
      const res = await fetch(site.url(path), { method: "HEAD" });
      return res.ok ? null : `${path}: HTTP ${res.status}`;
    });
    expect(files.size, "the site links data files").toBeGreaterThan(0);
    expect(status.filter(Boolean)).toEqual([]);
  });
});
