/**
 * `npm run bench -- build`: `npm run build` against a bare Astro project with the same page count (the project's
 * own Astro and Node, one trivial `.astro` route through getStaticPaths), in one run and alternating, at the real
 * corpus size and at 100 and 400 reports (the real reports copied under new ids). Prints the ratio, the time split
 * (ingest, content sync, each route family, writing) and the peak memory of the build.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticProject } from "../lib/synthetic.ts";
import { loadTables } from "../lib/tables.ts";
import { median, ms } from "../lib/timing.ts";

const root = join(import.meta.dirname, "../..");
const astroBin = join(root, "node_modules/astro/bin/astro.mjs");
const preload = join(root, "scripts/lib/maxrss.mjs");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "real,100,400").split(",");

/** One timed run of a Node script: wall time, peak RSS of its Node processes (MiB) and its output. */
function runNode(cwd: string, args: string[]): { ms: number; rssMiB: number; out: string } {
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
  const rss = Math.max(0, ...readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map(Number));
  rmSync(join(rssFile, ".."), { recursive: true, force: true });
  return { ms: t, rssMiB: rss / 1024, out };
}

/** `npm run build` of a project, as its two steps (ingest, astro build), each timed. */
function projectBuild(dir: string) {
  const ingest = runNode(dir, ["scripts/ingest.ts", "--quiet"]);
  rmSync(join(dir, "dist"), { recursive: true, force: true });
  const astro = runNode(dir, [astroBin, "build"]);
  return { ingest, astro, total: ingest.ms + astro.ms };
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

/** Time per route family (`/reports/…`, `/compare/…`) from Astro's per-route log lines. */
function routeFamilies(log: string): Map<string, { n: number; ms: number }> {
  const out = new Map<string, { n: number; ms: number }>();
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+([\d.]+)(m?s)\)/g)) {
    const family = `/${m[1]!.split("/")[1] ?? ""}/`;
    const f = out.get(family) ?? { n: 0, ms: 0 };
    f.n++;
    f.ms += Number(m[2]) * (m[3] === "s" ? 1000 : 1);
    out.set(family, f);
  }
  return out;
}

/** Phases Astro reports: content sync and type generation, build info, bundling, page generation. */
function phases(log: string): string {
  const num = (re: RegExp) => Number(re.exec(log)?.[1] ?? Number.NaN);
  const types = num(/\[types\] Generated ([\d.]+)(m?s)/);
  const infoMatch = /Collecting build info\.\.\.\s*\n.*?Completed in ([\d.]+)(m?s)/.exec(log);
  const info = infoMatch ? Number(infoMatch[1]) / (infoMatch[2] === "ms" ? 1000 : 1) : Number.NaN;
  const vite = [...log.matchAll(/\[vite\] ✓ built in ([\d.]+)(m?s)/g)].reduce((t, m) => t + Number(m[1]) * (m[2] === "s" ? 1000 : 1), 0);
  const pages = num(/page\(s\) built in ([\d.]+)s/);
  return `content sync + types ${ms(types * (types < 60 ? 1000 : 1))}, build info ${ms(info * 1000)}, bundling ${ms(vite)}, whole astro build ${ms(pages * 1000)}`;
}

export default async function benchBuild(): Promise<void> {
  const { places } = await loadTables(root);
  const real = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).length;
  const rows: { reports: number; pages: number; build: number; bare: number; rss: number }[] = [];
  for (const size of SIZES) {
    const n = size === "real" ? real : Number(size);
    const dir = n === real ? root : syntheticProject(root, places, n);
    let bare = "";
    try {
      const first = projectBuild(dir);
      const pages = [...first.astro.out.matchAll(/[├└]─ \//g)].length;
      bare = bareProject(pages);
      runNode(bare, [astroBin, "build"]);
      const ours: number[] = [];
      const theirs: number[] = [];
      let last = first;
      for (let k = 0; k < ROUNDS; k++) {
        last = projectBuild(dir);
        ours.push(last.total);
        theirs.push(runNode(bare, [astroBin, "build"]).ms);
      }
      const [b, a] = [median(ours), median(theirs)];
      const rss = Math.max(last.ingest.rssMiB, last.astro.rssMiB);
      rows.push({ reports: n, pages, build: b, bare: a, rss });
      console.log(`\n${n} reports, ${pages} pages: npm run build ${ms(b)} vs bare Astro ${ms(a)} → ratio ${(b / a).toFixed(2)} (median of ${ROUNDS}, alternating); peak memory ${rss.toFixed(0)} MiB`);
      console.log(`  split: ingest ${ms(last.ingest.ms)}; ${phases(last.astro.out)}`);
      const families = [...routeFamilies(last.astro.out)].sort((x, y) => y[1].ms - x[1].ms);
      console.log(`  routes: ${families.map(([f, v]) => `${f} ${v.n} pages ${ms(v.ms)}`).join(", ")}`);
    } finally {
      if (bare) rmSync(bare, { recursive: true, force: true });
      if (dir !== root) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (rows.length > 1) {
    const [a, b] = [rows[0]!, rows.at(-1)!];
    console.log(`\nper report: ${ms(a.build / a.reports)} at ${a.reports} reports, ${ms(b.build / b.reports)} at ${b.reports}; marginal ${ms((b.build - a.build) / (b.reports - a.reports))} per added report`);
  }
}
