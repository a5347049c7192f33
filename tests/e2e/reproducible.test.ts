/**
 * The build is reproducible and its cache never changes what it writes, in a copy of the project (so the
 * other tests keep serving dist/ and nothing else touches the copy's files between builds) that holds more
 * reports than PAIR_PAGE_LIMIT (the real reports, then copies of them under new place ids):
 * 1. a first build, with no cache, renders every page; above the limit, `/compare/` picks any two reports with
 *    a form (driven in the browser) and links each place's consecutive years, not every pair;
 * 2. `npm run build` again, with nothing changed, copies every page from Astro's incremental-build cache and
 *    writes the same files as the first, byte for byte;
 * 3. after one report gains a paragraph, the next build renders every page again (the cache key is the digest
 *    of all content, src/pages/_cache-key.ts) and the new text is on the report's reader in both languages,
 *    its search shard and its download.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startStaticServer } from "../../scripts/serve-lib/static-server.ts";
import { PAIR_PAGE_LIMIT } from "../../src/lib/topics/pairs.ts";
import { syntheticProject } from "../../scripts/lib/synthetic.ts";
import { loadTables } from "../../scripts/lib/tables.ts";
import { diffTrees, listFiles } from "../../scripts/lib/tree-diff.ts";
import { buildLog, type BuildLog } from "./support/build-log.ts";

const root = join(import.meta.dirname, "../..");
const raws = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort();
// Above the limit by a whole copy of the real reports, so every place has both of its years.
const reportCount = (Math.floor(PAIR_PAGE_LIMIT / raws.length) + 1) * raws.length;
const dir = syntheticProject(root, (await loadTables(root)).places, reportCount);
const firstDist = mkdtempSync(join(tmpdir(), "first-dist-"));
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(firstDist, { recursive: true, force: true });
});

/** `npm run build` in the copy, step by step with the project's Node: the ingest, then `astro build`; its log. */
function build(): BuildLog {
  const steps = [["scripts/ingest.ts", "--quiet"], ["node_modules/astro/bin/astro.mjs", "build"]];
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  let stdout = "";
  for (const args of steps) {
    const r = spawnSync(process.execPath, args, { cwd: dir, encoding: "utf8", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}):\n${r.stderr}\n${r.stdout.slice(-2000)}`);
    stdout = r.stdout;
  }
  return buildLog(stdout);
}

// Three whole builds: a minute or two on a busy machine.
describe("builds of a copy of the project", { timeout: 600_000 }, () => {
  let first: BuildLog;

  it("the first build renders every page", () => {
    first = build();
    expect(first.paths.length).toBeGreaterThan(100);
    expect(first.restored).toEqual([]);
    cpSync(join(dir, "dist"), firstDist, { recursive: true });
  });

  it(`above ${PAIR_PAGE_LIMIT} reports, /compare/ picks any two reports with a form and links each place's consecutive years`, async () => {
    const server = await startStaticServer({ root: firstDist });
    const { executablePath, args } = inject("browser");
    const browser = await chromium.launch({ executablePath, args });
    try {
      const page = await browser.newPage({ viewport: { width: 360, height: 800 } });
      const problems: string[] = [];
      page.on("console", (m) => void (m.type() === "error" && problems.push(m.text())));
      page.on("pageerror", (e) => void problems.push(e.message));
      await page.goto(`${server.url}/compare/`);
      const pick = page.locator("#pick");
      // Every report once in each list, and no list of every pair: the page grows with the reports.
      for (const list of ["#pick-a", "#pick-b"]) {
        const values = await pick.locator(`${list} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
        expect(values).toHaveLength(reportCount);
        expect(new Set(values).size).toBe(reportCount);
      }
      const links = await pick.locator("a[href^='/compare/view/?']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      expect(links.length).toBe(reportCount / 2);
      for (const href of links) {
        const q = new URL(href, server.url).searchParams;
        expect(q.get("a")!.replace(/-\d{4}$/, ""), href).toBe(q.get("b")!.replace(/-\d{4}$/, ""));
      }
      expect(await pick.locator("a[href^='/compare/'][href$='/']:not([href='/compare/view/'])").count()).toBe(0);
      // A reader picks two reports by their labels and opens them side by side.
      const [a, b] = ["#pick-a", "#pick-b"];
      await page.getByLabel("第一份").selectOption({ label: "银川市2021年" });
      await page.getByLabel("第二份").selectOption({ label: "吴忠市2021年" });
      const [first, second] = await Promise.all([a, b].map((s) => page.locator(s).inputValue()));
      await page.getByRole("button", { name: "对比" }).click();
      await page.locator(".cv__col").first().waitFor();
      expect(new URL(page.url()).pathname).toBe("/compare/view/");
      expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ a: first, b: second });
      await expect(page.locator("h1").textContent()).resolves.toBe("报告对比：银川市2021年与吴忠市2021年");
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it("a build with nothing changed copies every page from the cache and writes the same files, byte for byte", () => {
    const again = build();
    expect(again.rendered).toEqual([]);
    expect(new Set(again.restored)).toEqual(new Set(first.paths));
    expect(listFiles(join(dir, "dist")).length).toBe(listFiles(firstDist).length);
    expect(diffTrees(firstDist, join(dir, "dist"))).toEqual({ onlyA: [], onlyB: [], differ: [] });
  });

  it("a changed report renders every page again, with the change on its own pages", () => {
    // A closing paragraph, as a maintainer's correction would add, to a report whose text ends with its body.
    const raw = raws.find((f) => f.endsWith(".txt")) ?? raws[0]!;
    const id = raw.replace(/\.(txt|md)$/, "");
    const sentence = "本段为构建缓存测试新增的文字，用于核对页面是否重新生成。";
    appendFileSync(join(dir, "content/raw", raw), `\n\n${sentence}\n`);
    const changed = build();
    expect(changed.restored).toEqual([]);
    expect(new Set(changed.rendered)).toEqual(new Set(first.paths));
    const dist = join(dir, "dist");
    for (const page of [`reports/${id}/index.html`, `en/reports/${id}/index.html`, `search/shards/${id}.json`, `data/reports/${id}.md`])
      expect(readFileSync(join(dist, page), "utf8"), page).toContain(sentence);
  });
});
