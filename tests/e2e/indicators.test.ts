/**
 * The indicator pages in a real browser, as a person uses them at 1280 and 360 px: /indicators/ leads to each
 * plan year and each indicator; a year's charts have accessible names giving their values, one row per place
 * that states the indicator, the region first as the reference; a value leads to its source paragraph; an
 * indicator page holds every record of /data/indicators.json for it, filterable by place, kind and year with
 * the filter kept in the address; every record of a report is on its report's page; nothing overflows a phone.
 */
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/lib/schema/figure.ts";
import { expectNoProblems, useSite } from "./helpers.ts";

const site = useSite();

async function records(): Promise<Figure[]> {
  const res = await fetch(site.url("/data/indicators.json"));
  return (await res.json()) as Figure[];
}

const planYears = (all: Figure[]) => [...new Set(all.map((f) => Number(f.report.slice(-4))))].sort();

describe("/indicators/", () => {
  it("leads to every plan year's charts and to every indicator, without a table of all records", async () => {
    const all = await records();
    const opened = await site.openPage("/indicators/");
    const { page } = opened;
    for (const year of planYears(all)) {
      await expect.poll(() => page.getByRole("link", { name: new RegExp(`${year}年报告`) }).getAttribute("href")).toBe(`/indicators/${year}/`);
    }
    const metrics = new Set(all.flatMap((f) => (f.metric ? [f.metric] : [])));
    const links = await page.locator("a[href^='/indicators/']").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    for (const m of metrics) expect(links).toContain(`/indicators/${m}/`);
    expect(await page.locator("tr").count()).toBe(0);
    expectNoProblems(opened);
  });
});

describe("/indicators/<year>/", () => {
  it("charts each paired indicator for the places that state it, every chart named by its values, the region first", async () => {
    const all = await records();
    for (const year of planYears(all)) {
      const opened = await site.openPage(`/indicators/${year}/`);
      const { page } = opened;
      const parts = await page.locator(".ind-nav a[href^='/indicators/']").evaluateAll((as) => [...new Set(as.map((a) => a.getAttribute("href")!.replace(/#.*/, "")))]);
      const charts = [];
      for (const path of [`/indicators/${year}/`, ...parts.filter((p) => p !== `/indicators/${year}/`)]) {
        if (path !== `/indicators/${year}/`) await page.goto(site.url(path));
        expect(await page.evaluate(() => document.querySelectorAll("*").length), path).toBeLessThanOrEqual(1500);
        charts.push(
          ...(await page.locator("figure.indicator-figure[data-metric]").evaluateAll((figures) =>
            figures.map((f) => {
              const svg = f.querySelector("svg.chart-svg");
              const ids = (svg?.getAttribute("aria-labelledby") ?? "").split(" ");
              return {
                metric: f.getAttribute("data-metric"),
                name: ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
                rows: [...f.querySelectorAll("[data-row]")].map((r) => ({ place: r.getAttribute("data-row"), label: r.textContent })),
                links: [...f.querySelectorAll("svg a")].map((a) => a.getAttribute("href")),
              };
            }),
          )),
        );
      }
      expect(charts.length, `${year}`).toBeGreaterThan(10);
      expect(new Set(charts.map((c) => c.metric)).size).toBe(charts.length);
      const urls = new Set(all.map((f) => f.url));
      for (const c of charts) {
        if (!c.rows.length) continue;
        expect(c.name, c.metric!).toMatch(new RegExp(`${year - 1}年结果与${year}年目标.*\\d`));
        for (const r of c.rows) {
          const own = all.filter((f) => f.metric === c.metric && f.city === r.place && f.report.endsWith(`-${year}`));
          expect(own.length, `${c.metric} ${r.place}`).toBeGreaterThan(0);
          expect(r.label).not.toMatch(/^宁夏.*市$/);
        }
        for (const href of c.links) expect(urls).toContain(href);
      }
      const regionFirst = charts.filter((c) => c.rows.some((r) => r.label === "自治区"));
      expect(regionFirst.length).toBeGreaterThan(0);
      for (const c of regionFirst) expect(c.rows[0]?.label, c.metric!).toBe("自治区");
      expectNoProblems(opened);
      await opened.close();
    }
  });

  it("has a legend naming every place in its colour and shape, the region as the region", async () => {
    const all = await records();
    const year = planYears(all).at(-1)!;
    const opened = await site.openPage(`/indicators/${year}/`);
    const legend = await opened.page.getByRole("list", { name: "图例" }).first().locator("li").allTextContents();
    const places = all.filter((f) => f.report.endsWith(`-${year}`));
    expect(legend.length).toBeGreaterThanOrEqual(new Set(places.map((f) => f.city)).size);
    expect(legend.map((t) => t.trim())).toContain("宁夏（自治区）");
    const swatches = await opened.page.locator(".chart-legend li svg path").evaluateAll((ps) => ps.slice(0, 6).map((p) => `${p.getAttribute("fill")} ${p.getAttribute("d")}`));
    expect(new Set(swatches).size).toBe(6);
    expectNoProblems(opened);
  });

  it("leads from a value in a chart to its source paragraph, which holds the quoted clause", async () => {
    const all = await records();
    const opened = await site.openPage(`/indicators/${planYears(all).at(-1)}/`, { waitUntil: "networkidle" });
    const { page } = opened;
    const link = page.locator("figure[data-metric='gdp_growth'] svg a").first();
    const href = (await link.getAttribute("href"))!;
    const record = all.find((f) => f.url === href && f.metric === "gdp_growth")!;
    expect(record).toBeDefined();
    await link.locator("text").click();
    await page.waitForURL(/\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    expect(await page.locator(`[id="${id}"]`).textContent()).toContain(record.quote);
    expectNoProblems(opened);
  });
});

describe("/indicators/<metric>/", () => {
  it("has every record of the indicator from /data/indicators.json, over places and years, linked to its paragraph", async () => {
    const all = await records();
    const opened = await site.openPage("/indicators/gdp_growth/");
    const rows = await opened.page.locator("[data-records] tr[data-figure]").evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute("data-figure"), href: tr.querySelector(".figure-table__value a")?.getAttribute("href"), quote: tr.querySelector("q")?.textContent })),
    );
    const expected = all.filter((r) => r.metric === "gdp_growth");
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((r) => r.id).sort());
    for (const row of rows) {
      const record = expected.find((r) => r.id === row.id)!;
      expect([row.href, row.quote]).toEqual([record.url, record.quote]);
    }
    const years = planYears(expected);
    expect(await opened.page.locator("figure.indicator-figure[data-metric='gdp_growth']").count()).toBe(years.length);
    expectNoProblems(opened);
  });

  it("filters the records by place, kind and year, keeps the filter in the address, and restores it", async () => {
    const all = await records();
    const target = all.filter((f) => f.metric === "gdp_growth" && f.kind === "target").at(-1)!;
    const year = target.report.slice(-4);
    const opened = await site.openPage("/indicators/gdp_growth/");
    const { page } = opened;
    const placeName = (await page.locator(`input[name=place][value="${target.city}"]`).evaluate((i) => i.parentElement?.textContent ?? "")).trim();
    await page.getByRole("radio", { name: placeName, exact: true }).check();
    await page.getByRole("radio", { name: "目标", exact: true }).check();
    await page.getByRole("radio", { name: `${year}年` }).check();
    await expect.poll(() => new URL(page.url()).search).toBe(`?place=${target.city}&kind=target&year=${year}`);
    const shown = await page.locator("[data-records] tr[data-figure]").evaluateAll((rows) =>
      rows.filter((r) => !(r as HTMLElement).hidden).map((r) => `${r.getAttribute("data-place")}/${r.getAttribute("data-kind")}/${r.getAttribute("data-year")}`),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set([`${target.city}/target/${year}`]));
    expect(await page.getByRole("status").filter({ hasText: "条记录" }).textContent()).toContain(`显示 ${shown.length} 条记录`);
    await page.reload();
    expect(await page.getByRole("radio", { name: placeName, exact: true }).isChecked()).toBe(true);
    expect(await page.getByRole("radio", { name: `${year}年` }).isChecked()).toBe(true);
    expectNoProblems(opened);
  });
});

describe("/indicators/<year>/<place>/", () => {
  it("lists every record of the report, each value linking to its paragraph", async () => {
    const all = await records();
    const report = all.at(-1)!.report;
    const opened = await site.openPage(`/indicators/${report.slice(-4)}/${report.slice(0, -5)}/`);
    const rows = await opened.page.locator("tr[data-figure]").evaluateAll((trs) => trs.map((tr) => [tr.getAttribute("data-figure"), tr.querySelector("a")?.getAttribute("href")]));
    const expected = all.filter((f) => f.report === report);
    expect(rows.map((r) => r[0]).sort()).toEqual(expected.map((f) => f.id).sort());
    for (const [id, href] of rows) expect(href).toBe(expected.find((f) => f.id === id)?.url);
    expect(await opened.page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThanOrEqual(1500);
    expectNoProblems(opened);
  });
});

describe("on a 360 px phone", () => {
  it("fits: one column of charts, every part of every year, tables scrolling inside their box", async () => {
    const all = await records();
    const counts = new Map<string, number>();
    for (const f of all) counts.set(f.report, (counts.get(f.report) ?? 0) + 1);
    const [largest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const [, place, year] = /^(.*)-(\d{4})$/.exec(largest)!;
    const queue = ["/indicators/", ...planYears(all).map((y) => `/indicators/${y}/`), `/indicators/${all.find((f) => f.metric)!.metric}/`, `/indicators/${year}/${place}/`];
    const seen = new Set<string>();
    while (queue.length) {
      const path = queue.shift()!;
      if (seen.has(path)) continue;
      seen.add(path);
      const opened = await site.openPage(path, { width: 360 });
      const { page } = opened;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const lefts = await page.locator(".ind-grid > figure").evaluateAll((els) => new Set(els.map((e) => e.getBoundingClientRect().left)).size);
      if (lefts) expect(lefts, path).toBe(1);
      const next = page.locator(".ind-pager a[rel=next]");
      if (await next.count()) queue.push((await next.getAttribute("href"))!);
      expectNoProblems(opened);
      await opened.close();
    }
    expect([...seen].some((p) => /\/indicators\/\d{4}\/\d+\/$/.test(p))).toBe(true);
  });
});
