/**
 * The build is reproducible and its cache cannot change what it writes: a second `npm run build` (ingest,
 * then `astro build`), run after the first and so with every cache warm (the ingest's, the content layer's,
 * the pages Astro's incremental build copies from `.astro/cache/dist/`), copies every page from the cache
 * and writes the same files byte for byte as the first. The second build goes to a temporary folder, so the
 * other tests keep serving dist/.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import { diffTrees, listFiles } from "../../scripts/lib/tree-diff.ts";
import { buildLog } from "./support/build-log.ts";

const root = join(import.meta.dirname, "../..");
const out = mkdtempSync(join(tmpdir(), "rebuild-"));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** Run a Node script of the project with the runtime running the tests (the project's Node). */
function run(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
  if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}):\n${r.stderr}\n${r.stdout.slice(-2000)}`);
  return r;
}

// A whole build: a minute on a busy machine.
it("a second build copies every page from the cache and writes the same files as the first, byte for byte", { timeout: 600_000 }, () => {
  const dist = inject("distDir");
  run(["scripts/ingest.ts", "--quiet"]);
  const log = buildLog(run(["node_modules/astro/bin/astro.mjs", "build", "--outDir", out]).stdout);
  expect(log.paths.length).toBeGreaterThan(100);
  expect(log.rendered).toEqual([]);
  expect(listFiles(out).length).toBe(listFiles(dist).length);
  expect(diffTrees(dist, out)).toEqual({ onlyA: [], onlyB: [], differ: [] });
});
