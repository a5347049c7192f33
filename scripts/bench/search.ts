/**
 * Search benchmark (`npm run bench -- search`; needs a built site: `npm run build`). For the real corpus
 * (the index in dist/) and a synthetic one of 100 reports (the real reports repeated with altered ids), it
 * prints: index size raw and gzip (each file gzipped, as a server would), what is downloaded before the
 * first result, index load time in Node and in Chromium, and query latency per keystroke (median, p95)
 * in Chromium, typing realistic queries one character at a time into the real search page, and in Node.
 * `BENCH_DIST` names another built site.
 */
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Browser } from "playwright-core";
import { buildManifest, serializeShard, shardPath } from "../../src/lib/search/build.ts";
import { SearchCorpus } from "../../src/lib/search/corpus.ts";
import type { Manifest, Shard } from "../../src/lib/search/format.ts";
import { parseQuery } from "../../src/lib/search/query.ts";
import { search } from "../../src/lib/search/search.ts";
import { compileSynonyms } from "../../src/lib/search/synonyms.ts";
import { FIRST_SHARDS, MANIFEST_ELEMENT_ID } from "../../src/scripts/search/loader.ts";
import { resolveBrowser } from "../serve-lib/browser.ts";
import { startStaticServer } from "../serve-lib/static-server.ts";

/** What people type: everyday words, newsroom terms, several terms, Latin, a synonym, typos, an absent word, a very common word. */
const QUERIES = [
  "养老",
  "幼儿园",
  "公交",
  "医疗",
  "就业",
  "看病",
  "GDP",
  "地区生产总值",
  "PM2.5",
  "R&D",
  "营商环境",
  "脱贫攻坚",
  "黄河 生态",
  "教育 幼儿园",
  "乡村振兴",
  "5G",
  "垃圾分类",
  "老旧小区",
  "老旧小区改造",
  "十四五",
  "黄河流域生态保护",
  "幼儿圆",
  "养老服物",
  "推动高质量发屏",
  "疫情",
  "发展",
];
/** Every keystroke of every query: its prefixes. */
const KEYSTROKES = QUERIES.flatMap((q) => Array.from(q, (_, i) => q.slice(0, i + 1)));
/** Reports in the synthetic corpus: the real ones copied round by round until there are this many. */
const SYNTHETIC_REPORTS = 100;
/** Timed passes over the keystrokes (after one warm-up pass); each keystroke counts its best pass, which keeps other processes' noise out. */
const PASSES = 5;

const kB = (n: number) => `${(n / 1000).toFixed(1)} kB`;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const gz = (s: string | Buffer) => gzipSync(s).length;

function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
}
/** Median, p95 and the slowest keystrokes, from each keystroke's best pass (`runs[pass][keystroke]`). */
function stats(runs: number[][]): string {
  const best = KEYSTROKES.map((_, k) => Math.min(...runs.map((r) => r[k] ?? Infinity)));
  const slowest = best
    .map((t, k) => [t, KEYSTROKES[k]] as const)
    .sort((a, b) => b[0] - a[0])
    .slice(0, 3)
    .map(([t, q]) => `${q} ${ms(t)}`);
  return `median ${ms(quantile(best, 0.5))}, p95 ${ms(quantile(best, 0.95))} over ${best.length} keystrokes (slowest: ${slowest.join(", ")})`;
}

/** An index as files: the manifest and each shard's body, by URL path. */
interface IndexFiles {
  manifest: Manifest;
  bodies: Map<string, string>;
}

async function readShippedIndex(dist: string): Promise<IndexFiles> {
  const manifest = JSON.parse(await readFile(join(dist, "search/manifest.json"), "utf8")) as Manifest;
  const bodies = new Map<string, string>();
  for (const s of manifest.shards) bodies.set(shardPath(s.id), await readFile(join(dist, shardPath(s.id)), "utf8"));
  return { manifest, bodies };
}

/** The synthetic corpus: the real shards repeated with report ids `<id>-copy<n>`, {@link SYNTHETIC_REPORTS} in all. */
function syntheticIndex(real: IndexFiles): IndexFiles {
  const shards: Shard[] = [];
  for (let n = 1; shards.length < SYNTHETIC_REPORTS; n++) {
    for (const body of real.bodies.values()) {
      if (shards.length === SYNTHETIC_REPORTS) break;
      const shard = JSON.parse(body) as Shard;
      shards.push({
        ...shard,
        report: { ...shard.report, id: `${shard.report.id}-copy${n}`, title: `${shard.report.title}（副本${n}）` },
      });
    }
  }
  return {
    manifest: buildManifest(shards, real.manifest.synonyms),
    bodies: new Map(shards.map((s) => [shardPath(s.report.id), serializeShard(s)])),
  };
}

/** Sizes, and load and query times in Node. */
function nodeFigures(index: IndexFiles, pageScriptGzip: number): void {
  const manifestBody = JSON.stringify(index.manifest);
  const bodies = [...index.bodies.values()];
  const raw = Buffer.byteLength(manifestBody) + bodies.reduce((a, b) => a + Buffer.byteLength(b), 0);
  const gzip = gz(manifestBody) + bodies.reduce((a, b) => a + gz(b), 0);
  const firstShards = bodies.slice(0, FIRST_SHARDS).reduce((a, b) => a + gz(b), 0);
  console.log(
    `  index files: manifest + ${bodies.length} shards = ${kB(raw)} raw, ${kB(gzip)} gzip (largest shard ${kB(Math.max(...bodies.map(gz)))} gzip)`,
  );
  console.log(
    `  requested before the first result: ${kB(gz(manifestBody) + firstShards + pageScriptGzip)} gzip (page script, manifest, first ${Math.min(FIRST_SHARDS, bodies.length)} shard(s))`,
  );
  const loads: number[] = [];
  const firsts: number[] = [];
  let corpus = new SearchCorpus();
  for (let run = 0; run < 5; run++) {
    corpus = new SearchCorpus();
    const t0 = performance.now();
    bodies.forEach((b, i) => {
      corpus.add(JSON.parse(b) as Shard, i);
      if (i === 0) firsts.push(performance.now() - t0);
    });
    loads.push(performance.now() - t0);
  }
  console.log(
    `  index load in Node (JSON.parse + prefilter): first shard ${ms(quantile(firsts, 0.5))}, all ${ms(quantile(loads, 0.5))} (median of 5)`,
  );
  const rules = compileSynonyms(index.manifest.synonyms);
  const runs: number[][] = [];
  for (let pass = 0; pass <= PASSES; pass++) {
    const times = KEYSTROKES.map((q) => {
      const t0 = performance.now();
      search(corpus, parseQuery(q, rules));
      return performance.now() - t0;
    });
    if (pass > 0) runs.push(times);
  }
  console.log(`  query latency in Node: ${stats(runs)}`);
}

/** Load and query times in Chromium, on the real search page served from `site`. */
async function browserFigures(browser: Browser, site: string, gzipOf: Map<string, number>): Promise<void> {
  const server = await startStaticServer({ root: site });
  const page = await browser.newPage();
  try {
    await page.goto(`${server.url}/search/?q=${encodeURIComponent("就业")}`);
    await page.waitForFunction(() => performance.getEntriesByName("search:index-loaded").length > 0, undefined, {
      timeout: 120_000,
    });
    const load = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
      const first = at("search:first-results");
      const before = performance
        .getEntriesByType("resource")
        .filter((r) => r.startTime < first)
        .map((r) => new URL(r.name).pathname);
      return { manifest: at("search:manifest"), first, loaded: at("search:index-loaded"), before };
    });
    const pageGzip = [...gzipOf]
      .filter(([p]) => p === "/search/" || load.before.includes(p))
      .reduce((a, [, n]) => a + n, 0);
    console.log(
      `  Chromium, /search/?q=就业 from navigation start: manifest ${ms(load.manifest)}, first results ${ms(load.first)}, whole index ${ms(load.loaded)}`,
    );
    console.log(
      `  Chromium, downloaded before the first result: ${kB(pageGzip)} gzip (${load.before.length + 1} files incl. the page)`,
    );
    const runs = await page.evaluate(
      ({ keystrokes, passes }) => {
        const input = document.querySelector<HTMLInputElement>("#search-q");
        if (!input) throw new Error("no #search-q on the search page");
        const total: number[][] = [];
        const compute: number[][] = [];
        for (let pass = 0; pass <= passes; pass++) {
          const t: number[] = [];
          const c: number[] = [];
          for (const q of keystrokes) {
            const t0 = performance.now();
            input.value = q;
            input.dispatchEvent(new InputEvent("input", { bubbles: true, data: q.slice(-1), inputType: "insertText" }));
            void document.body.offsetHeight;
            t.push(performance.now() - t0);
            c.push(performance.getEntriesByName("search").at(-1)?.duration ?? NaN);
          }
          if (pass > 0) (total.push(t), compute.push(c));
        }
        return { total, compute };
      },
      { keystrokes: KEYSTROKES, passes: PASSES },
    );
    console.log(
      `  query latency per keystroke in Chromium, search + results in the DOM + layout: ${stats(runs.total)}`,
    );
    console.log(`  of which search + building the result list (the page's "search" measure): ${stats(runs.compute)}`);
  } finally {
    await page.close();
    await server.close();
  }
}

/** The search page for the synthetic corpus: its inlined manifest and its preloaded first shards replaced. */
function syntheticPage(html: string, manifest: Manifest): string {
  const inline = new RegExp(`(<script type="application/json" id="${MANIFEST_ELEMENT_ID}">)[^<]*(</script>)`);
  if (!inline.test(html)) throw new Error(`search/index.html has no inlined manifest (#${MANIFEST_ELEMENT_ID})`);
  const json = JSON.stringify(manifest).replace(/</g, "\\u003c");
  const preloads = manifest.shards
    .slice(0, FIRST_SHARDS)
    .map((s) => `<link rel="preload" href="${s.url}" as="fetch" crossorigin="anonymous">`)
    .join("");
  return html
    .replace(/<link rel="preload" href="\/search\/shards\/[^>]*>/g, "")
    .replace("</head>", `${preloads}</head>`)
    .replace(inline, (_, open: string, close: string) => `${open}${json}${close}`);
}

/** Gzip size of every file of a site that the search page may load, by URL path. */
async function gzipSizes(site: string): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  out.set("/search/", gz(await readFile(join(site, "search/index.html"))));
  for (const f of await readdir(join(site, "_astro")))
    out.set(`/_astro/${f}`, gz(await readFile(join(site, "_astro", f))));
  for (const f of await readdir(join(site, "search/shards")))
    out.set(`/search/shards/${f}`, gz(await readFile(join(site, "search/shards", f))));
  out.set("/search/manifest.json", gz(await readFile(join(site, "search/manifest.json"))));
  return out;
}

export default async function searchBench(): Promise<void> {
  const dist = resolve(process.env["BENCH_DIST"] ?? join(import.meta.dirname, "../../dist"));
  const real = await readShippedIndex(dist).catch(() => {
    throw new Error(`${dist}/search/manifest.json is missing or unreadable: run \`npm run build\` first`);
  });
  const script = (await readdir(join(dist, "_astro"))).find((f) => f.startsWith("SearchPage") && f.endsWith(".js"));
  const scriptGzip = script ? gz(await readFile(join(dist, "_astro", script))) : 0;
  const synthetic = syntheticIndex(real);

  const synthDir = await mkdtemp(join(tmpdir(), "search-bench-"));
  const launch = await resolveBrowser();
  const browser = await chromium.launch({ executablePath: launch.executablePath, args: launch.args });
  try {
    await cp(dist, synthDir, { recursive: true });
    await writeFile(join(synthDir, "search/manifest.json"), JSON.stringify(synthetic.manifest));
    await writeFile(join(synthDir, "search/index.html"), syntheticPage(await readFile(join(dist, "search/index.html"), "utf8"), synthetic.manifest));
    for (const [path, body] of synthetic.bodies) await writeFile(join(synthDir, path), body);

    console.log(`page script (fuse.js + search): ${kB(scriptGzip)} gzip; browser: ${launch.source}`);
    for (const [name, index, site] of [
      ["real corpus", real, dist],
      [`synthetic corpus (the ${real.manifest.shards.length} reports copied to ${SYNTHETIC_REPORTS})`, synthetic, synthDir],
    ] as const) {
      const docs = index.manifest.shards.reduce((a, s) => a + s.docs, 0);
      console.log(`\n${name}: ${index.manifest.shards.length} reports, ${docs} documents`);
      nodeFigures(index, scriptGzip);
      await browserFigures(browser, site, await gzipSizes(site));
    }
  } finally {
    await browser.close();
    await rm(synthDir, { recursive: true, force: true });
  }
}
