/**
 * The ingest is reproducible and its content-hash cache never changes what it writes: in a throw-away copy of
 * the project, a second run parses nothing and leaves the same files; a run that parses everything again
 * (--force) writes the same bytes; a changed raw file is parsed alone; a changed table or ingest module, or a
 * generated file that is missing or edited, makes the ingest parse again.
 */
import { spawnSync } from "node:child_process";
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { syntheticProject } from "../../../scripts/lib/synthetic.ts";
import { CACHE_FILE } from "../../../scripts/lib/ingest-cache.ts";
import { diffTrees, listFiles } from "../../../scripts/lib/tree-diff.ts";
import { RAW, places, root } from "../support/ingest.ts";

// Three of the real reports are enough to show what the cache keeps and what it parses again: plain text and
// Markdown, one with a glossary appendix. (That the whole corpus regenerates as committed is the --check test's.)
const KEPT = ["guyuan-2020.md", "ningxia-2021.md", "zhongwei-2020.txt"];
const project = syntheticProject(root, places, RAW.length);
const content = join(project, "content");
for (const f of readdirSync(join(content, "raw"))) if (!KEPT.includes(f)) unlinkSync(join(content, "raw", f));
const snapshots = mkdtempSync(join(tmpdir(), "ingest-snap-"));
afterAll(() => {
  rmSync(project, { recursive: true, force: true });
  rmSync(snapshots, { recursive: true, force: true });
});

/** Run the copy's ingest; returns how many reports it parsed and kept, and its warnings. */
function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [join(project, "scripts/ingest.ts"), ...args], { cwd: project, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ingest failed (${r.status}): ${r.stderr}`);
  const m = /ingested (\d+) report\(s\) into content \((\d+) parsed, (\d+) unchanged and kept\)/.exec(r.stdout);
  if (!m) throw new Error(`unexpected output: ${r.stdout}`);
  return { parsed: Number(m[2]), kept: Number(m[3]), warnings: r.stderr };
}

/** A copy of the generated files (reports, glossary, indicators; not the raw reports, tables or cache). */
function snapshot(name: string): string {
  const dir = join(snapshots, name);
  for (const sub of ["reports", "glossary", "indicators"]) cpSync(join(content, sub), join(dir, sub), { recursive: true });
  return dir;
}

const same = (a: string, b: string) => expect(diffTrees(a, b)).toEqual({ onlyA: [], onlyB: [], differ: [] });
const n = KEPT.length;

// Each step spawns the ingest (a fresh Node process): allow for a busy machine.
describe("ingest cache", { timeout: 60_000 }, () => {
  let first: string;
  let warnings: string;

  it("a first run parses every report", () => {
    const r = ingest();
    expect(r).toMatchObject({ parsed: n, kept: 0 });
    warnings = r.warnings;
    first = snapshot("first");
    expect(listFiles(first)).toHaveLength(3 * n);
  });

  it("a second run parses nothing, writes the same files and prints the same warnings", () => {
    const r = ingest();
    expect(r).toEqual({ parsed: 0, kept: n, warnings });
    same(first, snapshot("second"));
    expect(spawnSync(process.execPath, [join(project, "scripts/ingest.ts"), "--check"], { cwd: project }).status).toBe(0);
  });

  it("parsing everything again (--force) writes the same bytes: the ingest is reproducible", () => {
    expect(ingest("--force")).toMatchObject({ parsed: n, kept: 0 });
    same(first, snapshot("forced"));
  });

  it("--strict still fails on the warnings of reports it keeps", () => {
    const r = spawnSync(process.execPath, [join(project, "scripts/ingest.ts"), "--strict"], { cwd: project, encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("warning(s) in --strict mode");
  });

  it("a changed raw file is parsed alone", () => {
    appendFileSync(join(content, "raw/zhongwei-2020.txt"), "\n");
    expect(ingest()).toMatchObject({ parsed: 1, kept: n - 1 });
    const d = diffTrees(first, snapshot("one-raw"));
    expect(d.differ.every((f) => f.includes("zhongwei-2020"))).toBe(true);
    expect(d.onlyA.concat(d.onlyB)).toEqual([]);
  });

  it("a generated file that is gone or edited is made again", () => {
    unlinkSync(join(content, "glossary/guyuan-2020.json"));
    appendFileSync(join(content, "reports/ningxia-2021.md"), "edited\n");
    expect(ingest()).toMatchObject({ parsed: 2, kept: n - 2 });
    expect(readFileSync(join(content, "reports/ningxia-2021.md"))).toEqual(readFileSync(join(first, "reports/ningxia-2021.md")));
    expect(readFileSync(join(content, "glossary/guyuan-2020.json"))).toEqual(readFileSync(join(first, "glossary/guyuan-2020.json")));
  });

  it("a changed table makes every report parsed again", () => {
    const places = join(content, "places.json");
    writeFileSync(places, `${JSON.stringify(JSON.parse(readFileSync(places, "utf8")), null, 1)}\n`);
    expect(ingest()).toMatchObject({ parsed: n, kept: 0 });
    expect(ingest()).toMatchObject({ parsed: 0, kept: n });
  });

  it("a changed ingest module makes every report parsed again", () => {
    appendFileSync(join(project, "src/lib/parse/title.ts"), "\n// changed\n");
    expect(ingest()).toMatchObject({ parsed: n, kept: 0 });
  });

  it("an unreadable cache is ignored", () => {
    writeFileSync(join(content, CACHE_FILE), "{ not json");
    expect(ingest()).toMatchObject({ parsed: n, kept: 0 });
    expect(ingest()).toMatchObject({ parsed: 0, kept: n });
  });
});
