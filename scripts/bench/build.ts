/**
 * `npm run bench -- build`: `npm run build` against a bare Astro project with the same page count (the project's
 * own Astro and Node, one trivial `.astro` route through getStaticPaths), in one run and alternating, at the real
 * corpus size and at 100 and 400 reports (the real reports copied under new ids), each in a fresh copy of the
 * project. Prints, per size, against the bare project: the first build (no cache), the median of the builds that
 * follow with nothing changed (every page copied from Astro's incremental-build cache), and a build after one report
 * changed (its own pages and the corpus-wide ones render again, the rest are copied; src/pages/_cache-key.ts); the time split
 * (ingest, content sync, bundling, page generation, each route family) and the peak memory; then a table of the
 * cost curve.
 */
import { execFileSync } from "node:child_process";
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildLog } from "../lib/build-log.ts";
import { syntheticProject } from "../lib/synthetic.ts";
import { loadTables } from "../lib/tables.ts";
import { median, ms } from "../lib/timing.ts";

const root = join(import.meta.dirname, "../..");
const astroBin = join(root, "node_modules/astro/bin/astro.mjs");
const preload = join(root, "scripts/lib/maxrss.mjs");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "real,100,400").split(",");

/** One timed run of a Node script: wall time, CPU time and peak RSS (MiB) of its Node processes, and its output. */
function runNode(cwd: string, args: string[]): { ms: number; cpu: number; rssMiB: number; out: string } {
  const rssFile = join(mkdtempSync(join(root, ".bench-rss-")), "rss");
  writeFileSync(rssFile, "");
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ["--import", preload, ...args], {
    cwd,
    env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, ASTRO_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const t = performance.now() - t0;
  const usage = readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map((l) => l.split(" ").map(Number));
  rmSync(join(rssFile, ".."), { recursive: true, force: true });
  const rss = Math.max(0, ...usage.map((u) => u[0]!));
  const cpu = usage.reduce((t, u) => t + (u[1] ?? 0), 0) / 1000;
  return { ms: t, cpu, rssMiB: rss / 1024, out };
}

/** `npm run build` of a project, as its two steps (ingest, astro build), each timed. */
function projectBuild(dir: string) {
  const ingest = runNode(dir, ["scripts/ingest.ts", "--quiet"]);
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const astro = runNode(dir, [astroBin, "build"]);
  return { ingest, astro, total: ingest.ms + astro.ms, cpu: ingest.cpu + astro.cpu };
}

/** A bare Astro project beside the project (so it resolves the same `astro`), with `pages` trivial pages. */
function bareProject(pages: number): string {
  const dir = mkdtempSync(join(root, ".bench-bare-"));
  mkdirSync(join(dir, "src/pages"), { recursive: true });
  writeFileSync(join(dir, "astro.config.mjs"), "export default {};\n");
  writeFileSync(
    join(dir, "src/pages/[...slug].astro"),
    `---\nexport function getStaticPaths() {\n  return Array.from({ length: ${pages} }, (_, i) => ({ params: { slug: \`p/\${i}\` }, props: { i } }));\n}\nconst { i } = Astro.props;\n---\n<html lang="en"><head><title>Page {i}</title></head><body><p>Page {i}</p></body></html>\n`,
  );
  return dir;
}

/** Time per route family (`/reports/…`, `/en/compare/…`) from Astro's per-route log lines. */
function routeFamilies(log: string): Map<string, { n: number; ms: number }> {
  const out = new Map<string, { n: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(m?s)\)/g)) {
    const parts = m[1]!.split("/");
    const family = parts[1] === "en" && parts.length > 3 ? `/en/${parts[2]}/` : `/${parts[1] ?? ""}/`;
    const f = out.get(family) ?? { n: 0, ms: 0 };
    f.n++;
    f.ms += Number(m[2]) * (m[3] === "s" ? 1000 : 1);
    out.set(family, f);
  }
  return out;
}

const DURATION = String.raw`(\d+m \d+s|[\d.]+m?s)`;

/** A duration as Astro and Vite print it (`634ms`, `1.07s`, `1m 5s`), in ms; NaN when absent. */
function duration(text: string | undefined): number {
  const m = /^(?:(\d+)m (\d+)s|([\d.]+)(m?s))$/.exec(text ?? "");
  if (!m) return Number.NaN;
  if (m[1]) return (Number(m[1]) * 60 + Number(m[2])) * 1000;
  return Number(m[3]) * (m[4] === "ms" ? 1 : 1000);
}

/** Phases Astro reports: content sync and type generation, build info, bundling, page generation, the whole build. */
function phases(log: string): string {
  const find = (re: string) => duration(new RegExp(re).exec(log)?.[1]);
  const types = find(String.raw`\[types\] Generated ${DURATION}`);
  const info = find(String.raw`Collecting build info\.\.\.\s*\n.*?Completed in ${DURATION}`);
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, "g"))].reduce((t, m) => t + duration(m[1]), 0);
  const generate = find(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`);
  const whole = find(String.raw`page\(s\) built in ${DURATION}`);
  return `content sync + types ${ms(types)}, build info ${ms(info)}, bundling ${ms(vite)}, page generation ${ms(generate)}, whole astro build ${ms(whole)}`;
}

export default async function benchBuild(): Promise<void> {
  const { places } = await loadTables(root);
  const real = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).length;
  const rows: { reports: number; pages: number; cold: number; bareCold: number; build: number; bare: number; cpu: number; bareCpu: number; rss: number; change: number; bareChange: number }[] = [];
  for (const size of SIZES) {
    const n = size === "real" ? real : Number(size);
    // A fresh copy every time, the real corpus too: the first build starts with no cache (ingest, content layer).
    const dir = syntheticProject(root, places, n);
    let bare = "";
    try {
      const first = projectBuild(dir);
      const pages = buildLog(first.astro.out).paths.length;
      bare = bareProject(pages);
      const bareFirst = runNode(bare, [astroBin, "build"]).ms;
      const ours: number[] = [];
      const theirs: number[] = [];
      const oursCpu: number[] = [];
      const theirsCpu: number[] = [];
      let last = first;
      for (let k = 0; k < ROUNDS; k++) {
        last = projectBuild(dir);
        ours.push(last.total);
        oursCpu.push(last.cpu);
        const bareRun = runNode(bare, [astroBin, "build"]);
        theirs.push(bareRun.ms);
        theirsCpu.push(bareRun.cpu);
      }
      // A maintainer's edit: one report gains a paragraph; the pages that read it render again.
      const edited = readdirSync(join(dir, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort()[0]!;
      appendFileSync(join(dir, "content/raw", edited), "\n\n本段为基准测试新增的文字。\n");
      const change = projectBuild(dir);
      const bareChange = runNode(bare, [astroBin, "build"]);
      const [b, a] = [median(ours), median(theirs)];
      const [bc, ac] = [median(oursCpu), median(theirsCpu)];
      const rss = Math.max(...[first, last, change].flatMap((r) => [r.ingest.rssMiB, r.astro.rssMiB]));
      rows.push({ reports: n, pages, cold: first.total, bareCold: bareFirst, build: b, bare: a, cpu: bc, bareCpu: ac, rss, change: change.total, bareChange: bareChange.ms });
      console.log(`\n${n} reports, ${pages} pages; peak memory ${rss.toFixed(0)} MiB`);
      console.log(`  first build (no cache): npm run build ${ms(first.total)} (ingest ${ms(first.ingest.ms)}) vs bare Astro ${ms(bareFirst)} → ratio ${(first.total / bareFirst).toFixed(2)}`);
      console.log(`  again (caches warm): npm run build ${ms(b)} vs bare Astro ${ms(a)} → ratio ${(b / a).toFixed(2)} (median of ${ROUNDS}, alternating); CPU time ${ms(bc)} vs ${ms(ac)} → ratio ${(bc / ac).toFixed(2)}`);
      const { rendered } = buildLog(change.astro.out);
      console.log(`  after one report changed (${rendered.length} of ${pages} pages render again): npm run build ${ms(change.total)} (ingest ${ms(change.ingest.ms)}) vs bare Astro ${ms(bareChange.ms)} → ratio ${(change.total / bareChange.ms).toFixed(2)}`);
      console.log(`  split, first build: ingest ${ms(first.ingest.ms)}; ${phases(first.astro.out)}`);
      console.log(`  split, again: ingest ${ms(last.ingest.ms)}; ${phases(last.astro.out)}`);
      console.log(`  split, after the change: ingest ${ms(change.ingest.ms)}; ${phases(change.astro.out)}`);
      const families = [...routeFamilies(change.astro.out)].sort((x, y) => y[1].ms - x[1].ms);
      // Astro renders several pages at once (build.concurrency): each page's time includes its share of the others'.
      console.log(`  routes (after the change; page times overlap, several render at once): ${families.map(([f, v]) => `${f} ${v.n} pages ${ms(v.ms)}`).join(", ")}`);
    } finally {
      if (bare) rmSync(bare, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const s = (t: number) => (t / 1000).toFixed(2);
  console.log("\n| reports | pages | first build s | bare first s | ratio | again s | bare again s | ratio | CPU ratio again | one report changed s | bare s | ratio | peak MiB |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    console.log(
      `| ${r.reports} | ${r.pages} | ${s(r.cold)} | ${s(r.bareCold)} | ${(r.cold / r.bareCold).toFixed(2)} | ${s(r.build)} | ${s(r.bare)} | ${(r.build / r.bare).toFixed(2)} | ${(r.cpu / r.bareCpu).toFixed(2)} | ${s(r.change)} | ${s(r.bareChange)} | ${(r.change / r.bareChange).toFixed(2)} | ${r.rss.toFixed(0)} |`,
    );
  }
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    console.log(
      `from ${a.reports} to ${b.reports} reports: per added report, first build ${ms((b.cold - a.cold) / (b.reports - a.reports))}, after a change ${ms((b.change - a.change) / (b.reports - a.reports))}, again ${ms((b.build - a.build) / (b.reports - a.reports))}; ${((b.pages - a.pages) / (b.reports - a.reports)).toFixed(1)} pages per added report`,
    );
  }
}
