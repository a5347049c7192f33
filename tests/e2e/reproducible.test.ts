/**
 * The build is reproducible and its cache never changes what it writes, in a copy of the project (so the
 * other tests keep serving dist/ and nothing else touches the copy's files between builds) that holds more
 * reports than PAIR_PAGE_LIMIT (the real reports, then copies of them under new place ids):
 * 1. a first build, with no cache, renders every page; above the limit, `/compare/` picks any two reports with
 *    a form (driven in the browser) and links each place's consecutive years, not every pair;
 * 2. `npm run build` again, with nothing changed, renders no page but the not-found page (which Astro gives no key):
 *    each stays in dist/ as the first build wrote it,
 *    or is copied from Astro's incremental-build cache when dist/ lacks it; files no build makes (a page gone, a
 *    script of an older hash) leave dist/, which holds the same files as after the first build, byte for byte;
 * 3. after two reports change (one gains a closing paragraph; one, of another place, a sentence with figures
 *    near its start, which renumbers its paragraphs), the next build renders those reports' own pages again
 *    and reuses those of a report of a third place (each page's key names what it reads, src/pages/_cache-key.ts);
 *    what dist/ then holds is, byte for byte, what a build with no cache into an empty folder writes of the same
 *    content;
 * 4. after a report is added (one held back from the start), the next build renders its pages and those that
 *    name it, reuses the other reports' own pages, and again writes what a build from scratch writes.
 */
import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { chromium } from "playwright-core";
import { afterAll, describe, expect, inject, it } from "vitest";
import { startStaticServer } from "../../scripts/serve-lib/static-server.ts";
import { PAIR_PAGE_LIMIT } from "../../src/lib/topics/pairs.ts";
import { shortName } from "../../src/lib/render/places.ts";
import { hasAppendix, syntheticProject } from "../../scripts/lib/synthetic.ts";
import { loadTables } from "../../scripts/lib/tables.ts";
import { diffTrees, listFiles } from "../../scripts/lib/tree-diff.ts";
import { buildLog, runLogged, type BuildLog } from "../../scripts/lib/build-log.ts";
import { projectBuildCommand } from "../../scripts/lib/build-command.ts";

const root = join(import.meta.dirname, "../..");
const raws = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort();
// Above the limit by a whole copy of the real reports, so every place has both of its years.
const reportCount = (Math.floor(PAIR_PAGE_LIMIT / raws.length) + 1) * raws.length;
const dir = syntheticProject(root, (await loadTables(root)).places, reportCount);
const firstDist = mkdtempSync(join(tmpdir(), "first-dist-"));
const changedDist = mkdtempSync(join(tmpdir(), "changed-dist-"));
const aside = mkdtempSync(join(tmpdir(), "held-report-"));
afterAll(() => {
  for (const d of [dir, firstDist, changedDist, aside]) rmSync(d, { recursive: true, force: true });
});

const placeOf = (file: string) => file.replace(/-\d{4}\.(txt|md)$/, "");
const yearOf = (file: string) => /-(\d{4})\.(txt|md)$/.exec(file)![1]!;
/** The places of the copy (its copies of places included), and the place one level up of each. */
const parentOf = new Map((JSON.parse(readFileSync(join(dir, "content/places.json"), "utf8")) as { id: string; parent: string | null }[]).map((p) => [p.id, p.parent]));
/**
 * The report held back until step 4, where it is added: a copy of a city's report (a place one level down, whose
 * region's report of the same year lists it, and whose other year's report links it) without a glossary appendix
 * (an appendix adds terms every reader may link: they all render again).
 */
const held = readdirSync(join(dir, "content/raw"))
  .filter((f) => !raws.includes(f) && parentOf.get(placeOf(f)) && !hasAppendix(root, f))
  .sort()
  .at(-1)!;
const heldId = held.replace(/\.(txt|md)$/, "");
/** The readers that link the held report: its place's other year, and its region's report of the same year. */
const heldLinkedFrom = readdirSync(join(dir, "content/raw"))
  .filter((f) => f !== held && (placeOf(f) === placeOf(held) || (placeOf(f) === parentOf.get(placeOf(held)) && yearOf(f) === yearOf(held))))
  .map((f) => `/reports/${f.replace(/\.(txt|md)$/, "")}/index.html`);
renameSync(join(dir, "content/raw", held), join(aside, held));
/**
 * A place whose entry the copy's places file lacks (a copy of a city, not the held report's): its reports name it
 * themselves (front matter `place_zh`, …), and the site lists, charts and tracks them all the same.
 */
const unlisted = [...parentOf.keys()].filter((p) => parentOf.get(p) && !raws.some((f) => placeOf(f) === p) && p !== placeOf(held)).sort()[0]!;
writeFileSync(join(dir, "content/places.json"), JSON.stringify((JSON.parse(readFileSync(join(dir, "content/places.json"), "utf8")) as { id: string }[]).filter((p) => p.id !== unlisted)));
/** The reports built before step 4. */
const builtCount = reportCount - 1;

/** The command of package.json's build script (`astro build`, which runs the ingest first), as Node arguments. */
const { flags, args } = projectBuildCommand(root);
const buildArgs = [...flags, ...args];

/** `npm run build` in the copy, with the project's Node; its log. */
function build(): BuildLog {
  const r = runLogged(buildArgs, { cwd: dir, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`astro build failed (${r.status}):\n${r.stderr}\n${r.stdout.slice(-2000)}`);
  return buildLog(r.stdout);
}

// Four whole builds: a minute or two on a busy machine.
describe("builds of a copy of the project", { timeout: 600_000 }, () => {
  let first: BuildLog;

  it("the first build renders every page", () => {
    first = build();
    expect(first.paths.length).toBeGreaterThan(100);
    expect(first.reused).toEqual([]);
    cpSync(join(dir, "dist"), firstDist, { recursive: true });
  });

  it("lists, colours, charts and tracks the reports of a place the places file lacks, under the name their front matter gives", () => {
    const reports = readdirSync(join(dir, "content/reports")).filter((f) => f.startsWith(`${unlisted}-`)).map((f) => f.replace(/\.md$/, ""));
    expect(reports.length).toBe(2);
    const placeZh = /^place_zh: "(.*)"$/m.exec(readFileSync(join(dir, "content/reports", `${reports[0]}.md`), "utf8"))![1]!;
    const page = (path: string) => readFileSync(join(firstDist, path), "utf8");
    // The home page's places × years table links each of its reports, in a row of its own.
    for (const r of reports) expect(page("index.html")).toContain(`href="/reports/${r}/"`);
    expect(page("index.html")).toContain(`place-${unlisted}`);
    expect(page("places.css")).toContain(`.place-${unlisted} {`);
    expect(page(`tracker/${unlisted}/index.html`)).toContain(placeZh);
    // An indicator it states names it in its charts and records, not by its id.
    const figures = JSON.parse(page("data/indicators.json")) as { city: string; metric: string | null }[];
    const metric = figures.find((f) => f.city === unlisted && f.metric)!.metric!;
    const row = new RegExp(`<tr [^>]*class="place-${unlisted}"><th [^>]*>([^<]*)</th>`).exec(page(`indicators/${metric}/index.html`));
    expect(row?.[1]).toBe(shortName(placeZh));
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
        expect(values).toHaveLength(builtCount);
        expect(new Set(values).size).toBe(builtCount);
      }
      const links = await pick.locator("a[href^='/compare/view/?']").evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
      // Each place's consecutive years (the real places' two, copied), but not the place of the report held back.
      const built = readdirSync(join(dir, "content/raw"));
      const consecutive = built.filter((f) => built.some((g) => placeOf(g) === placeOf(f) && Number(yearOf(g)) === Number(yearOf(f)) + 1)).length;
      expect(consecutive).toBeGreaterThan(0);
      expect(links.length).toBe(consecutive);
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

  it("a build with nothing changed renders no page but the not-found page, removes what no build makes, and leaves the same files, byte for byte", () => {
    // Files no build makes leave dist/ (src/integrations/out-dir.ts): a page no longer made is not served.
    const dist = join(dir, "dist");
    const stale = ["reports/gone.html", "reports/gone/index.html", "_astro/old.abc123.js", "en/old/deep/page/index.html"];
    for (const f of stale) {
      mkdirSync(dirname(join(dist, f)), { recursive: true });
      writeFileSync(join(dist, f), "<p>left over</p>");
    }
    // A page missing from dist/ is copied from Astro's cache.
    const missing = first.paths.find((p) => p.startsWith("/reports/"))!;
    rmSync(join(dist, missing));
    const again = build();
    // The not-found page alone renders again: a page without getStaticPaths carries no key (src/pages/404.astro).
    expect(again.rendered).toEqual(["/404.html"]);
    expect(new Set(again.reused)).toEqual(new Set(first.paths.filter((p) => p !== "/404.html")));
    expect(again.restored).toEqual([missing]);
    for (const f of stale) expect(existsSync(join(dist, f)), f).toBe(false);
    expect(existsSync(join(dist, "en/old"))).toBe(false);
    expect(listFiles(join(dir, "dist")).length).toBe(listFiles(firstDist).length);
    expect(diffTrees(firstDist, join(dir, "dist"))).toEqual({ onlyA: [], onlyB: [], differ: [] });
  });

  /** A report's own pages: its readers, citations, search shard, Markdown download and topics. */
  const own = (r: string) => [`/reports/${r}/index.html`, `/en/reports/${r}/index.html`, `/reports/${r}/cite/index.html`, `/search/shards/${r}.json`, `/data/reports/${r}.md`, `/compare/topics/${r}.json`];

  /** A build of the same content with no cache (Astro's cache and the content store removed) into an empty folder writes the same files as dist/ holds. */
  function expectScratchBuildSame() {
    const dist = join(dir, "dist");
    rmSync(changedDist, { recursive: true, force: true });
    cpSync(dist, changedDist, { recursive: true });
    for (const d of [".astro", "dist"]) rmSync(join(dir, d), { recursive: true, force: true });
    const scratch = build();
    expect(scratch.reused).toEqual([]);
    expect(diffTrees(changedDist, dist)).toEqual({ onlyA: [], onlyB: [], differ: [] });
  }

  it("after two reports change, their pages render again, other reports' are reused, and the output is a build from scratch's", () => {
    // A closing paragraph, as a maintainer's correction would add, to a report whose text ends with its body.
    // Both of places with another year's report (whose reader links them).
    const withSibling = (f: string) => raws.some((g) => g !== f && placeOf(g) === placeOf(f));
    const raw = raws.find((f) => f.endsWith(".txt") && withSibling(f)) ?? raws.find(withSibling)!;
    const id = raw.replace(/\.(txt|md)$/, "");
    const sentence = "本段为构建缓存测试新增的文字，用于核对页面是否重新生成。";
    appendFileSync(join(dir, "content/raw", raw), `\n\n${sentence}\n`);
    // A sentence with two figures after the salutation of a report of another place: its paragraphs renumber.
    const other = raws.find((f) => f.endsWith(".md") && placeOf(f) !== placeOf(raw) && withSibling(f))!;
    const otherId = other.replace(/\.(txt|md)$/, "");
    const otherPath = join(dir, "content/raw", other);
    const text = readFileSync(otherPath, "utf8");
    const at = text.indexOf("\n", text.indexOf("各位代表"));
    const figures = "今年全市地区生产总值预期增长7.5%左右，城镇新增就业1.2万人。";
    expect(at).toBeGreaterThan(0);
    writeFileSync(otherPath, `${text.slice(0, at)}\n\n${figures}\n${text.slice(at)}`);
    const changed = build();
    for (const page of [...own(id), ...own(otherId)]) expect(changed.rendered, page).toContain(page);
    // The pages of a report of a third place read neither changed report: reused.
    const third = raws.map((f) => f.replace(/\.(txt|md)$/, "")).find((r) => ![placeOf(raw), placeOf(other)].includes(placeOf(`${r}.md`)))!;
    for (const page of own(third)) expect(changed.reused, page).toContain(page);
    // The tracker's page of the place whose targets changed renders again; a third place's is reused.
    expect(changed.rendered).toContain(`/tracker/${placeOf(other)}/index.html`);
    expect(changed.reused).toContain(`/tracker/${placeOf(`${third}.md`)}/index.html`);
    // The indicators' year page of the changed targets' year renders again; a year no edit touched is reused.
    expect(changed.rendered).toContain(`/indicators/${yearOf(other)}/index.html`);
    const untouched = first.paths.filter((p) => /^\/indicators\/\d{4}\/index\.html$/.test(p) && ![yearOf(raw), yearOf(other)].some((y) => p.includes(y)));
    expect(untouched.length).toBeGreaterThan(0);
    for (const page of untouched) expect(changed.reused, page).toContain(page);
    // A reader's tracker badges read its place's other years' figure records, not their text: the other year of
    // the report that gained a paragraph without figures is reused, the other year of the report whose figures
    // changed renders again. The home page reads the reports' metadata alone: reused.
    const sibling = (r: string) => first.paths.find((p) => new RegExp(`^/reports/${placeOf(`${r}.md`)}-\\d{4}/index\\.html$`).test(p) && !p.includes(r))!;
    expect(changed.reused).toContain(sibling(id));
    expect(changed.rendered).toContain(sibling(otherId));
    expect(changed.reused).toContain("/index.html");
    expect(changed.reused.length).toBeGreaterThan(changed.rendered.length);
    const dist = join(dir, "dist");
    for (const page of [`reports/${id}/index.html`, `en/reports/${id}/index.html`, `search/shards/${id}.json`, `data/reports/${id}.md`])
      expect(readFileSync(join(dist, page), "utf8"), page).toContain(sentence);
    expect(readFileSync(join(dist, `reports/${otherId}/index.html`), "utf8")).toContain("7.5%");
    expectScratchBuildSame();
  });

  it("after a report is added, its pages and the pages that name it render, other reports' own pages are reused, and the output is a build from scratch's", () => {
    expect(heldLinkedFrom).toHaveLength(2);
    for (const page of own(heldId)) expect(existsSync(join(dir, "dist", page)), page).toBe(false);
    renameSync(join(aside, held), join(dir, "content/raw", held));
    const added = build();
    for (const page of [...own(heldId), ...heldLinkedFrom]) expect(added.rendered, page).toContain(page);
    // The pages that list every report: the home page, the indicators' overview, the search page.
    for (const page of ["/index.html", "/indicators/index.html", "/search/index.html"]) expect(added.rendered, page).toContain(page);
    // A report of the same year, of a city of another place: it does not link the added report; its pages, and its
    // page of figure records, are reused.
    const city = raws.find((f) => yearOf(f) === yearOf(held) && parentOf.get(placeOf(f)) && placeOf(f) !== placeOf(held))!;
    const cityId = city.replace(/\.(txt|md)$/, "");
    for (const page of [...own(cityId), `/indicators/${yearOf(city)}/${placeOf(city)}/index.html`]) expect(added.reused, page).toContain(page);
    expect(added.reused.length).toBeGreaterThan(added.rendered.length);
    expectScratchBuildSame();
  });
});
