import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { root } from "../support/ingest.ts";

const work = mkdtempSync(join(tmpdir(), "ingest-cli-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Run the ingest CLI with Node 24 (the runtime running the tests). */
function ingest(...args: string[]) {
  const r = spawnSync(process.execPath, [join(root, "scripts/ingest.ts"), ...args], { cwd: root, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A file under the scratch folder with the given bytes. */
function file(name: string, bytes: Uint8Array | string): string {
  const path = join(work, name);
  writeFileSync(path, bytes);
  return path;
}

const listAll = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir, { recursive: true, encoding: "utf8" }).sort() : [];

// Every test spawns the CLI (a fresh Node process): allow for a busy machine.
describe("ingest CLI", { timeout: 30_000 }, () => {
  it("ingests one report into a folder: Markdown, glossary and figures", () => {
    const out = join(work, "one");
    const r = ingest("--input", join(root, "content/raw/zhongwei-2020.txt"), "--out", out);
    expect(r.code).toBe(0);
    expect(listAll(out)).toEqual([
      "glossary", "glossary/zhongwei-2020.json", "indicators", "indicators/zhongwei-2020.json", "reports", "reports/zhongwei-2020.md",
    ]);
    expect(readFileSync(join(out, "reports/zhongwei-2020.md"), "utf8")).toBe(
      readFileSync(join(root, "content/reports/zhongwei-2020.md"), "utf8"),
    );
  });

  it.each([
    ["empty-2020.txt", new Uint8Array(), /empty-2020\.txt:1: the file is empty/],
    ["binary-2020.txt", new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]), /binary-2020\.txt:\d+: binary data/],
    ["latin-2020.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]), /latin-2020\.txt:1: not valid UTF-8/],
    ["cut-2020.txt", new TextEncoder().encode("2020年某市政府工作报告\n各位代表").slice(0, -2), /cut-2020\.txt:2: not valid UTF-8/],
    ["noheader-2020.txt", "只有正文。\n没有标题。\n", /noheader-2020\.txt:1: no recognisable header/],
    ["Bad Name.txt", "x", /file name must be/],
    ["empty-2021.md", new Uint8Array(), /empty-2021\.md:1: the file is empty/],
    ["frontmatter-2021.md", "---\ntitle: 2021年某市政府工作报告\nsource: https://example.gov.cn/\n---\n", /frontmatter-2021\.md:1: the file holds no report text/],
    ["binary-2021.md", new Uint8Array([0x2d, 0x2d, 0x2d, 0x0a, 0, 0x01, 0x02]), /binary-2021\.md:2: binary data/],
    ["latin-2021.md", new Uint8Array([...new TextEncoder().encode("---\ntitle: x\n---\n\n"), 0x63, 0x61, 0x66, 0xe9, 0x0a]), /latin-2021\.md:5: not valid UTF-8/],
  ])("refuses %s with one line naming the file, exit 1, nothing written", (name, bytes, message) => {
    const out = join(work, `out-${name}`);
    const r = ingest("--input", file(name, bytes), "--out", out);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^error: /);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(listAll(out)).toEqual([]);
  });

  it.each(["tests/fixtures/corpus-dev/neimenggu-2023.md", "tests/fixtures/corpus-dev/taiyuan-2019.md", "content/raw/ningxia-2021.md"])(
    "accepts the Markdown report %s, warning with file:line",
    (path) => {
      const out = join(work, `md-${path.split("/").pop()}`);
      const r = ingest("--input", join(root, path), "--out", out);
      expect(r.code).toBe(0);
      const id = path.split("/").pop()!.replace(/\.md$/, "");
      expect(listAll(out)).toContain(`reports/${id}.md`);
      for (const line of r.stderr.trim().split("\n").filter(Boolean)) expect(line).toMatch(new RegExp(`^${path.replace(/[.]/g, "\\.")}:\\d+: warning: `));
    },
  );

  it("writes nothing when one of several inputs is bad", () => {
    const out = join(work, "batch");
    const r = ingest("--input", join(root, "content/raw/zhongwei-2020.txt"), "--input", file("bad-2020.txt", ""), "--out", out);
    expect(r.code).toBe(1);
    expect(listAll(out)).toEqual([]);
  });

  it("prints warnings with file:line and still succeeds; --strict turns them into a failure", () => {
    const fixture = join(root, "tests/fixtures/reports/variant-2022.txt");
    const ok = ingest("--input", fixture, "--out", join(work, "variant"));
    expect(ok.code).toBe(0);
    expect(ok.stderr).toMatch(/variant-2022\.txt:12: warning: heading “（三）” breaks the numbering/);
    const strict = ingest("--strict", "--input", fixture, "--out", join(work, "variant-strict"));
    expect(strict.code).toBe(1);
    expect(listAll(join(work, "variant-strict"))).toEqual([]);
  });

  it("keeps a report with no headings readable as paragraphs, with a warning", () => {
    const out = join(work, "flat");
    const r = ingest("--input", join(root, "tests/fixtures/reports/flat-2024.txt"), "--out", out);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/flat-2024\.txt:4: warning: no numbered headings/);
    const md = readFileSync(join(out, "reports/flat-2024.md"), "utf8");
    expect(md).toContain("\n\n过去一年工作取得成效。\n\n今年要继续努力。\n");
  });

  it("ingests a 10 MB report", () => {
    const lines = readFileSync(join(root, "content/raw/zhongwei-2020.txt"), "utf8").split("\n");
    let text = `${lines.slice(0, 4).join("\n")}\n`;
    while (text.length < 3_500_000) text += `${lines.slice(4, 64).join("\n")}\n`;
    const path = file("big-2020.txt", text);
    expect(readFileSync(path).length).toBeGreaterThan(10_000_000);
    const out = join(work, "big");
    const r = ingest("--quiet", "--input", path, "--out", out);
    expect(r.code).toBe(0);
    const md = readFileSync(join(out, "reports/big-2020.md"), "utf8");
    expect(md.split("经济运行在合理区间").length - 1).toBeGreaterThan(200);
  }, 60_000);

  it("finds the committed content up to date with content/raw (--check; warnings about the reports' shapes aside)", () => {
    const r = ingest("--check", "--quiet");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  });

  it("--check fails on a stale file", () => {
    const out = join(work, "stale");
    expect(ingest("--input", join(root, "content/raw/shizuishan-2020.txt"), "--out", out).code).toBe(0);
    writeFileSync(join(out, "reports/shizuishan-2020.md"), "old\n");
    const r = ingest("--check", "--input", join(root, "content/raw/shizuishan-2020.txt"), "--out", out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/stale: reports\/shizuishan-2020\.md/);
  });
});
