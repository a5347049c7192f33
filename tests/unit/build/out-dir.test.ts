/**
 * dist/ kept between builds (src/integrations/out-dir.ts): after a build, a file that no route emitted and that
 * the build did not write leaves the folder, with the folders it leaves empty; files a route emitted stay even
 * when the build left them as they were; and a build that starts after one that did not finish empties the folder.
 * The hooks are driven here as Astro calls them, on a folder of their own; tests/e2e/reproducible.test.ts checks a
 * real build's folder against one built into an empty folder.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { AstroIntegration } from "astro";
import { afterEach, describe, expect, it } from "vitest";
import { keepOutDir, removeStaleFiles } from "../../../src/integrations/out-dir.ts";

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
 * Writes `files` (relative paths) under `dir`: now, stamped by the file system as a build's files are, or, given
 * `ageMs`, last modified that long ago.
 */
function write(dir: string, files: readonly string[], ageMs?: number): void {
  for (const f of files) {
    mkdirSync(dirname(join(dir, f)), { recursive: true });
    writeFileSync(join(dir, f), f);
    if (ageMs !== undefined) utimesSync(join(dir, f), new Date(Date.now() - ageMs), new Date(Date.now() - ageMs));
  }
}

/** Every file under `dir`, relative, sorted. */
const listed = (dir: string): string[] => (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
  .filter((e) => e.isFile())
  .map((e) => join(e.parentPath, e.name).slice(dir.length + 1))
  .sort();

describe("removeStaleFiles", () => {
  it("removes the old files that are not kept, and the folders left empty; keeps kept and new files", () => {
    const dir = tempDir();
    write(dir, ["index.html", "reports/a/index.html", "reports/gone/index.html", "_astro/old.js", "_astro/new.js", "en/x/y/z.json"], 60_000);
    const since = Date.now() - 30_000;
    write(dir, ["_astro/new.js", "favicon.svg"]);
    const keep = new Set(["index.html", "reports/a/index.html"].map((f) => join(dir, f)));
    expect(removeStaleFiles(dir, keep, since)).toEqual(["_astro/old.js", "en/x/y/z.json", "reports/gone/index.html"]);
    expect(listed(dir)).toEqual(["_astro/new.js", "favicon.svg", "index.html", "reports/a/index.html"]);
    expect(existsSync(join(dir, "en"))).toBe(false);
    expect(existsSync(join(dir, "reports/gone"))).toBe(false);
    expect(existsSync(dir)).toBe(true);
  });

  it("keeps everything when every file is kept or new, and an empty folder stays the root", () => {
    const dir = tempDir();
    expect(removeStaleFiles(dir, new Set(), Date.now())).toEqual([]);
    write(dir, ["a.html"]);
    expect(removeStaleFiles(dir, new Set(), Date.now() - 60_000)).toEqual([]);
    expect(listed(dir)).toEqual(["a.html"]);
  });
});

type Hooks = NonNullable<AstroIntegration["hooks"]>;
const logger = { lines: [] as string[] };

/** The integration's hooks, called as Astro calls them for one build; `build` writes the build's files. */
async function runBuild(hooks: Hooks, outDir: URL, cacheDir: URL, build: () => string[]): Promise<string[]> {
  const updates: unknown[] = [];
  const log = { info: (m: string) => void logger.lines.push(m) };
  await hooks["astro:config:setup"]!({ updateConfig: (u: unknown) => void updates.push(u) } as never);
  expect(updates).toEqual([{ vite: { build: { emptyOutDir: false } } }]);
  await hooks["astro:config:done"]!({ config: { outDir, cacheDir } } as never);
  await hooks["astro:build:start"]!({ logger: log } as never);
  const emitted = build().map((f) => new URL(f, outDir));
  await hooks["astro:build:done"]!({ dir: outDir, assets: new Map([["/[...page]", emitted]]), logger: log } as never);
  return listed(fileURLToPath(outDir).replace(/\/$/, ""));
}

describe("keepOutDir", () => {
  it("keeps a route's file the build left in place, writes over others, and removes what no route made", async () => {
    const root = tempDir();
    const outDir = pathToFileURL(join(root, "dist/"));
    const cacheDir = pathToFileURL(join(root, ".astro/cache/"));
    const dist = join(root, "dist");
    write(dist, ["reports/a/index.html", "reports/gone/index.html", "_astro/old.js", "by-hand.txt"], 60_000);
    const hooks = keepOutDir().hooks;
    const files = await runBuild(hooks, outDir, cacheDir, () => {
      write(dist, ["reports/b/index.html", "_astro/new.js"]);
      // reports/a was skipped (its key unchanged): left as it was, old, but emitted by its route.
      return ["reports/a/index.html", "reports/b/index.html"];
    });
    expect(files).toEqual(["_astro/new.js", "reports/a/index.html", "reports/b/index.html"]);
    expect(logger.lines.at(-1)).toBe("removed 3 file(s) no longer made: _astro/old.js, by-hand.txt, reports/gone/index.html");
    // The marker of the build's start is gone once it is done.
    expect(readdirSync(join(root, ".astro/cache"))).toEqual([]);
  });

  it("empties the folder first when the last build did not finish", async () => {
    const root = tempDir();
    const outDir = pathToFileURL(join(root, "dist/"));
    const cacheDir = pathToFileURL(join(root, ".astro/cache/"));
    const dist = join(root, "dist");
    write(dist, ["reports/a/index.html", "reports/half-written/index.html"], 60_000);
    // A build began and stopped: its marker is still there.
    write(join(root, ".astro/cache"), ["out-dir-build-started"], 60_000);
    const files = await runBuild(keepOutDir().hooks, outDir, cacheDir, () => {
      // Astro finds reports/a missing and writes it again (restored from its cache or rendered).
      write(dist, ["reports/a/index.html"]);
      return ["reports/a/index.html"];
    });
    expect(files).toEqual(["reports/a/index.html"]);
    expect(logger.lines).toContain("the last build did not finish: emptying the output folder");
  });
});
