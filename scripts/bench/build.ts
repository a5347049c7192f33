/**
 * `npm run bench -- build`: `npm run build` (the command of package.json's build script, with its Node flags) against
 * a bare Astro project with the same page count (the project's own Astro and Node, one trivial `.astro` route through
 * getStaticPaths; also run with the build's Node flags, for comparison), in one run and alternating, at the real
 * corpus size and at 100 and 400 reports (the real reports copied under new ids), each in a fresh copy of the
 * project. Prints, per size, against the bare project: the first build (no cache), the builds that follow with
 * nothing changed (every page reused; BENCH_ROUNDS, 3), builds after one report's text changed (a paragraph without
 * figures: its own pages, its comparisons, the glossary and search render again, the rest are reused;
 * src/pages/_cache-key.ts; BENCH_CHANGE_ROUNDS, 2) and after its figures changed (a sentence with a target: the pages
 * of every report's records too; BENCH_FIGURE_ROUNDS, 2) and after a report is added (taken out and built without
 * first, then put back: its pages, the pages that name it and those that list every report render; the last
 * report by name without a glossary appendix, and the last with one, whose terms every reader may link;
 * BENCH_ADD_ROUNDS, 1 of each), each round's build followed by a bare one, as the median ratio and its range;
 * the time split
 * (ingest, content sync, bundling, page generation, each route family, writing the files) and the peak memory; then a table of the
 * cost curve.
 */
import { appendFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { buildLog, runLogged } from "../lib/build-log.ts";
import { projectBuildCommand } from "../lib/build-command.ts";
import { hasAppendix, syntheticProject } from "../lib/synthetic.ts";
import { loadTables } from "../lib/tables.ts";
import { listFiles } from "../lib/tree-diff.ts";
import { median, ms } from "../lib/timing.ts";

const root = join(import.meta.dirname, "../..");
const astroBin = join(root, "node_modules/astro/bin/astro.mjs");
const preload = join(root, "scripts/lib/maxrss.mjs");
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? "real,100,400").split(",");
/** Builds after an edit, each after one more paragraph, alternating with the bare build like the others. */
const CHANGE_ROUNDS = Number(process.env.BENCH_CHANGE_ROUNDS ?? 2);
/** Builds after an edit of a report's figures: each after one more sentence with a target in it. */
const FIGURE_ROUNDS = Number(process.env.BENCH_FIGURE_ROUNDS ?? 2);
/** Builds after a report is added (of each kind): each after the report was taken out and the site built without it. */
const ADD_ROUNDS = Number(process.env.BENCH_ADD_ROUNDS ?? 1);

/** One timed run of a Node script: wall time, CPU time and peak RSS (MiB) of its Node processes, and its output. */
function runNode(cwd: string, args: string[]): { ms: number; cpu: number; rssMiB: number; out: string } {
  const rssFile = join(mkdtempSync(join(root, ".bench-rss-")), "rss");
  writeFileSync(rssFile, "");
  const t0 = performance.now();
  const run = runLogged(["--import", preload, ...args], { cwd, env: { ...process.env, BENCH_MAXRSS_FILE: rssFile, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (run.status !== 0) throw new Error(`${args.join(" ")} failed (${run.status}) in ${cwd}:\n${run.stderr}\n${run.stdout.slice(-2000)}`);
  const out = run.stdout;
  const t = performance.now() - t0;
  const usage = readFileSync(rssFile, "utf8").split("\n").filter(Boolean).map((l) => l.split(" ").map(Number));
  rmSync(join(rssFile, ".."), { recursive: true, force: true });
  const rss = Math.max(0, ...usage.map((u) => u[0]!));
  const cpu = usage.reduce((t, u) => t + (u[1] ?? 0), 0) / 1000;
  return { ms: t, cpu, rssMiB: rss / 1024, out };
}

/** One round: our build's wall and CPU time, and the bare build's run straight after it. */
interface Round {
  ours: number;
  cpu: number;
  bare: { ms: number; cpu: number; out: string };
  /** The bare build again, with the Node flags of our build (when it has any). */
  bareFlagged?: number;
}

interface Summary {
  /** Medians of the rounds' times. */
  ours: number;
  bare: number;
  /** Median of the rounds' ratios (ours / bare), of wall time and of CPU time. */
  ratio: number;
  cpuRatio: number;
  /** The lowest and highest ratio of a round: `1.21–1.43`. */
  range: string;
}

/** The rounds' medians; null when none ran (a kind of build the run's settings left out, e.g. `BENCH_FIGURE_ROUNDS=0`). */
function summary(rounds: readonly Round[]): Summary | null {
  if (rounds.length === 0) return null;
  const ratios = rounds.map((r) => r.ours / r.bare.ms);
  return {
    ours: median(rounds.map((r) => r.ours)),
    bare: median(rounds.map((r) => r.bare.ms)),
    ratio: median(ratios),
    cpuRatio: median(rounds.map((r) => r.cpu / r.bare.cpu)),
    range: `${Math.min(...ratios).toFixed(2)}–${Math.max(...ratios).toFixed(2)}`,
  };
}

const build = projectBuildCommand(root);

/**
 * `npm run build` of a project (Astro's build, which runs the ingest first in its own process and keeps dist/),
 * timed; `ingest` is the ingest's own time, as its log line gives it.
 */
function projectBuild(dir: string) {
  const astro = runNode(dir, [...build.flags, ...build.args]);
  return { astro, ingest: duration(/\[ingest\] .* in (\d+ms)/.exec(astro.out.replace(/\x1b\[[0-9;]*m/g, ""))?.[1]), total: astro.ms, cpu: astro.cpu };
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

/**
 * What writing the build's output costs on this machine, apart from making it: every file of `dist/`, read into
 * memory first, written again into a fresh folder (with its folders), as page generation writes them.
 */
function writeCost(dist: string): string {
  const files = listFiles(dist).map((f) => ({ f, bytes: readFileSync(join(dist, f)) }));
  const to = mkdtempSync(join(root, ".bench-write-"));
  try {
    const t0 = performance.now();
    for (const { f, bytes } of files) {
      mkdirSync(dirname(join(to, f)), { recursive: true });
      writeFileSync(join(to, f), bytes);
    }
    const t = performance.now() - t0;
    const mib = files.reduce((n, x) => n + x.bytes.length, 0) / 2 ** 20;
    return `${files.length} files, ${mib.toFixed(1)} MiB, in ${ms(t)}`;
  } finally {
    rmSync(to, { recursive: true, force: true });
  }
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

/**
 * Phases Astro reports: setup (config, routes, Vite, and the content sync and type generation within it, which
 * Astro's "Collecting build info" time includes), bundling, page generation, the whole build.
 */
function phases(log: string): string {
  const find = (re: string) => duration(new RegExp(re).exec(log)?.[1]);
  const types = find(String.raw`\[types\] Generated ${DURATION}`);
  const setup = find(String.raw`Collecting build info\.\.\.\s*\n.*?Completed in ${DURATION}`);
  const vite = [...log.matchAll(new RegExp(String.raw`\[vite\] ✓ built in ${DURATION}`, "g"))].reduce((t, m) => t + duration(m[1]), 0);
  const generate = find(String.raw`generating static routes[\s\S]*?✓ Completed in ${DURATION}`);
  const whole = find(String.raw`page\(s\) built in ${DURATION}`);
  return `setup ${ms(setup)} (of which content sync + types ${ms(types)}), bundling ${ms(vite)}, page generation ${ms(generate)}, whole astro build ${ms(whole)}`;
}

export default async function benchBuild(): Promise<void> {
  const { places } = await loadTables(root);
  const real = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).length;
  const rows: { reports: number; pages: number; cold: number; bareCold: number; again: Summary | null; change: Summary | null; figure: Summary | null; add: Summary | null; addGlossary: Summary | null; rss: number }[] = [];
  for (const size of SIZES) {
    const n = size === "real" ? real : Number(size);
    // A fresh copy every time, the real corpus too: the first build starts with no cache (ingest, content layer).
    const dir = syntheticProject(root, places, n);
    let bare = "";
    const aside = mkdtempSync(join(root, ".bench-held-"));
    try {
      const first = projectBuild(dir);
      const pages = buildLog(first.astro.out).paths.length;
      bare = bareProject(pages);
      const bareFirst = runNode(bare, [astroBin, "build"]).ms;
      // Each round: our build, then the bare one straight after, so a change in the machine's load touches both;
      // the ratio is the median of the rounds' ratios, with their range.
      const again: Round[] = [];
      let last = first;
      for (let k = 0; k < ROUNDS; k++) {
        last = projectBuild(dir);
        const round: Round = { ours: last.total, cpu: last.cpu, bare: runNode(bare, [astroBin, "build"]) };
        if (build.flags.length > 0) round.bareFlagged = runNode(bare, [...build.flags, astroBin, "build"]).ms;
        again.push(round);
      }
      // A maintainer's edit, once a round: one report gains a paragraph; the pages that read it render again.
      const raws = readdirSync(join(dir, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort();
      const edited = raws[0]!;
      const changed: Round[] = [];
      let change = first;
      for (let k = 0; k < CHANGE_ROUNDS; k++) {
        appendFileSync(join(dir, "content/raw", edited), `\n\n本段为基准测试新增的第${k + 1}段文字。\n`);
        change = projectBuild(dir);
        changed.push({ ours: change.total, cpu: change.cpu, bare: runNode(bare, [astroBin, "build"]) });
      }
      // An edit of the report's figures: a sentence with a target (a new figure record), once a round; the pages
      // of every report's records render again too (the data tables, the indicator and tracker overviews).
      const figured: Round[] = [];
      let figure = change;
      for (let k = 0; k < FIGURE_ROUNDS; k++) {
        appendFileSync(join(dir, "content/raw", edited), `\n\n今年城镇新增就业${k + 2}万人。\n`);
        figure = projectBuild(dir);
        figured.push({ ours: figure.total, cpu: figure.cpu, bare: runNode(bare, [astroBin, "build"]) });
      }
      // A report added, once a round: a report is taken out and the site built without it (not timed against the
      // bare build), then put back; the page count is the first build's again, so the bare project is the same.
      // Two kinds: the last report by name without a glossary appendix (its own pages, its related readers, the
      // pages of its indicators and those that list every report render again), and the last with one (every
      // reader and comparison too: they may link its terms).
      const appendix = (file: string) => hasAppendix(root, file);
      const addRounds = (held: string | undefined) => {
        const rounds: Round[] = [];
        const builds: { removed: ReturnType<typeof projectBuild>; added: ReturnType<typeof projectBuild> }[] = [];
        for (let k = 0; held && k < ADD_ROUNDS; k++) {
          renameSync(join(dir, "content/raw", held), join(aside, held));
          const removed = projectBuild(dir);
          renameSync(join(aside, held), join(dir, "content/raw", held));
          const added = projectBuild(dir);
          builds.push({ removed, added });
          rounds.push({ ours: added.total, cpu: added.cpu, bare: runNode(bare, [astroBin, "build"]) });
        }
        return { held, rounds, last: builds.at(-1) };
      };
      const [plain, glossed] = [addRounds(raws.filter((f) => !appendix(f)).at(-1)), addRounds(raws.filter(appendix).at(-1))];
      const b = summary(again);
      const c = summary(changed);
      const f = summary(figured);
      const [a, ag] = [summary(plain.rounds), summary(glossed.rounds)];
      const rss = Math.max(...[first, last, change, figure, ...[plain, glossed].flatMap((x) => (x.last ? [x.last.removed, x.last.added] : []))].map((r) => r.astro.rssMiB));
      rows.push({ reports: n, pages, cold: first.total, bareCold: bareFirst, again: b, change: c, figure: f, add: a, addGlossary: ag, rss });
      console.log(`\n${n} reports, ${pages} pages; peak memory ${rss.toFixed(0)} MiB`);
      console.log(`  first build (no cache): npm run build ${ms(first.total)} (ingest ${ms(first.ingest)}) vs bare Astro ${ms(bareFirst)} → ratio ${(first.total / bareFirst).toFixed(2)}`);
      if (b) console.log(`  again (caches warm): npm run build ${ms(b.ours)} vs bare Astro ${ms(b.bare)} → ratio ${b.ratio.toFixed(2)} (${b.range}; ${ROUNDS} round(s), alternating); CPU time ratio ${b.cpuRatio.toFixed(2)}`);
      const { rendered } = buildLog(change.astro.out);
      if (build.flags.length > 0 && again.length > 0) {
        const flagged = again.map((r) => r.ours / r.bareFlagged!);
        console.log(`  again, against the bare build run with the build's Node flags too (${build.flags.join(" ")}): bare ${ms(median(again.map((r) => r.bareFlagged!)))} → ratio ${median(flagged).toFixed(2)} (${Math.min(...flagged).toFixed(2)}–${Math.max(...flagged).toFixed(2)})`);
      }
      if (c) console.log(`  after one report's text changed, a paragraph without figures (${rendered.length} of ${pages} pages render again): npm run build ${ms(c.ours)} (ingest ${ms(change.ingest)}) vs bare Astro ${ms(c.bare)} → ratio ${c.ratio.toFixed(2)} (${c.range}; ${CHANGE_ROUNDS} round(s), alternating); CPU time ratio ${c.cpuRatio.toFixed(2)}`);
      if (f) console.log(`  after one report's figures changed, a sentence with a target (${buildLog(figure.astro.out).rendered.length} of ${pages} pages render again): npm run build ${ms(f.ours)} (ingest ${ms(figure.ingest)}) vs bare Astro ${ms(f.bare)} → ratio ${f.ratio.toFixed(2)} (${f.range}; ${FIGURE_ROUNDS} round(s), alternating); CPU time ratio ${f.cpuRatio.toFixed(2)}`);
      for (const [x, sum, kind] of [[plain, a, "without"], [glossed, ag, "with"]] as const) {
        if (!x.last || !sum) continue;
        const { removed, added } = x.last;
        console.log(`  after a report ${kind} a glossary appendix is added (${x.held}; ${buildLog(added.astro.out).rendered.length} of ${pages} pages render again): npm run build ${ms(sum.ours)} (ingest ${ms(added.ingest)}) vs bare Astro ${ms(sum.bare)} → ratio ${sum.ratio.toFixed(2)} (${sum.range}; ${ADD_ROUNDS} round(s), alternating); CPU time ratio ${sum.cpuRatio.toFixed(2)}; taken out before, ${ms(removed.total)} (${buildLog(removed.astro.out).rendered.length} pages rendered)`);
      }
      console.log(`  split, first build: ingest ${ms(first.ingest)}; ${phases(first.astro.out)}`);
      if (again.length > 0) console.log(`  split, again: ingest ${ms(last.ingest)}; ${phases(last.astro.out)}`);
      if (again.length > 0) console.log(`  split, the bare build after it: ${phases(again.at(-1)!.bare.out)}`);
      if (c) console.log(`  split, after the change: ingest ${ms(change.ingest)}; ${phases(change.astro.out)}`);
      if (f) console.log(`  split, after the change of figures: ingest ${ms(figure.ingest)}; ${phases(figure.astro.out)}`);
      if (plain.last) console.log(`  split, after a report added (without an appendix): ingest ${ms(plain.last.added.ingest)}; ${phases(plain.last.added.astro.out)}`);
      const families = [...routeFamilies(change.astro.out)].sort((x, y) => y[1].ms - x[1].ms);
      // Astro renders several pages at once (build.concurrency): each page's time includes its share of the others'.
      console.log(`  writing the files: ${writeCost(join(dir, "dist"))}`);
      console.log(`  routes (${c ? "after the change" : "first build"}; page times overlap, several render at once): ${families.map(([f, v]) => `${f} ${v.n} pages ${ms(v.ms)}`).join(", ")}`);
    } finally {
      if (bare) rmSync(bare, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
      rmSync(aside, { recursive: true, force: true });
    }
  }
  const s = (t: number) => (t / 1000).toFixed(2);
  // A kind of build the run left out (no rounds) is "–" in the table.
  const cells = (x: Summary | null, parts: ("ours" | "bare" | "ratio" | "cpu")[]) =>
    parts.map((p) => (!x ? "–" : p === "ours" ? s(x.ours) : p === "bare" ? s(x.bare) : p === "cpu" ? x.cpuRatio.toFixed(2) : `${x.ratio.toFixed(2)} (${x.range})`));
  console.log("\n| reports | pages | first build s | bare first s | ratio | again s | bare again s | ratio (range) | CPU ratio | text changed s | bare s | ratio (range) | figures changed s | bare s | ratio (range) | report added s | bare s | ratio (range) | report with an appendix added s | ratio | peak MiB |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const r of rows) {
    const row = [
      r.reports, r.pages, s(r.cold), s(r.bareCold), (r.cold / r.bareCold).toFixed(2),
      ...cells(r.again, ["ours", "bare", "ratio", "cpu"]),
      ...cells(r.change, ["ours", "bare", "ratio"]),
      ...cells(r.figure, ["ours", "bare", "ratio"]),
      ...cells(r.add, ["ours", "bare", "ratio"]),
      ...(r.addGlossary ? [s(r.addGlossary.ours), r.addGlossary.ratio.toFixed(2)] : ["–", "–"]),
      r.rss.toFixed(0),
    ];
    console.log(`| ${row.join(" | ")} |`);
  }
  const per = (a: Summary | null, b: Summary | null, n: number) => (a && b ? ms((b.ours - a.ours) / n) : "–");
  for (let i = 1; i < rows.length; i++) {
    const [a, b] = [rows[i - 1]!, rows[i]!];
    const n = b.reports - a.reports;
    console.log(
      `from ${a.reports} to ${b.reports} reports: per added report, first build ${ms((b.cold - a.cold) / n)}, after a change of text ${per(a.change, b.change, n)}, of figures ${per(a.figure, b.figure, n)}, after a report added ${per(a.add, b.add, n)}, again ${per(a.again, b.again, n)}; ${((b.pages - a.pages) / n).toFixed(1)} pages per added report`,
    );
  }
}
