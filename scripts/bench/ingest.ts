/**
 * Ingest and build speed: per-report ingest time, a 10 MB report, the ingest command with and without its
 * cache, the full `npm run build`, and the same for synthetic sets of reports (the real reports repeated under
 * other ids) to show how time grows.
 */
import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { ingestReport } from "../../src/lib/ingest.ts";
import { projectBuildCommand } from "../lib/build-command.ts";
import { loadFigureExtractor } from "../lib/figures.ts";
import { syntheticProject } from "../lib/synthetic.ts";
import { loadTables } from "../lib/tables.ts";
import { median, ms, timeSync } from "../lib/timing.ts";

const root = join(import.meta.dirname, "../..");
const { places } = await loadTables(root);

/** Run a command, returning its wall time in ms. */
function time(cwd: string, command: string, args: string[]): number {
  const t0 = performance.now();
  execFileSync(command, args, { cwd, stdio: ["ignore", "ignore", "pipe"] });
  return performance.now() - t0;
}

/** Run a script with the project's Node (this process's runtime), returning its wall time in ms. */
const run = (cwd: string, script: string, ...args: string[]) => time(cwd, process.execPath, [script, ...args]);

export default async function benchIngestBuild(): Promise<void> {
  const extractFigures = await loadFigureExtractor(root);
  // Each report's parse as the build parses it: in a process with the Node flags of `npm run build`, whose process
  // runs the ingest (src/integrations/ingest.ts), and with none of its texts known (scripts/lib/ingest-times.ts).
  const { flags } = projectBuildCommand(root);
  const timed = execFileSync(process.execPath, [...flags, join(root, "scripts/lib/ingest-times.ts"), root, "7"], { encoding: "utf8" });
  for (const line of timed.trim().split("\n")) {
    const { file, bytes, times } = JSON.parse(line) as { file: string; bytes: number; times: number[] };
    console.log(`ingest ${file} (${(bytes / 1024).toFixed(0)} KB): median ${ms(median(times))} of 7 rounds after a warm-up, the text caches emptied before each parse (in one process with the build's Node flags${flags.length ? `, ${flags.join(" ")}` : ""})`);
  }

  const lines = readFileSync(join(root, "content/raw/zhongwei-2020.txt"), "utf8").split("\n");
  let text = `${lines.slice(0, 4).join("\n")}\n`;
  const body = `${lines.slice(4, 64).join("\n")}\n`;
  while (Buffer.byteLength(text) < 10_000_000) text += body;
  // The report's own close ends it, as a report ends: a text that ended on its body's copies would end on a repeat of
  // an earlier stretch, which the ingest keeps out of the body (src/lib/parse/repeated-tail.ts).
  text += lines.slice(64).join("\n");
  const big = new TextEncoder().encode(text);
  const tBig = timeSync(() => ingestReport("zhongwei-2020.txt", big, { places, extractFigures }));
  console.log(`ingest a ${(big.length / 1e6).toFixed(1)} MB report: ${ms(tBig)}`);

  const n = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).length;
  const forced = median(Array.from({ length: 3 }, () => run(root, "scripts/ingest.ts", "--quiet", "--force")));
  const cached = median(Array.from({ length: 3 }, () => run(root, "scripts/ingest.ts", "--quiet")));
  console.log(`ingest command, ${n} reports: every report parsed (--force) ${ms(forced)} (${ms(forced / n)} per report); unchanged, from the cache ${ms(cached)} (median of 3)`);

  const tBuild = time(root, "npm", ["run", "build", "--silent"]);
  console.log(`npm run build (${readdirSync(join(root, "content/raw")).length} reports, ingest + astro build): ${ms(tBuild)}`);

  const rows: [number, number, number][] = [];
  for (const n of [12, 25, 100]) {
    const dir = syntheticProject(root, places, n);
    try {
      const ingest = run(dir, "scripts/ingest.ts", "--quiet");
      const build = run(dir, "node_modules/astro/bin/astro.mjs", "build", "--silent");
      const again = run(dir, "scripts/ingest.ts", "--quiet");
      const buildAgain = run(dir, "node_modules/astro/bin/astro.mjs", "build", "--silent");
      rows.push([n, ingest, build]);
      console.log(
        `synthetic ${n} reports: ingest ${ms(ingest)} (${ms(ingest / n)} per report), astro build ${ms(build)}; again (caches warm): ingest ${ms(again)}, astro build ${ms(buildAgain)}`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const [a, b] = [rows[1]!, rows.at(-1)!];
  console.log(
    `growth from ${a[0]} to ${b[0]} reports: ingest ${ms((b[1] - a[1]) / (b[0] - a[0]))} per report, build ${ms((b[2] - a[2]) / (b[0] - a[0]))} per report`,
  );
}
