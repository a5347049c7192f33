/**
 * Report text is always escaped, end to end: a raw report full of markup goes through the ingest CLI
 * (`node scripts/ingest.ts --input F --out DIR`) and the reader's own render function, and the result,
 * loaded in Chromium, shows the markup as visible text: no element is created from it, no script runs,
 * nothing is requested.
 */
import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { renderReport } from "../../src/lib/render/render-report.ts";
import { reportMetaSchema } from "../../src/lib/schema/report.ts";
import { storedFigureSchema } from "../../src/lib/schema/figure.ts";
import { useSite } from "./helpers.ts";

const root = resolve(import.meta.dirname, "../..");
const fixture = join(import.meta.dirname, "fixtures/markup-2020.txt");
const site = useSite();

/** The markup written in the fixture, each of which must reach the reader as text. */
const written = [
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  '<b onmouseover="alert(1)">现代农业</b>',
  "<script>alert(2)</script>",
  "<em>标题</em>里的<script>实体",
  '<a href="javascript:alert(1)">稳就业</a>',
  '<iframe src="https://example.com/"></iframe>',
  "<img src=x onerror=alert(3)>",
  "<img src=x onerror=alert(4)>",
];

let out: string;
let html: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), "escaping-"));
  await promisify(execFile)(process.execPath, ["scripts/ingest.ts", "--input", fixture, "--out", out, "--quiet"], { cwd: root });
  const markdown = await readFile(join(out, "reports/markup-2020.md"), "utf8");
  const [, front = "", body = ""] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const data = reportMetaSchema.parse(parseYaml(front));
  const stored = JSON.parse(await readFile(join(out, "indicators/markup-2020.json"), "utf8")) as { figures: unknown[] };
  html = renderReport({ body, data }, { figures: stored.figures.map((f) => storedFigureSchema.parse(f)) });
});

afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

describe("escaping of report text", () => {
  it("the rendered HTML holds the markup only as escaped text", () => {
    expect(html).not.toMatch(/<(script|img|iframe|b|em)[\s>]/i);
    expect(html).not.toMatch(/<[a-z][^<>]*\son\w+=/i);
    expect(html).not.toMatch(/<a[^<>]*href="javascript:/i);
    expect(html).toContain("&#x3C;script>alert(1)&#x3C;/script>");
  });

  it("in the browser, the markup is visible text and nothing runs or loads", async () => {
    const context = await site.browser().newContext();
    const events: string[] = [];
    await context.route("**/*", (route) => {
      events.push(`request ${route.request().url()}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on("dialog", (dialog) => {
      events.push(`dialog ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("pageerror", (err) => events.push(`error ${err.message}`));
    await page.setContent(`<!doctype html><html lang="zh-CN"><title>t</title><article>${html}</article></html>`);
    const article = page.locator("article");

    const injected = await article.evaluate(
      (el) =>
        el.querySelectorAll("script, img, iframe, b, em, object, embed, a[href^='javascript']").length +
        [...el.querySelectorAll("*")].filter((e) => [...e.attributes].some((a) => a.name.startsWith("on"))).length,
    );
    expect(injected, "elements or handlers created from report text").toBe(0);
    const text = await article.innerText();
    for (const markup of written) expect(text).toContain(markup);
    expect(await article.getByText("防范化解重大风险").count(), "the appendix entry is rendered").toBe(1);
    expect(events).toEqual([]);
    await context.close();
  });
});
