/**
 * Browser helpers for the e2e tests. `useSite()` launches one browser for the test file (beforeAll) and
 * closes it (afterAll); `openPage()` opens a page of the served site in a fresh context (`openTab()` a tab
 * that visits page after page) and records what went wrong while it loaded and ran: console errors, uncaught exceptions, failed requests (network
 * errors and HTTP ≥ 400), and requests to any host other than the site (these are blocked, so the tests
 * never touch the network).
 */
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, inject } from "vitest";

/** Something that went wrong on a page. */
export interface Problem {
  kind: "console" | "pageerror" | "failed" | "outside";
  /** The page's path. */
  page: string;
  text: string;
}

/** An open page and what it recorded. */
export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  problems: Problem[];
  close(): Promise<void>;
}

/** Options of {@link Site.openPage}. */
export interface OpenOptions {
  /** Viewport width in CSS pixels (default 1280). */
  width?: number;
  /** Viewport height (default 800). */
  height?: number;
  /** When navigation counts as done (default "load"; "networkidle" also waits for late requests). */
  waitUntil?: "load" | "domcontentloaded" | "networkidle";
  /** Ignore the pages' Content-Security-Policy (only to test what the CSP would otherwise stop first). */
  bypassCSP?: boolean;
  /** A phone's touch screen: taps, no hover (`(hover: none)` matches). */
  touch?: boolean;
}

/** The served site in this file's browser. */
export interface Site {
  baseURL: string;
  browser(): Browser;
  /** Absolute URL of a site path. */
  url(path: string): string;
  /** Opens a site path ("/reports/x/#p-3") in a new context, recording problems. */
  openPage(path: string, options?: OpenOptions): Promise<OpenedPage>;
  /**
   * Opens a tab (a new context) that visits page after page, as a reader would: much cheaper than a
   * context per page when many pages are visited. Problems are recorded with the page they occur on.
   */
  openTab(options?: OpenOptions): Promise<Tab>;
}

/** A tab that visits pages one after the other. */
export interface Tab extends OpenedPage {
  /** Navigates to a site path; resolves with the problems recorded during this visit so far. */
  visit(path: string, waitUntil?: OpenOptions["waitUntil"]): Promise<Problem[]>;
}

/** Launches the browser resolved by the global setup. */
export async function launchBrowser(): Promise<Browser> {
  const { executablePath, args } = inject("browser");
  return chromium.launch({ executablePath, args });
}

/** One browser for the calling test file, launched before its tests and closed after them. */
export function useSite(): Site {
  const baseURL = inject("baseURL");
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const site: Site = {
    baseURL,
    browser: () => {
      if (!browser) throw new Error("the browser is not launched yet: call openPage inside a test or hook");
      return browser;
    },
    url: (path) => new URL(path, baseURL).href,
    openPage: (path, options = {}) => openPage(site, path, options),
    openTab: (options = {}) => openTab(site, options),
  };
  return site;
}

async function openTab(site: Site, options: OpenOptions): Promise<Tab> {
  const origin = new URL(site.baseURL).origin;
  const context = await site.browser().newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: "reduce",
    bypassCSP: options.bypassCSP ?? false,
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  });
  const problems: Problem[] = [];
  let current = "/";
  const page = await context.newPage();
  const where = () => {
    const u = new URL(page.url() === "about:blank" ? site.url(current) : page.url());
    return u.origin === origin ? u.pathname + u.search : u.href;
  };
  const isOutside = (url: string) => !url.startsWith("data:") && !url.startsWith("blob:") && new URL(url).origin !== origin;
  await context.route("**/*", (route) => {
    const url = route.request().url();
    if (!isOutside(url)) return route.continue();
    problems.push({ kind: "outside", page: where(), text: `request to ${url}` });
    return route.abort("blockedbyclient");
  });
  page.on("console", (msg) => {
    if (msg.type() === "error") problems.push({ kind: "console", page: where(), text: msg.text() });
  });
  page.on("pageerror", (err) => problems.push({ kind: "pageerror", page: where(), text: err.message }));
  page.on("requestfailed", (req) => {
    // ERR_ABORTED is a request cancelled on purpose: by leaving the page (a tab moving on) or by a script.
    const error = req.failure()?.errorText ?? "";
    if (!isOutside(req.url()) && error !== "net::ERR_ABORTED") {
      problems.push({ kind: "failed", page: where(), text: `${req.url()}: ${error}` });
    }
  });
  page.on("response", (res) => {
    if (res.status() >= 400) problems.push({ kind: "failed", page: where(), text: `${res.url()}: HTTP ${res.status()}` });
  });
  return {
    page,
    context,
    problems,
    visit: async (path, waitUntil = options.waitUntil ?? "load") => {
      current = path;
      const before = problems.length;
      await page.goto(site.url(path), { waitUntil });
      return problems.slice(before);
    },
    close: () => context.close(),
  };
}

async function openPage(site: Site, path: string, options: OpenOptions): Promise<OpenedPage> {
  const tab = await openTab(site, options);
  await tab.visit(path);
  return tab;
}

/** Fails with a readable list when any page recorded a problem. */
export function expectNoProblems(...pages: Pick<OpenedPage, "problems">[]): void {
  const lines = pages.flatMap((p) => p.problems).map((p) => `${p.kind} on ${p.page}: ${p.text}`);
  expect(lines, "problems while loading and running the page").toEqual([]);
}

/** Whether an element's box intersects the viewport. */
export async function isInViewport(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.right > 0 && r.top < window.innerHeight && r.left < window.innerWidth && r.height > 0;
  });
}

/** Runs `fn` over `items` with at most `limit` at a time, keeping the order of results. */
export async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await fn(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
