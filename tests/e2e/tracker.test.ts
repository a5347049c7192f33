/**
 * The tracker in a real browser: /tracker/ counts, matrix and charts agree with /data/tracker.json; each place
 * page shows every tracked target with both sentences linked to their paragraphs, the status and the rule; the
 * filters narrow the rows and live in the URL; the downloads agree with each other.
 */
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { csvParse } from "d3-dsv";
import { describe, expect, inject, it } from "vitest";
import type { Figure } from "../../src/lib/schema/figure.ts";
import { publishedTrackerFields, trackerStatuses, type PublishedTrackerRecord } from "../../src/lib/schema/tracker.ts";
import { statusLabels } from "../../src/lib/tracker/view.ts";
import { isCeiling } from "../../src/lib/tracker/judge.ts";
import { metricsFileSchema } from "../../src/lib/schema/metric.ts";
import { CJK } from "./support/english.ts";
import { expectNoProblems, useSite } from "./helpers.ts";

const site = useSite();
const dist = inject("distDir");
const read = async (path: string) => readFile(join(dist, path), "utf8");
const records = async () => JSON.parse(await read("data/tracker.json")) as PublishedTrackerRecord[];
const figures = async () => new Map((JSON.parse(await read("data/indicators.json")) as Figure[]).map((f) => [f.id, f]));

describe("the tracker data", () => {
  it("tracks targets of every place that has two consecutive reports, and the CSV holds the same records as the JSON", async () => {
    const all = await records();
    expect(new Set(all.map((r) => r.place)).size).toBeGreaterThanOrEqual(6);
    const csv = await read("data/tracker.csv");
    expect(csv.startsWith("\ufeff")).toBe(true);
    const rows = csvParse(csv.slice(1));
    expect(rows.columns).toEqual(publishedTrackerFields);
    const nullable = ["outcome_figure", "outcome_quote", "outcome_permalink"];
    expect(rows.map((r) => ({ ...r, year: Number(r.year), ...Object.fromEntries(nullable.map((k) => [k, r[k] || null])) }))).toEqual(all);
  });

  it("gives each record both sentences and their permalinks, as /data/indicators.json gives them", async () => {
    const [all, figs] = await Promise.all([records(), figures()]);
    const cited = figs as Map<string, Figure & { permalink: string }>;
    for (const r of all) {
      const t = cited.get(r.target_figure)!;
      expect([r.target_quote, r.target_permalink]).toEqual([t.quote, t.permalink]);
      const o = r.outcome_figure ? cited.get(r.outcome_figure)! : null;
      expect([r.outcome_quote, r.outcome_permalink]).toEqual(o ? [o.quote, o.permalink] : [null, null]);
    }
    expect(all.filter((r) => r.outcome_quote).length).toBeGreaterThan(10);
  });

  it("points every record at figures of /data/indicators.json: a target of its report, an outcome of the next", async () => {
    const [all, figs] = await Promise.all([records(), figures()]);
    for (const r of all) {
      const t = figs.get(r.target_figure)!;
      expect(t).toMatchObject({ kind: "target", report: r.target_report, metric: r.metric, year: r.year });
      if (r.outcome_figure) expect(figs.get(r.outcome_figure)).toMatchObject({ kind: "result", report: r.outcome_report, year: r.year });
      else expect(r.status).toBe("not_reported");
    }
  });
});

describe("/tracker/", () => {
  it("counts each place's statuses as the data does, and links each count to the place page filtered by it", async () => {
    const all = await records();
    const opened = await site.openPage("/tracker/");
    const { page } = opened;
    expect(await page.locator("h1").textContent()).toContain("目标");
    const rows = page.locator("table.tr-table").first().locator("tbody tr");
    expect(await rows.count()).toBe(new Set(all.map((r) => r.place)).size);
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const place = (await row.locator("th a").getAttribute("href"))!.split("/")[2]!;
      const cells = await row.locator("td").allTextContents();
      expect(cells.map(Number)).toEqual(trackerStatuses.map((s) => all.filter((r) => r.place === place && r.status === s).length));
    }
    await page.locator(`a[href$="?status=not_reported"]`).first().click();
    await page.waitForURL(/\/tracker\/[a-z]+\/\?status=not_reported$/);
    const shown = page.locator(".tr-row:not([hidden])");
    expect(await shown.count()).toBeGreaterThan(0);
    for (const s of await shown.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status))) expect(s).toBe("not_reported");
    expectNoProblems(opened);
    await opened.close();
  });

  it("shows a status as a symbol and a word in every matrix cell, and draws a chart per main indicator with a text alternative", async () => {
    const opened = await site.openPage("/tracker/", { width: 360 });
    const { page } = opened;
    const badges = page.locator(".tr-matrix .status");
    expect(await badges.count()).toBeGreaterThan(5);
    for (const text of await badges.allTextContents()) {
      expect(Object.values(statusLabels).some((l) => text === `${l.symbol}${l.zh}`)).toBe(true);
    }
    const charts = page.locator("figure.tr-chart svg[role=img]");
    expect(await charts.count()).toBeGreaterThan(0);
    const desc = await charts.first().locator("desc").textContent();
    expect(desc).toMatch(/目标“.+”，结果/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // The tables scroll sideways in their box; their captions stay readable on the screen, not centred across the table.
    const captions = await page.locator(".tr-table caption").evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect()).map((r) => [r.left, r.right]));
    expect(captions.length).toBe(2);
    for (const [left, right] of captions) {
      expect(left).toBeGreaterThanOrEqual(0);
      expect(right).toBeLessThanOrEqual(360);
    }
    await opened.close();
  });
});

describe("/tracker/<place>/", () => {
  it("shows every tracked target of the place with both sentences linked to their paragraphs, its status and rule", async () => {
    const [all, figs] = await Promise.all([records(), figures()]);
    const place = all[0]!.place;
    const mine = all.filter((r) => r.place === place);
    const opened = await site.openPage(`/tracker/${place}/`);
    const { page } = opened;
    expect(await page.locator(".tr-row").count()).toBe(mine.length);
    for (const r of mine.slice(0, 12)) {
      const row = page.locator(`li[id="${r.id}"]`);
      const target = figs.get(r.target_figure)!;
      expect(await row.locator("blockquote").first().textContent()).toBe(target.quote);
      expect(await row.locator(".tr-quote a").first().getAttribute("href")).toBe(target.url);
      expect(await row.locator(".status").textContent()).toContain(statusLabels[r.status].zh);
      expect(await row.locator(".tr-row__rule").textContent()).toContain(r.rule);
      if (r.outcome_figure) expect(await row.locator("blockquote").nth(1).textContent()).toBe(figs.get(r.outcome_figure)!.quote);
    }
    expectNoProblems(opened);
    await opened.close();
  });

  it("lists each untracked target once per number, saying which number it is, with its sentence and paragraph", async () => {
    const [all, figs] = await Promise.all([records(), figures()]);
    const tab = await site.openTab();
    let lines = 0;
    let repeated = 0;
    for (const place of [...new Set(all.map((r) => r.place))]) {
      await tab.visit(`/tracker/${place}/`);
      const items = await tab.page.locator(".tr-untracked li").evaluateAll((lis) => lis.map((li) => ({ id: li.id, text: li.textContent ?? "", href: li.querySelector("a")?.getAttribute("href") })));
      for (const item of items) {
        const f = figs.get(item.id)!;
        expect(f.kind, item.id).toBe("target");
        expect(f.metric, item.id).toBeNull();
        expect(item.text, item.id).toMatch(/^目标 \S+ · /);
        expect(item.text, item.id).toContain(f.quote);
        expect(item.href, item.id).toBe(f.url);
      }
      // Lines of one sentence read apart by their numbers (two equal numbers of one sentence read alike).
      const byQuote = Map.groupBy(items, (i) => figs.get(i.id)!.quote);
      for (const same of byQuote.values()) {
        if (same.length < 2) continue;
        repeated++;
        const values = new Set(same.map((i) => { const f = figs.get(i.id)!; return `${f.value} ${f.unit} ${f.qualifier}`; }));
        expect(new Set(same.map((i) => i.text)).size, same[0]!.text).toBe(values.size);
      }
      lines += items.length;
    }
    expect(lines).toBeGreaterThan(0);
    expect(repeated).toBeGreaterThan(0);
    expectNoProblems(tab);
    await tab.close();
  });

  it("filters by status and indicator, keeps the filter in the URL and applies it from the URL", async () => {
    const all = await records();
    const place = all[0]!.place;
    const metric = all.find((r) => r.place === place)!.metric;
    const opened = await site.openPage(`/tracker/${place}/`);
    const { page } = opened;
    await page.selectOption('select[name="metric"]', metric);
    expect(page.url()).toContain(`metric=${metric}`);
    const visible = await page.locator(".tr-row:not([hidden])").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.metric));
    expect(visible).toEqual(all.filter((r) => r.place === place && r.metric === metric).map(() => metric));
    expect(await page.locator(".tr-filter__count").textContent()).toContain(String(visible.length));
    await page.goto(site.url(`/tracker/${place}/?status=missed`));
    const statuses = await page.locator(".tr-row:not([hidden])").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.status));
    expect(statuses).toEqual(all.filter((r) => r.place === place && r.status === "missed").map(() => "missed"));
    expect(await page.locator('select[name="status"]').inputValue()).toBe("missed");
    await opened.close();
  });
});

describe("/tracker/<place>/: targets awaiting the next report", () => {
  /** The targets of each place's latest report that have an indicator id: the next report is not on the site yet. */
  // A target is awaited when a rule can judge it: its indicator says which way is better, or it sets a ceiling.
  const metrics = metricsFileSchema.parse(JSON.parse(readFileSync(join(import.meta.dirname, "../../content/metrics.json"), "utf8")));
  const judgeable = (f: Figure) => {
    const m = metrics.find((x) => x.id === f.metric);
    return m !== undefined && (m.better !== null || isCeiling(f, m));
  };
  const awaitingOf = (figs: Map<string, Figure>) => {
    const latest = new Map<string, number>();
    for (const f of figs.values()) latest.set(f.city, Math.max(latest.get(f.city) ?? 0, Number(f.report.split("-").at(-1))));
    return [...figs.values()].filter((f) => {
      const y = Number(f.report.split("-").at(-1));
      const span = f as Figure & { period?: unknown; base_year?: unknown };
      return f.kind === "target" && f.metric !== null && y === latest.get(f.city) && f.year === y && !span.period && (span.base_year ?? null) === null && judgeable(f);
    });
  };

  it("every place with a target has a page, linked from /tracker/, listing its latest targets as awaiting the next report, not in the downloads", async () => {
    const [all, figs] = await Promise.all([records(), figures()]);
    const awaiting = awaitingOf(figs);
    expect(awaiting.length).toBeGreaterThan(0);
    const places = [...new Set(awaiting.map((f) => f.city))];
    // None of them is a record of the downloads: the statuses stay those of the targets paired with an outcome.
    const recorded = new Set(all.map((r) => r.target_figure));
    expect(awaiting.filter((f) => recorded.has(f.id))).toEqual([]);
    const tab = await site.openTab();
    await tab.visit("/tracker/");
    const linked = new Set(await tab.page.locator("main a").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? "")));
    for (const place of places) {
      expect(linked.has(`/tracker/${place}/`), place).toBe(true);
      await tab.visit(`/tracker/${place}/`);
      const mine = awaiting.filter((f) => f.city === place);
      const items = await tab.page.locator(".tr-awaiting li").evaluateAll((lis) =>
        lis.map((li) => ({ id: li.id, status: li.querySelector(".status")?.textContent ?? "", quote: li.querySelector("blockquote")?.textContent ?? "", href: li.querySelector("a")?.getAttribute("href"), rule: li.querySelector(".tr-row__rule")?.textContent ?? "" })),
      );
      expect(items.map((i) => i.id)).toEqual(mine.map((f) => f.id));
      for (const [i, item] of items.entries()) {
        const f = mine[i]!;
        expect(item.status).toBe("…待报告");
        expect(item.quote).toBe(f.quote);
        expect(item.href).toBe(f.url);
        expect(item.rule).toContain(`本站尚未收录${f.year + 1}年报告`);
      }
      // The rows the filters and counts read are the judged ones alone.
      expect(await tab.page.locator(".tr-awaiting .tr-row").count()).toBe(0);
    }
    expectNoProblems(tab);
    await tab.close();
  });

  it("says it in English", async () => {
    const figs = await figures();
    const f = awaitingOf(figs)[0]!;
    const opened = await site.openPage(`/en/tracker/${f.city}/`);
    const item = opened.page.locator(`.tr-awaiting li[id="${f.id}"]`);
    expect(await item.locator(".status").textContent()).toBe("…Awaiting report");
    expect(await item.locator(".tr-row__rule").textContent()).toContain(`the site has no ${f.year + 1} report yet`);
    expect(await item.locator("blockquote").getAttribute("lang")).toBe("zh-CN");
    expectNoProblems(opened);
    await opened.close();
  });
});

describe("the tracker in the readers", () => {
  it("badges each tracked target of a report with its status, linking to its tracker row", async () => {
    const all = await records();
    const report = all[0]!.target_report;
    const mine = all.filter((r) => r.target_report === report);
    const opened = await site.openPage(`/reports/${report}/`);
    const { page } = opened;
    const badges = await page.locator("a.track:not(.track--answers)").evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute("href"), text: a.textContent, figure: a.closest(".fig-note")?.querySelector("a.fig")?.getAttribute("data-figure") ?? "" })),
    );
    expect(badges.length).toBe(new Set(mine.map((r) => r.target_figure)).size);
    for (const r of mine) {
      const badge = badges.find((b) => b.figure.split(" ").includes(r.target_figure))!;
      expect(badge.href).toBe(`/tracker/${r.place}/#${r.id}`);
      expect(badge.text).toContain(statusLabels[r.status].zh);
    }
    await page.locator(`a.track[href="/tracker/${mine[0]!.place}/#${mine[0]!.id}"]`).first().click();
    await page.waitForURL(new RegExp(`/tracker/${mine[0]!.place}/#${mine[0]!.id}$`));
    expect(await page.locator(`li[id="${mine[0]!.id}"]`).isVisible()).toBe(true);
    expectNoProblems(opened);
    await opened.close();
  });

  it("says at each result of the next report whether the target it answers was met, linking to the tracker's row", async () => {
    const all = await records();
    const answered = all.filter((r) => r.outcome_figure && r.status !== "not_comparable");
    const report = answered[0]!.outcome_report;
    const opened = await site.openPage(`/reports/${report}/`);
    const { page } = opened;
    const links = await page.locator("a.track--answers").evaluateAll((els) =>
      els.map((a) => ({ href: a.getAttribute("href"), text: a.textContent ?? "", figure: a.closest(".fig-note")?.querySelector("a.fig")?.getAttribute("data-figure") ?? "" })),
    );
    const mine = answered.filter((r) => r.outcome_report === report);
    expect(links.length).toBe(new Set(mine.map((r) => r.outcome_figure)).size);
    for (const l of links) {
      const r = mine.find((x) => l.figure.split(" ").includes(x.outcome_figure!))!;
      expect(l.href).toBe(`/tracker/${r.place}/#${r.id}`);
      // The verdict is read out with the target's sentence and the rule.
      expect(l.text).toContain(`${r.year}年目标：${statusLabels[r.status].zh}（目标：${r.target_quote}；${r.rule}）`);
    }
    // A reader follows one to the tracker's row, which quotes both sentences.
    const first = mine[0]!;
    await page.locator(`a.track--answers[href="/tracker/${first.place}/#${first.id}"]`).first().click();
    await page.waitForURL(new RegExp(`/tracker/${first.place}/#${first.id}$`));
    const row = page.locator(`li[id="${first.id}"]`);
    expect(await row.isVisible()).toBe(true);
    const text = await row.innerText();
    expect(text).toContain(first.target_quote);
    expect(text).toContain(first.outcome_quote!);
    expectNoProblems(opened);
    await opened.close();
  });
});

/** The English name each rule's text starts with on English pages. */
const RULE_EN: Record<PublishedTrackerRecord["rule_id"], string> = {
  floor: "Floor:",
  floor_approx: "Approximate or range target:",
  ceiling: "Ceiling:",
  reduction: "Reduction:",
  no_outcome: "Not reported:",
  other_basis: "Not comparable:",
};
/** An element's text without what is marked lang="zh-CN". */
const englishOf = (el: Element) => {
  const copy = el.cloneNode(true) as Element;
  for (const zh of copy.querySelectorAll('[lang="zh-CN"]')) zh.remove();
  return copy.textContent ?? "";
};

describe("/en/tracker/", () => {
  it("counts each place's statuses in English, with English badges, matrix and charts, and links that stay in English", async () => {
    const all = await records();
    const opened = await site.openPage("/en/tracker/", { width: 360 });
    const { page } = opened;
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    expect(await page.locator("h1").textContent()).toBe("Target tracker: were the targets met?");
    const head = await page.locator("table.tr-table").first().locator("thead th").allTextContents();
    expect(head).toEqual(["Place", ...trackerStatuses.map((s) => `${statusLabels[s].symbol}${statusLabels[s].en}`)]);
    const rows = page.locator("table.tr-table").first().locator("tbody tr");
    expect(await rows.count()).toBe(new Set(all.map((r) => r.place)).size);
    for (let i = 0; i < (await rows.count()); i++) {
      const row = rows.nth(i);
      const href = (await row.locator("th a").getAttribute("href"))!;
      expect(href).toMatch(/^\/en\/tracker\/[a-z]+\/$/);
      expect(await row.locator("th a").textContent()).toMatch(/^[A-Z][A-Za-z ]+$/);
      const place = href.split("/")[3]!;
      expect((await row.locator("td").allTextContents()).map(Number)).toEqual(trackerStatuses.map((s) => all.filter((r) => r.place === place && r.status === s).length));
    }
    const badges = await page.locator(".tr-matrix .status").allTextContents();
    expect(badges.length).toBeGreaterThan(5);
    for (const text of badges) expect(Object.values(statusLabels).some((l) => text === `${l.symbol}${l.en}`)).toBe(true);
    for (const href of await page.locator(".tr-matrix a").evaluateAll((els) => els.map((a) => a.getAttribute("href")))) expect(href).toMatch(/^\/en\/tracker\//);
    const chart = page.locator("figure.tr-chart svg[role=img]").first();
    expect(await chart.locator("title").textContent()).toMatch(/^.+: targets and outcomes for \d{4}$/);
    expect(await chart.locator("desc").textContent()).toMatch(/^[A-Z][A-Za-z ]+: target .+, outcome .+ \((Met|Near|Missed|Not reported|Not comparable)\)/);
    expect(CJK.test((await page.locator("figure.tr-chart").first().textContent())!)).toBe(false);
    expect(await page.locator("#tr-rules-title").textContent()).toBe("How we judge");
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);

    await page.locator(`table.tr-table a[href$="?status=missed"]`).first().click();
    await page.waitForURL(/\/en\/tracker\/[a-z]+\/\?status=missed$/);
    const shown = page.locator(".tr-row:not([hidden])");
    expect(await shown.count()).toBeGreaterThan(0);
    for (const text of await shown.locator(".status").allTextContents()) expect(text).toBe("✗Missed");
    expect(await page.locator(".tr-filter__count").textContent()).toBe(`Showing ${await shown.count()} of ${await page.locator(".tr-row").count()}`);
    expectNoProblems(opened);
    await opened.close();
  });
});

describe("/en/tracker/<place>/", () => {
  it("filters by the plain form without JavaScript, staying on the English page", async () => {
    const all = await records();
    const place = all.find((r) => r.status === "missed")!.place;
    const context = await site.browser().newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(site.url(`/en/tracker/${place}/`));
      expect(await page.locator(".tr-filter label").allTextContents()).toEqual([expect.stringMatching(/^Status/), expect.stringMatching(/^Indicator/)]);
      await page.selectOption('select[name="status"]', { label: "Missed" });
      await page.locator(".tr-filter button[type=submit]").click();
      await page.waitForURL((u) => u.searchParams.get("status") === "missed");
      const url = new URL(page.url());
      expect(url.pathname).toBe(`/en/tracker/${place}/`);
      expect(await page.locator("html").getAttribute("lang")).toBe("en");
      // Without JavaScript every row stays readable.
      expect(await page.locator(".tr-row:visible").count()).toBe(all.filter((r) => r.place === place).length);
    } finally {
      await context.close();
    }
  });

  it("applies the form's query: only the chosen rows, each with its English status, its English rule, and the Chinese sentences marked", async () => {
    const [all, figs] = await Promise.all([records(), figures()]);
    const place = all.find((r) => r.status === "missed")!.place;
    const opened = await site.openPage(`/en/tracker/${place}/?status=missed&metric=`);
    const { page } = opened;
    const missed = all.filter((r) => r.place === place && r.status === "missed");
    const shown = page.locator(".tr-row:not([hidden])");
    expect(await shown.evaluateAll((els) => els.map((e) => e.id))).toEqual(missed.map((r) => r.id));
    expect(await page.locator('select[name="status"]').inputValue()).toBe("missed");
    expect(await page.locator(".tr-filter__count").textContent()).toBe(`Showing ${missed.length} of ${all.filter((r) => r.place === place).length}`);
    for (const r of missed) {
      const row = page.locator(`li[id="${r.id}"]`);
      expect(await row.locator(".status").textContent()).toBe("✗Missed");
      const rule = (await row.locator(".tr-row__rule").evaluate(englishOf)).replace(/^Rule: /, "");
      expect(rule.startsWith(RULE_EN[r.rule_id])).toBe(true);
      expect(rule).toMatch(/missed/);
      expect(CJK.test(rule)).toBe(false);
      const target = figs.get(r.target_figure)!;
      expect(await row.locator("blockquote").first().getAttribute("lang")).toBe("zh-CN");
      expect(await row.locator("blockquote").first().textContent()).toBe(target.quote);
      expect(await row.locator(".tr-quote__en").first().textContent()).toMatch(new RegExp(`^${target.label_en!.replace(/[()]/g, "\\$&")} · target `));
      expect(await row.locator(".tr-quote a").first().getAttribute("href")).toBe(`/en${target.url}`);
    }
    // A rule that names an estimate says so in English.
    const estimate = all.find((r) => r.outcome_figure && figs.get(r.outcome_figure)!.estimate && r.rule_id !== "other_basis");
    if (estimate) {
      await page.goto(site.url(`/en/tracker/${estimate.place}/#${estimate.id}`));
      expect(await page.locator(`li[id="${estimate.id}"] .tr-row__rule`).textContent()).toContain("(the outcome is an estimate)");
    }
    expectNoProblems(opened);
    await opened.close();
  });
});
