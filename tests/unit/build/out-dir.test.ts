/**
 * dist/ kept between builds (src/integrations/out-dir.ts): after a build, a file that no route emitted, that does
 * not come from the public folder and that the build did not write leaves the folder, with the folders it leaves
 * empty; files a route emitted stay even when the build left them as they were, and so do the public folder's,
 * even copied with their source's modification time (as macOS and Windows copy). The folder is emptied first when
 * the last build did not finish, wrote another folder, or is not recorded. The hooks are driven here as Astro
 * calls them, on folders of their own; tests/e2e/reproducible.test.ts checks a real build's folder against one
 * built into an empty folder.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { afterEach, describe, expect, it } from "vitest";
import { keepOutDir, removeStaleFiles } from "../../../src/integrations/out-dir.ts";
import { listFiles } from "../../../scripts/lib/tree-diff.ts";

const made: string[] = [];
afterEach(() => {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), "out-dir-"));
  made.push(d);
  return d;
}

/**
 * Writes `files` (relative paths) under `dir`, stamped by the file system; with `mtimeAgoMs`, the modification
 * time is then set that long ago (a copy that keeps its source's time). The change time stays the time of writing.
 */
function write(dir: string, files: readonly string[], mtimeAgoMs?: number): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), f);
    if (mtimeAgoMs !== undefined) utimesSync(join(dir, f), new Date(), new Date(Date.now() - mtimeAgoMs));
  }
}

/** The file system's time now (a probe file's modification time), after a pause longer than its clock's tick. */
async function fsNow(dir: string): Promise<number> {
  await sleep(30);
  const probe = join(dir, ".probe");
  writeFileSync(probe, "");
  const t = statSync(probe).mtimeMs;
  unlinkSync(probe);
  await sleep(30);
  return t;
}


describe("removeStaleFiles", () => {
  it("removes the files written before the build that are not kept, and the folders left empty", async () => {
    const dir = tempDir();
    write(dir, ["index.html", "reports/a/index.html", "reports/gone/index.html", "_astro/old.js", "en/x/y/z.json"]);
    const since = await fsNow(dir);
    write(dir, ["_astro/new.js"]);
    // A copy that keeps its source's modification time is still new by its change time.
    write(dir, ["copied.svg"], 3_600_000);
    const keep = new Set(["index.html", "reports/a/index.html"].map((f) => join(dir, f)));
    expect(removeStaleFiles(dir, { emitted: keep }, since)).toEqual(["_astro/old.js", "en/x/y/z.json", "reports/gone/index.html"]);
    expect(listFiles(dir)).toEqual(["_astro/new.js", "copied.svg", "index.html", "reports/a/index.html"]);
    expect(existsSync(join(dir, "en"))).toBe(false);
    expect(existsSync(join(dir, "reports/gone"))).toBe(false);
    expect(existsSync(dir)).toBe(true);
  });

  it("keeps the public folder's files at their paths, however old", async () => {
    const root = tempDir();
    const [dir, publicDir] = [join(root, "dist"), join(root, "public")];
    write(publicDir, ["_headers", "icons/favicon.svg"]);
    write(dir, ["_headers", "icons/favicon.svg", "icons/old.svg"]);
    const since = await fsNow(dir);
    expect(removeStaleFiles(dir, { emitted: new Set(), publicDir }, since)).toEqual(["icons/old.svg"]);
    expect(listFiles(dir)).toEqual(["_headers", "icons/favicon.svg"]);
  });

  it("keeps everything when every file is new, and an empty folder stays the root", async () => {
    const dir = tempDir();
    expect(removeStaleFiles(dir, { emitted: new Set() }, Date.now())).toEqual([]);
    const since = await fsNow(dir);
    write(dir, ["a.html"]);
    expect(removeStaleFiles(dir, { emitted: new Set() }, since)).toEqual([]);
    expect(listFiles(dir)).toEqual(["a.html"]);
  });
});

type Hooks = NonNullable<AstroIntegration["hooks"]>;

/** A project of its own: output, cache and public folders. */
function project() {
  const root = tempDir();
  return { root, dist: join(root, "dist"), cacheDir: pathToFileURL(join(root, ".astro/cache/")), publicDir: pathToFileURL(join(root, "public/")) };
}

/**
 * The integration's hooks, called as Astro calls them for one build into `dist`; `build` writes the build's files
 * and names those its routes emitted. What the build found in the folder when it began, what is there after it,
 * and what was logged.
 */
async function runBuild(p: ReturnType<typeof project>, dist: string, build: () => string[]) {
  const outDir = pathToFileURL(`${dist}/`);
  const lines: string[] = [];
  const logger = { info: (m: string) => void lines.push(m) };
  const hooks: Hooks = keepOutDir().hooks;
  const updates: unknown[] = [];
  await hooks["astro:config:setup"]!({ updateConfig: (u: unknown) => void updates.push(u) } as never);
  expect(updates).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
  await hooks["astro:config:done"]!({ config: { outDir, cacheDir: p.cacheDir, publicDir: p.publicDir } } as never);
  await hooks["astro:build:start"]!({ logger } as never);
  const found = existsSync(dist) ? listFiles(dist) : [];
  const emitted = build().map((f) => new URL(f, outDir));
  await hooks["astro:build:done"]!({ dir: outDir, assets: new Map([["/[...page]", emitted]]), logger } as never);
  return { found, after: listFiles(dist), lines };
}

describe("keepOutDir", () => {
  it("keeps a route's file the build left in place, writes over others, and removes what no route made", async () => {
    const p = project();
    // A first build, recorded as finished.
    await runBuild(p, p.dist, () => {
      write(p.dist, ["reports/a/index.html", "reports/gone/index.html", "_astro/old.js"]);
      return ["reports/a/index.html", "reports/gone/index.html"];
    });
    write(p.dist, ["by-hand.txt"]);
    await sleep(30);
    const second = await runBuild(p, p.dist, () => {
      write(p.dist, ["reports/b/index.html", "_astro/new.js"]);
      // reports/a was skipped (its key unchanged): left as it was, but emitted by its route.
      return ["reports/a/index.html", "reports/b/index.html"];
    });
    expect(second.found).toEqual(["_astro/old.js", "by-hand.txt", "reports/a/index.html", "reports/gone/index.html"]);
    expect(second.after).toEqual(["_astro/new.js", "reports/a/index.html", "reports/b/index.html"]);
    expect(second.lines).toEqual(["removed 3 file(s) no longer made: _astro/old.js, by-hand.txt, reports/gone/index.html"]);
  });

  it("empties the folder first when the last build did not finish, wrote another folder, or is not recorded", async () => {
    const p = project();
    const build = () => {
      write(p.dist, ["reports/a/index.html"]);
      return ["reports/a/index.html"];
    };
    // Nothing recorded (no earlier build with this integration): the folder is not trusted.
    write(p.dist, ["reports/a/index.html", "reports/old/index.html"]);
    const first = await runBuild(p, p.dist, build);
    expect(first.found).toEqual([]);
    expect(first.lines).toEqual(["no earlier build is recorded: emptying the output folder first"]);
    // A build that finished: the next one finds the folder as it left it.
    expect((await runBuild(p, p.dist, build)).found).toEqual(["reports/a/index.html"]);
    // A build into another folder: Astro's cache now describes that folder's pages.
    await runBuild(p, join(p.root, "other"), () => []);
    const afterOther = await runBuild(p, p.dist, build);
    expect(afterOther.found).toEqual([]);
    expect(afterOther.lines[0]).toMatch(/^the last build wrote .*other.: emptying the output folder first$/);
    // A build that began and stopped (no build:done).
    const hooks = keepOutDir().hooks;
    await hooks["astro:config:done"]!({ config: { outDir: pathToFileURL(`${p.dist}/`), cacheDir: p.cacheDir, publicDir: p.publicDir } } as never);
    await hooks["astro:build:start"]!({ logger: { info: () => {} } } as never);
    write(p.dist, ["reports/half-written/index.html"]);
    const afterStop = await runBuild(p, p.dist, build);
    expect(afterStop.found).toEqual([]);
    expect(afterStop.lines).toEqual(["the last build did not finish: emptying the output folder first"]);
    expect(afterStop.after).toEqual(["reports/a/index.html"]);
  });
});
