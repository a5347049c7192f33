/**
 * The build cache never serves a stale page: in a copy of the project, a first build fills the cache; one
 * report's text is then changed and the next build renders every page again (the cache key is the digest of
 * all content, src/pages/_cache-key.ts), so the new text is on the report's reader, its search shard and its
 * download, and nothing is copied from the cache.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { syntheticProject } from "../../scripts/lib/synthetic.ts";
import { loadTables } from "../../scripts/lib/tables.ts";
import { buildLog } from "./support/build-log.ts";

const root = join(import.meta.dirname, "../..");
let dir = "";
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** `npm run build`'s two steps in the copy, with the project's Node; the log of `astro build`. */
function build(cwd: string) {
  for (const args of [["scripts/ingest.ts", "--quiet"], ["node_modules/astro/bin/astro.mjs", "build"]]) {
    const r = spawnSync(process.execPath, args, { cwd, encoding: "utf8", env: { ...process.env, ASTRO_TELEMETRY_DISABLED: "1" } });
    if (r.status !== 0) throw new Error(`${args.join(" ")} failed (${r.status}):\n${r.stderr}\n${r.stdout.slice(-2000)}`);
    if (args[0]!.includes("astro")) return buildLog(r.stdout);
  }
  throw new Error("unreachable");
}

// Two whole builds: a minute or two on a busy machine.
it("a changed report renders every page again, with the change on its own pages", { timeout: 900_000 }, async () => {
  const { places } = await loadTables(root);
  const raws = readdirSync(join(root, "content/raw")).filter((f) => /\.(txt|md)$/.test(f)).sort();
  dir = syntheticProject(root, places, raws.length);
  const first = build(dir);
  expect(first.restored).toEqual([]);
  expect(first.paths.length).toBeGreaterThan(100);

  // A new closing paragraph in one report, as a maintainer's correction would add.
  const raw = raws.find((f) => f.endsWith(".txt")) ?? raws[0]!;
  const id = raw.replace(/\.(txt|md)$/, "");
  const sentence = "本段为构建缓存测试新增的文字，用于核对页面是否重新生成。";
  appendFileSync(join(dir, "content/raw", raw), `\n\n${sentence}\n`);

  const second = build(dir);
  expect(second.restored).toEqual([]);
  expect(new Set(second.paths)).toEqual(new Set(first.paths));
  const dist = join(dir, "dist");
  expect(readFileSync(join(dist, "reports", id, "index.html"), "utf8")).toContain(sentence);
  expect(readFileSync(join(dist, "en/reports", id, "index.html"), "utf8")).toContain(sentence);
  expect(readFileSync(join(dist, "search/shards", `${id}.json`), "utf8")).toContain(sentence);
  expect(readFileSync(join(dist, "data/reports", `${id}.md`), "utf8")).toContain(sentence);
});
