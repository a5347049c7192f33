import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** What `astro build` says of each path it generates: rendered, or reused from the last build. */
export interface BuildLog {
  /** Every generated path, in the order of the log. */
  paths: string[];
  /** The paths rendered in this build. */
  rendered: string[];
  /**
   * The paths not rendered, their key and code unchanged since the last build: left in dist/ as that build wrote
   * them (`(cached)`), or copied from Astro's incremental-build cache when dist/ lacks them (`(restored)`).
   */
  reused: string[];
  /** Of the reused paths, those copied from the cache (`(restored)`). */
  restored: string[];
}

/**
 * The per-path entries of Astro's build log: `├─ /reports/zhongwei-2020/index.html (+12ms)` when rendered,
 * `… (cached)` or `… (restored)` when reused. Pages render several at once, so an entry's time may come after
 * other entries begin (`├─ /a.json15:57:31   ├─ /b.json (+89ms)`): an entry is its path, followed by its time or
 * by nothing.
 */
export function buildLog(stdout: string): BuildLog {
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, "");
  const log: BuildLog = { paths: [], rendered: [], reused: [], restored: [] };
  for (const m of plain.matchAll(/[├└]─ (\/[^\s(]+?)(?=\d\d:\d\d:\d\d|\s|$)(?: \((cached|restored|\+[\d.]+m?s)\))?/g)) {
    log.paths.push(m[1]!);
    (m[2] === "cached" || m[2] === "restored" ? log.reused : log.rendered).push(m[1]!);
    if (m[2] === "restored") log.restored.push(m[1]!);
  }
  return log;
}

/**
 * Runs a Node script (`astro build`) with this Node in `cwd`, its output written to files and read back. Astro
 * ends with `process.exit()`, and what is still queued for a pipe at that moment is lost: a long build log piped to
 * the caller could miss its last lines. Writes to a file are synchronous, so nothing is lost.
 */
export function runLogged(args: readonly string[], options: { cwd: string; env?: NodeJS.ProcessEnv }): { status: number | null; stdout: string; stderr: string } {
  const dir = mkdtempSync(join(tmpdir(), "build-log-"));
  try {
    const [out, err] = [join(dir, "stdout"), join(dir, "stderr")];
    const fds = [openSync(out, "w"), openSync(err, "w")] as const;
    let status: number | null;
    try {
      status = spawnSync(process.execPath, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", fds[0], fds[1]] }).status;
    } finally {
      for (const fd of fds) closeSync(fd);
    }
    return { status, stdout: readFileSync(out, "utf8"), stderr: readFileSync(err, "utf8") };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
