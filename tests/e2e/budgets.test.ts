/**
 * Size budgets, read off the built files (gzip sizes of dist/, never timings):
 *   - JavaScript on any page but search (in either language; reader, compare, glossary, charts, home …) ≤ 10 KB;
 *   - the reader's HTML + CSS ≤ 50 KB;
 *   - the search page's JavaScript plus the index data a query loads ≤ 1 MB;
 *   - no page has more than 1,500 elements (one test per template, so a failure names the template).
 */
import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { resolveRequestPath } from "../../scripts/serve-lib/static-server.ts";
import { basePath } from "../../src/i18n/config.ts";
import { useSite } from "./helpers.ts";
import { budgets, htmlCssBytes, scriptBytes } from "./support/budgets.ts";
import { gzipSize, parseHtml, readHtmlFiles } from "./support/dist.ts";
import { searchQuery, settle, templateOf } from "./support/pages.ts";

const site = useSite();
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

describe("budgets", async () => {
  const distDir = inject("distDir");
  const pages = await Promise.all(
    (await readHtmlFiles(distDir)).filter((f) => f.file !== "404.html").map(async (f) => ({ ...f, root: await parseHtml(f.html) })),
  );
  const measured = await Promise.all(
    pages.map(async (p) => ({
      path: p.path,
      elements: p.root.querySelectorAll("*").length,
      js: await scriptBytes(distDir, p.path, p.root),
      htmlCss: await htmlCssBytes(distDir, p.path, p.html, p.root),
    })),
  );

  it(`every page but search loads at most ${kb(budgets.enhancementJs)} of JavaScript`, () => {
    const largest = new Map<string, (typeof measured)[number]>();
    for (const m of measured) {
      const prev = largest.get(templateOf(m.path));
      if (!prev || m.htmlCss > prev.htmlCss) largest.set(templateOf(m.path), m);
    }
    console.log(
      [...largest].map(([t, m]) => `${t.padEnd(22)} JS ${kb(m.js).padStart(9)}   HTML+CSS ${kb(m.htmlCss).padStart(9)}`).join("\n"),
    );
    const over = measured.filter((m) => basePath(m.path) !== "/search/" && m.js > budgets.enhancementJs).map((m) => `${m.path}: ${kb(m.js)}`);
    expect(over).toEqual([]);
  });

  const templates = [...new Set(measured.map((m) => templateOf(m.path)))].sort();

  it.each(templates)(`every %s page has at most ${budgets.elements} elements`, (template) => {
    const group = measured.filter((m) => templateOf(m.path) === template);
    const largest = group.reduce((a, b) => (b.elements > a.elements ? b : a));
    console.log(`${template}: ${group.length} page(s), largest ${largest.path} with ${largest.elements} elements`);
    expect(group.filter((m) => m.elements > budgets.elements).map((m) => `${m.path}: ${m.elements} elements`)).toEqual([]);
  });

  it(`each reader's HTML + CSS is at most ${kb(budgets.readerHtmlCss)}`, () => {
    const readers = measured.filter((m) => /^\/reports\/[^/]+\/$/.test(m.path));
    expect(readers.length).toBeGreaterThan(0);
    expect(readers.filter((m) => m.htmlCss > budgets.readerHtmlCss).map((m) => `${m.path}: ${kb(m.htmlCss)}`)).toEqual([]);
  });

  it(`the search page with a query loads at most ${kb(budgets.search)} of JavaScript and index`, async () => {
    const opened = await site.openPage(`/search/?q=${encodeURIComponent(searchQuery)}`);
    const loaded = new Set<string>();
    opened.page.on("request", (req) => {
      // Scripts and index files, preloaded ones included (a `<link rel=preload>` is no fetch to Playwright).
      const path = new URL(req.url()).pathname;
      if (["script", "fetch", "xhr"].includes(req.resourceType()) || /\.(m?js|json)$/.test(path)) loaded.add(path);
    });
    await opened.page.reload({ waitUntil: "networkidle" });
    await settle(opened.page);
    await opened.close();
    let total = 0;
    for (const path of loaded) {
      const found = await resolveRequestPath(distDir, path);
      if (found.kind === "file") total += gzipSize(await readFile(found.file));
    }
    console.log(`search ?q=${searchQuery}: ${loaded.size} files, ${kb(total)} (${[...loaded].join(", ")})`);
    expect(loaded.size).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(budgets.search);
  });
});
