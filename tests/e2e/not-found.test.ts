/**
 * The not-found page (dist/404.html) as a host serves it at an address that has none: status 404, the page in
 * both languages with where to go, its language switch to the other language's home; at the address of a
 * comparison that has no page of its own (the two reports the other way round, or of two years apart) it links
 * the composed view of the two, which shows them.
 */
import { describe, expect, it } from "vitest";
import { axeViolations } from "./support/axe.ts";
import { useSite, type OpenedPage } from "./helpers.ts";

const site = useSite();

/** Opens an address, expecting the not-found page with status 404. */
async function notFound(path: string, width = 1280): Promise<OpenedPage> {
  const tab = await site.openTab({ width });
  const response = await tab.page.goto(site.url(path));
  expect(response?.status(), path).toBe(404);
  return tab;
}

/**
 * The problems of a visit, but the 404 of the address itself, which is the point: its response, and the one line
 * the browser logs for it (a second 404, of anything the page loads, stays among the problems).
 */
function otherProblems(opened: OpenedPage, path: string) {
  let logged = false;
  return opened.problems.filter((p) => {
    if (p.kind === "failed" && p.text.endsWith(`${path}: HTTP 404`)) return false;
    if (!logged && p.kind === "console" && p.page === path && p.text.includes("status of 404")) return !(logged = true);
    return true;
  });
}

describe("the not-found page", () => {
  it("says so in Chinese and in English and links the home page, any two reports and the search", async () => {
    const path = "/reports/nowhere-2021/";
    const opened = await notFound(path, 360);
    const { page } = opened;
    expect(await page.getByRole("heading", { level: 1 }).innerText()).toBe("找不到这个页面");
    expect(await page.locator('section[lang="en"] h2').innerText()).toBe("Page not found");
    const links = await page.locator("main a").evaluateAll((as) => as.filter((a) => (a as HTMLElement).offsetParent !== null).map((a) => a.getAttribute("href")));
    expect(links).toEqual(["/", "/compare/view/", "/search/", "/en/", "/en/compare/view/", "/en/search/"]);
    // No comparison asked for: no note about one.
    expect(await page.locator(".nf__pair:visible").count()).toBe(0);
    await page.getByRole("link", { name: "English" }).click();
    await page.waitForURL((u) => u.pathname === "/en/");
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(otherProblems(opened, path)).toEqual([]);
    await opened.close();
  });

  it("at the address of the two reports the other way round, links their composed view, which shows them", async () => {
    const path = "/compare/zhongwei-2020/shizuishan-2020/";
    const opened = await notFound(path);
    const { page } = opened;
    const note = page.locator(".nf__pair").first();
    expect(await note.isVisible()).toBe(true);
    const link = note.getByRole("link");
    expect(await link.getAttribute("href")).toBe("/compare/view/?a=zhongwei-2020&b=shizuishan-2020");
    expect(await page.locator('section[lang="en"] .nf__pair a').getAttribute("href")).toBe("/en/compare/view/?a=zhongwei-2020&b=shizuishan-2020");
    await link.click();
    await page.locator(".cv__col").first().waitFor();
    expect(await page.locator(".cv__col").evaluateAll((cols) => [...new Set(cols.map((c) => c.getAttribute("data-report")))])).toEqual(["zhongwei-2020", "shizuishan-2020"]);
    expect(otherProblems(opened, path)).toEqual([]);
    await opened.close();
  });

  it("has no axe violations", { timeout: 120_000 }, async () => {
    const opened = await notFound("/compare/guyuan-2020/yinchuan-2021/");
    expect(await axeViolations(opened.page)).toEqual([]);
    await opened.close();
  });
});
