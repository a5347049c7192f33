/**
 * The ingest as `astro build` runs it (src/integrations/ingest.ts), before the content sync and in the build's
 * process, on a folder of its own holding two real reports and the hand-kept tables: the generated files appear,
 * each warning reaches Astro's log naming file and line, a second build keeps what the cache holds, a report that
 * is no report at all stops the build with an error naming the file and writes nothing, and commands other than
 * build and dev do not ingest.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../../../src/integrations/ingest.ts";
import { root } from "../support/ingest.ts";

const project = mkdtempSync(join(tmpdir(), "ingest-integration-"));
afterAll(() => rmSync(project, { recursive: true, force: true }));
mkdirSync(join(project, "content/raw"), { recursive: true });
for (const f of readdirSync(join(root, "content"))) if (/^[^.].*\.json$/.test(f)) copyFileSync(join(root, "content", f), join(project, "content", f));
// One plain-text report and one corpus file that warns (no title line).
for (const f of ["zhongwei-2020.txt", "guyuan-2020.md"]) copyFileSync(join(root, "content/raw", f), join(project, "content/raw", f));

/** Calls the integration's setup hook as `astro <command>` does; what it logged, by level. */
async function setup(command: string) {
  const log: Record<"info" | "warn" | "error", string[]> = { info: [], warn: [], error: [] };
  const logger = { info: (m: string) => void log.info.push(m), warn: (m: string) => void log.warn.push(m), error: (m: string) => void log.error.push(m) };
  await ingest().hooks["astro:config:setup"]!({ command, config: { root: pathToFileURL(`${project}/`) }, logger } as never);
  return log;
}

const generated = () => ["reports", "glossary", "indicators"].flatMap((d) => (existsSync(join(project, "content", d)) ? readdirSync(join(project, "content", d)).map((f) => `${d}/${f}`) : [])).sort();

describe("the ingest in astro build", { timeout: 60_000 }, () => {
  it("does not run for astro check, sync or preview", async () => {
    for (const command of ["check", "sync", "preview"]) expect(await setup(command)).toEqual({ info: [], warn: [], error: [] });
    expect(generated()).toEqual([]);
  });

  it("ingests every raw report before the build, each warning naming file and line", async () => {
    const log = await setup("build");
    expect(generated()).toEqual(["glossary/guyuan-2020.json", "glossary/zhongwei-2020.json", "indicators/guyuan-2020.json", "indicators/zhongwei-2020.json", "reports/guyuan-2020.md", "reports/zhongwei-2020.md"]);
    expect(log.warn).toContainEqual(expect.stringMatching(/^content\/raw\/guyuan-2020\.md:\d+: warning: no title line/));
    expect(log.info).toEqual([expect.stringMatching(new RegExp(`^2 report\\(s\\): 2 parsed, 0 unchanged and kept; ${log.warn.length} warning\\(s\\); in \\d+ms$`))]);
    expect(readFileSync(join(project, "content/reports/zhongwei-2020.md"), "utf8")).toContain("中卫");
  });

  it("the next build keeps what the cache holds and prints the same warnings", async () => {
    const before = await setup("dev");
    const after = await setup("build");
    expect(after.info).toEqual([expect.stringMatching(/^2 report\(s\): 0 parsed, 2 unchanged and kept; /)]);
    expect(after.warn).toEqual(before.warn);
  });

  it("a raw file that is no report stops the build, names the file, and writes nothing", async () => {
    const kept = readFileSync(join(project, "content/reports/zhongwei-2020.md"), "utf8");
    writeFileSync(join(project, "content/raw/zhongwei-2020.txt"), new Uint8Array([0, 1, 2, 0xff, 0xfe, 0, 0]));
    await expect(setup("build")).rejects.toThrow(/zhongwei-2020\.txt/);
    expect(readFileSync(join(project, "content/reports/zhongwei-2020.md"), "utf8")).toBe(kept);
  });
});
