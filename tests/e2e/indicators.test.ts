/**
 * The indicator pages in a real browser: every chart is an image with an accessible name, every chart's table
 * agrees with /data/indicators.json, a value leads to its source paragraph, the headline panel shows every main
 * indicator, the record filters work and persist in the address, and nothing overflows a 360 px phone.
 */
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/lib/schema/figure.ts";
import { expectNoProblems, useSite } from "./helpers.ts";

const site = useSite();

async function records(): Promise<Figure[]> {
  const res = await fetch(site.url("/data/indicators.json"));
  return (await res.json()) as Figure[];
}

describe("/indicators/", () => {
  it("draws every chart as an image with an accessible name that gives its values", async () => {
    const opened = await site.openPage("/indicators/");
    const { page } = opened;
    const charts = await page.locator("figure.indicator-figure[data-metric]").evaluateAll((figures) =>
      figures.map((f) => {
        const imgs = f.querySelectorAll("svg[role='img']");
        const ids = (imgs[0]?.getAttribute("aria-labelledby") ?? "").split(" ");
        const name = ids.map((id) => document.getElementById(id)?.textContent ?? "").join(" ");
        return { metric: f.getAttribute("data-metric"), imgs: imgs.length, name, caption: f.querySelector("figcaption")?.textContent?.trim() };
      }),
    );
    expect(charts.length).toBeGreaterThan(10);
    for (const c of charts) {
      expect(c.imgs, c.metric ?? "").toBe(1);
      expect(c.name, c.metric ?? "").toMatch(/：.*\d/);
      expect(c.caption, c.metric ?? "").toBeTruthy();
    }
    const panels = page.locator(".headline__panel[data-metric]");
    expect(await panels.count()).toBe(7);
    expect(await page.getByRole("img", { name: /地区生产总值增速：2019年结果与2020年目标/ }).count()).toBeGreaterThanOrEqual(2);
    expectNoProblems(opened);
  });

  it("has in each chart's table exactly the records of /data/indicators.json for its indicator, linked to their paragraphs", async () => {
    const all = await records();
    const opened = await site.openPage("/indicators/");
    const tables = await opened.page.locator("figure.indicator-figure[data-metric]").evaluateAll((figures) =>
      figures.map((f) => ({
        metric: f.getAttribute("data-metric"),
        rows: [...f.querySelectorAll("tr[data-figure]")].map((tr) => ({
          id: tr.getAttribute("data-figure"),
          href: tr.querySelector(".figure-table__value a")?.getAttribute("href"),
          quote: tr.querySelector("q")?.textContent,
        })),
      })),
    );
    for (const t of tables) {
      const expected = all.filter((r) => r.metric === t.metric);
      expect(t.rows.map((r) => r.id).sort(), t.metric ?? "").toEqual(expected.map((r) => r.id).sort());
      for (const row of t.rows) {
        const record = expected.find((r) => r.id === row.id)!;
        expect(row.href).toBe(record.url);
        expect(row.quote).toBe(record.quote);
      }
    }
    const listed = await opened.page.locator("[data-records] tr[data-figure]").evaluateAll((rows) => rows.map((r) => r.getAttribute("data-figure")));
    expect(listed.sort()).toEqual(all.map((r) => r.id).sort());
  });

  it("leads from a value to its source paragraph, which holds the quoted clause", async () => {
    const opened = await site.openPage("/indicators/gdp_growth/", { waitUntil: "networkidle" });
    const { page } = opened;
    expectNoProblems(opened);
    const row = page.locator("tr[data-figure]").first();
    const quote = (await row.locator("q").textContent()) ?? "";
    await row.locator(".figure-table__value a").click();
    await page.waitForURL(/\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
    const id = new URL(page.url()).hash.slice(1);
    const text = await page.locator(`[id="${id}"]`).textContent();
    expect(text).toContain(quote);
  });

  it("filters the records by city and kind, keeps the filter in the address, and restores it", async () => {
    const opened = await site.openPage("/indicators/");
    const { page } = opened;
    await page.getByRole("radio", { name: "中卫" }).check();
    await page.getByRole("radio", { name: "2020年目标" }).check();
    await expect.poll(() => new URL(page.url()).search).toBe("?city=zhongwei&kind=target");
    const shown = await page.locator("[data-records] tr[data-figure]").evaluateAll((rows) =>
      rows.filter((r) => !(r as HTMLElement).hidden).map((r) => `${r.getAttribute("data-city")}/${r.getAttribute("data-kind")}`),
    );
    expect(shown.length).toBeGreaterThan(0);
    expect(new Set(shown)).toEqual(new Set(["zhongwei/target"]));
    expect(await page.getByRole("status").filter({ hasText: "条记录" }).textContent()).toContain(`显示 ${shown.length} 条记录`);
    await page.reload();
    expect(await page.getByRole("radio", { name: "中卫" }).isChecked()).toBe(true);
    expectNoProblems(opened);
  });

  it("fits a 360 px phone: one column of charts, tables scrolling inside their box", async () => {
    for (const path of ["/indicators/", "/indicators/gdp_growth/"]) {
      const opened = await site.openPage(path, { width: 360 });
      const { page } = opened;
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
      const lefts = await page.locator(".ind-grid > figure").evaluateAll((els) => new Set(els.map((e) => e.getBoundingClientRect().left)).size);
      if (path === "/indicators/") expect(lefts).toBe(1);
      await opened.close();
    }
  });
});
