/**
 * The indicator pages in a real browser, as a person uses them at 1280 and 360 px: /indicators/ leads to each
 * plan year and each indicator; a year's charts have accessible names giving their values, one row per place
 * that states the indicator, the region first as the reference; a value leads to its source paragraph; an
 * indicator page holds every record of /data/indicators.json for it, filterable by place, kind and year with
 * the filter kept in the address; every record of a report is on its report's page; nothing overflows a phone.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, it } from "vitest";
import type { Figure } from "../../src/lib/schema/figure.ts";
import { CJK } from "./support/english.ts";
import { expectNoProblems, useSite } from "./helpers.ts";

const site = useSite();

async function records(): Promise<Figure[]> {
  const res = await fetch(site.url("/data/indicators.json"));
  return (await res.json()) as Figure[];
}

const planYears = (all: Figure[]) => [...new Set(all.map((f) => Number(f.report.slice(-4))))].sort();

/** The region of content/places.json (宁夏: the place its cities name as parent) and its cities. */
const placesTable = JSON.parse(readFileSync(join(import.meta.dirname, "../../content/places.json"), "utf8")) as { id: string; parent: string | null }[];
/** Whether a plan year has records of the region and of one of its cities (2020 and 2021 of Ningxia). */
const hasRegion = (all: Figure[], year: number) => {
  const cities = new Set(all.filter((f) => f.report.endsWith(`-${year}`)).map((f) => f.city));
  return placesTable.some((c) => c.parent && cities.has(c.id) && cities.has(c.parent));
};
/** The latest plan year with the region's and a city's records. */
const regionYear = (all: Figure[]) => planYears(all).filter((y) => hasRegion(all, y)).at(-1)!;

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
      if (hasRegion(all, year)) expect(regionFirst.length).toBeGreaterThan(0);
      for (const c of regionFirst) expect(c.rows[0]?.label, c.metric!).toBe("自治区");
      expectNoProblems(opened);
      await opened.close();
    }
  });

  it("has a legend naming every place in its colour and shape, the region as the region", async () => {
    const all = await records();
    const year = regionYear(all);
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

  it("says where no report gives a result or a target of a chart's two years alone, and draws nothing", async () => {
    const all = await records();
    // An indicator whose records in one plan year's reports are all of other times (a five-year target, Zhongwei 2021's
    // 草原综合植被盖度…59%以上): nothing of that year's chart to draw.
    const alone = (f: Figure, y: number) => f.period === null && ((f.kind === "result" && f.year === y - 1) || (f.kind === "target" && f.year === y));
    const pairs = planYears(all).flatMap((y) => {
      const ids = new Set(all.filter((f) => f.metric && f.report.endsWith(`-${y}`)).map((f) => f.metric!));
      return [...ids].filter((m) => !all.some((f) => f.metric === m && f.report.endsWith(`-${y}`) && alone(f, y))).map((m) => ({ m, y }));
    });
    expect(pairs.length).toBeGreaterThan(0);
    const { m, y } = pairs[0]!;
    const opened = await site.openPage(`/indicators/${m}/`);
    const figure = opened.page.locator(`figure.indicator-figure[data-metric='${m}'][data-year='${y}']`);
    await expect.poll(() => figure.locator(".indicator-figure__none").textContent()).toContain("没有报告单独给出这两年的结果或目标");
    expect(await figure.locator("svg").count()).toBe(0);
    expect(await figure.textContent()).not.toContain("数轴");
    expectNoProblems(opened);
  });

  it("offers the indicator's rows of /data/indicators.csv as its own CSV, from a link on its page", async () => {
    const opened = await site.openPage("/indicators/registered_unemployment_rate/");
    const href = await opened.page.getByRole("link", { name: /CSV/ }).first().getAttribute("href");
    expect(href).toBe("/indicators/registered_unemployment_rate.csv");
    // As the bytes are: a byte-order mark first (Response.text() would drop it).
    const text = async (path: string) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(await (await fetch(site.url(path))).arrayBuffer());
    const [own, all] = await Promise.all([text(href!), text("/data/indicators.csv")]);
    expect(own.startsWith("\ufeff")).toBe(true);
    const [rows, full] = [csvParse(own.slice(1)), csvParse(all.slice(1))];
    expect(rows.columns).toEqual(full.columns);
    const expected = full.filter((r) => r.metric === "registered_unemployment_rate");
    expect(expected.length).toBeGreaterThan(0);
    expect([...rows].sort((a, b) => a.id!.localeCompare(b.id!))).toEqual(expected.sort((a, b) => a.id!.localeCompare(b.id!)));
    expectNoProblems(opened);
  });

  it.each([1280, 360])("filters the records by place, kind and year, keeps the filter in the address, and restores it (%i px)", async (width) => {
    const all = await records();
    const target = all.filter((f) => f.metric === "gdp_growth" && f.kind === "target").at(-1)!;
    const year = target.report.slice(-4);
    const opened = await site.openPage("/indicators/gdp_growth/", { width });
    const { page } = opened;
    const placeName = (await page.locator(`input[name=place][value="${target.city}"]`).evaluate((i) => i.parentElement?.textContent ?? "")).trim();
    await page.getByRole("radio", { name: placeName, exact: true }).check();
    await page.getByRole("radio", { name: "目标", exact: true }).check();
    await page.getByRole("radio", { name: `${year}年` }).check();
    await expect.poll(() => new URL(page.url()).search).toBe(`?place=${target.city}&kind=target&year=${year}`);
    // The rows on screen (a phone's stacked rows too), not only those marked hidden.
    const shown = await page.locator("[data-records] tr[data-figure]").evaluateAll((rows) =>
      rows.filter((r) => (r as HTMLElement).offsetParent !== null).map((r) => `${r.getAttribute("data-place")}/${r.getAttribute("data-kind")}/${r.getAttribute("data-year")}`),
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

describe("a figure in a reader", () => {
  it.each([
    ["the indicator's page", "/indicators/[a-z_]+/#"],
    ["the report's records page", "/indicators/\\d{4}/[a-z]+/#"],
  ])("leads to its record on %s, marked among the others, as a linked paragraph is", async (_, pattern) => {
    const all = await records();
    const report = all.at(-1)!.report;
    const opened = await site.openPage(`/reports/${report}/`);
    const { page } = opened;
    const hrefs = await page.locator("a.fig").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    const target = hrefs.find((h) => new RegExp(`^${pattern}`).test(h))!;
    expect(target, pattern).toBeDefined();
    await page.locator(`a.fig[href="${target}"]`).first().click();
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === target);
    const id = target.split("#")[1]!;
    const background = (selector: string) => page.locator(selector).first().evaluate((tr) => getComputedStyle(tr.querySelector("td")!).backgroundColor);
    const marked = await background(`tr[id="${id}"]`);
    const other = await background(`tr[data-figure]:not([id="${id}"])`);
    expect(marked).not.toBe(other);
    expect(marked).toBe("rgb(255, 246, 214)");
    expect(await page.locator(`tr[id="${id}"]`).evaluate((tr) => getComputedStyle(tr).outlineStyle)).toBe("solid");
    expectNoProblems(opened);
    await opened.close();
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
  it("fits: one column of charts, every part of every year, record tables read row by row with every quote on screen", async () => {
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
      // A table of records does not scroll sideways: each row's quote takes the screen's width under its value.
      const tables = await page.locator(".data-table.stacks").evaluateAll((ts) =>
        ts.map((t) => ({
          box: [t.parentElement!.scrollWidth, t.parentElement!.clientWidth],
          rows: [...t.querySelectorAll("tbody tr")].filter((tr) => (tr as HTMLElement).offsetParent !== null).map((tr) => {
            const quote = tr.querySelector(".stacks__full")!.getBoundingClientRect();
            const first = tr.firstElementChild!.getBoundingClientRect();
            return { left: quote.left, right: quote.right, below: quote.top >= first.bottom - 1 };
          }),
        })),
      );
      for (const t of tables) {
        expect(t.box[0], path).toBeLessThanOrEqual(t.box[1]!);
        expect(t.rows.length, path).toBeGreaterThan(0);
        for (const r of t.rows) {
          expect(r.left, path).toBeGreaterThanOrEqual(0);
          expect(r.right, path).toBeLessThanOrEqual(360);
          expect(r.below, path).toBe(true);
        }
      }
      if (/\/indicators\/(\d{4}\/[a-z]+|[a-z_]+)\/$/.test(path)) {
        expect(tables.length, path).toBeGreaterThan(0);
        // Still a table to a screen reader: Chromium's accessibility tree keeps its rows and column headings.
        const cdp = await page.context().newCDPSession(page);
        const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as { nodes: { role?: { value: string }; ignored: boolean }[] };
        const roles = nodes.filter((n) => !n.ignored).map((n) => n.role?.value);
        expect(roles, path).toContain("table");
        expect(roles, path).toContain("columnheader");
        expect(roles.filter((r) => r === "row").length, path).toBeGreaterThan(tables[0]!.rows.length);
      }
      const next = page.locator(".ind-pager a[rel=next]");
      if (await next.count()) queue.push((await next.getAttribute("href"))!);
      expectNoProblems(opened);
      await opened.close();
    }
    expect([...seen].some((p) => /\/indicators\/\d{4}\/\d+\/$/.test(p))).toBe(true);
  });
});

describe("the English edition", () => {

  it("/en/indicators/ leads to each plan year's and each indicator's English page, named in English", async () => {
    const all = await records();
    const opened = await site.openPage("/en/indicators/");
    const { page } = opened;
    expect(await page.locator("h1").textContent()).toBe("Indicators");
    for (const year of planYears(all)) {
      expect(await page.getByRole("link", { name: `${year} reports` }).getAttribute("href")).toBe(`/en/indicators/${year}/`);
    }
    await page.getByRole("link", { name: "GDP growth", exact: true }).click();
    await page.waitForURL((u) => u.pathname === "/en/indicators/gdp_growth/");
    expect(await page.locator("h1").evaluate((h) => h.firstChild?.textContent?.trim())).toBe("GDP growth");
    expect(await page.locator("h1 [lang='zh-CN']").textContent()).toBe("地区生产总值增速");
    expectNoProblems(opened);
  });

  it("a year's page draws English charts: title, rows, axis, legend, links to the English reader", async () => {
    const all = await records();
    const year = regionYear(all);
    const opened = await site.openPage(`/en/indicators/${year}/`, { waitUntil: "networkidle" });
    const { page } = opened;
    const figure = page.locator("figure[data-metric='gdp_growth']");
    expect(await figure.locator("h4").textContent()).toBe("GDP growth");
    const chart = await figure.locator("svg.chart-svg").evaluate((svg) => ({
      name: (svg.getAttribute("aria-labelledby") ?? "").split(" ").map((id) => document.getElementById(id)?.textContent ?? "").join(" "),
      rows: [...svg.querySelectorAll("[data-row]")].map((r) => r.textContent),
      texts: [...svg.querySelectorAll("text")].map((t) => t.textContent ?? ""),
      links: [...svg.querySelectorAll("a")].map((a) => [a.getAttribute("href"), a.getAttribute("aria-label")]),
    }));
    expect(chart.name).toMatch(new RegExp(`^GDP growth: ${year - 1} results and ${year} targets .*\\d%.*Higher is better\\.`));
    expect(chart.rows[0]).toBe("Ningxia");
    expect(chart.rows).toContain("Zhongwei");
    expect(chart.texts).toContain("higher is better →");
    expect(chart.texts.filter((t) => CJK.test(t))).toEqual([]);
    expect(chart.links.length).toBeGreaterThan(0);
    for (const [href, name] of chart.links) {
      expect(href).toMatch(/^\/en\/reports\/[a-z]+-\d{4}\/#p-\d+$/);
      expect(name).toMatch(new RegExp(`^[A-Z][a-z]+, (${year - 1} result|${year} target): .+ \\(source\\)$`));
    }
    const legend = (await page.getByRole("list", { name: "Legend" }).first().locator("li").allTextContents()).map((t) => t.trim());
    expect(legend).toEqual(expect.arrayContaining(["Ningxia (region)", `${year - 1} result`, `${year} target`, `Ningxia (region) ${year} target (reference line)`]));

    // A value in a chart opens its sentence in the English reader.
    const link = figure.locator("svg a").first();
    const href = (await link.getAttribute("href"))!;
    const record = all.find((f) => `/en${f.url}` === href && f.metric === "gdp_growth")!;
    await link.locator("text").click();
    await page.waitForURL((u) => `${u.pathname}${u.hash}` === href);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator(`[id="${href.split("#")[1]}"]`).textContent()).toContain(record.quote);
    expectNoProblems(opened);
  });

  it("an indicator's page lists every record in English beside its Chinese quote, each linking to the English reader, filterable in English", async () => {
    const all = await records();
    const expected = all.filter((f) => f.metric === "gdp_growth");
    const opened = await site.openPage("/en/indicators/gdp_growth/");
    const { page } = opened;
    const rows = await page.locator("[data-records] tr[data-figure]").evaluateAll((trs) =>
      trs.map((tr) => ({
        id: tr.getAttribute("data-figure"),
        place: tr.querySelector(".figure-table__place")?.textContent?.trim(),
        kind: tr.querySelector(".figure-table__kind")?.textContent?.trim(),
        value: tr.querySelector(".figure-table__value a")?.textContent,
        href: tr.querySelector(".figure-table__value a")?.getAttribute("href"),
        quote: tr.querySelector("q[lang='zh-CN']")?.textContent,
      })),
    );
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((f) => f.id).sort());
    for (const row of rows) {
      const record = expected.find((f) => f.id === row.id)!;
      expect([row.href, row.quote]).toEqual([`/en${record.url}`, record.quote]);
      expect(`${row.place} ${row.kind} ${row.value}`).not.toMatch(CJK);
      expect(row.kind).toMatch(/^\d{4}(–\d{4})? (result|target)/);
    }
    expect(await page.getByRole("columnheader").allTextContents()).toEqual(["Place", "Kind", "Value", "Source text"]);

    const target = expected.filter((f) => f.kind === "target").at(-1)!;
    const year = target.report.slice(-4);
    await page.getByRole("radio", { name: "Target", exact: true }).check();
    await page.getByRole("radio", { name: year, exact: true }).check();
    await expect.poll(() => new URL(page.url()).search).toBe(`?kind=target&year=${year}`);
    const shown = await page.locator("[data-records] tr[data-figure]:not([hidden])").count();
    const status = await page.getByRole("status").filter({ hasText: "records" }).textContent();
    expect(status).toBe(`Showing ${shown} of ${rows.length} records`);

    await page.locator(`[data-records] tr[data-figure="${target.id}"] .figure-table__value a`).click();
    await page.waitForURL((u) => u.pathname === `/en/reports/${target.report}/`);
    expect(await page.locator(`[id="${target.paragraph}"]`).textContent()).toContain(target.quote);
    expectNoProblems(opened);
  });

  it("a report's page of records names each value in English and links it to the English reader", async () => {
    const all = await records();
    const report = all.at(-1)!.report;
    const opened = await site.openPage(`/en/indicators/${report.slice(-4)}/${report.slice(0, -5)}/`);
    const rows = await opened.page.locator("tr[data-figure]").evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute("data-figure"), link: tr.querySelector("a")?.textContent ?? "", href: tr.querySelector("a")?.getAttribute("href"), quoteLang: tr.querySelector("td:nth-child(2)")?.getAttribute("lang") })),
    );
    const expected = all.filter((f) => f.report === report);
    expect(rows.map((r) => r.id).sort()).toEqual(expected.map((f) => f.id).sort());
    for (const row of rows) {
      const record = expected.find((f) => f.id === row.id)!;
      expect(row.href).toBe(`/en${record.url}`);
      expect(row.link).not.toMatch(CJK);
      expect(row.quoteLang).toBe("zh-CN");
      // An indicator of the vocabulary is named in English before the value; a record outside it by its quote.
      expect(row.link, row.id!).toMatch(record.metric ? /^[^·]+ · \d{4}(–\d{4})? (result|target|estimate) / : /^\d{4}(–\d{4})? (result|target|estimate) /);
    }
    expect(await opened.page.evaluate(() => document.querySelectorAll("*").length)).toBeLessThanOrEqual(1500);
    expectNoProblems(opened);
  });

  it("fits a 360 px phone: every part of every year, an indicator and the largest report", async () => {
    const all = await records();
    const counts = new Map<string, number>();
    for (const f of all) counts.set(f.report, (counts.get(f.report) ?? 0) + 1);
    const [largest] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
    const [, place, year] = /^(.*)-(\d{4})$/.exec(largest)!;
    const queue = ["/en/indicators/", ...planYears(all).map((y) => `/en/indicators/${y}/`), "/en/indicators/gdp_growth/", `/en/indicators/${year}/${place}/`];
    const seen = new Set<string>();
    const tab = await site.openTab({ width: 360 });
    try {
      while (queue.length) {
        const path = queue.shift()!;
        if (seen.has(path)) continue;
        seen.add(path);
        expect(await tab.visit(path), path).toEqual([]);
        expect(await tab.page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(360);
        const next = tab.page.locator(".ind-pager a[rel=next]");
        if (await next.count()) queue.push((await next.getAttribute("href"))!);
      }
    } finally {
      await tab.close();
    }
    expect([...seen].some((p) => /^\/en\/indicators\/\d{4}\/\d+\/$/.test(p))).toBe(true);
  });
});
