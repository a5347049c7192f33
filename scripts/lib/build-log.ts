/** What `astro build` says of each path it generates: rendered or copied from the incremental-build cache. */
export interface BuildLog {
  /** Every generated path, in the order of the log. */
  paths: string[];
  /** The paths rendered in this build. */
  rendered: string[];
  /** The paths copied from the previous build's cache (`(restored)`). */
  restored: string[];
}

/**
 * The per-path entries of Astro's build log: `├─ /reports/zhongwei-2020/index.html (+12ms)` when rendered,
 * `… (restored)` when copied. Pages render several at once, so an entry's time may come after other entries
 * begin (`├─ /a.json15:57:31   ├─ /b.json (+89ms)`): an entry is its path, followed by its time or by nothing.
 */
export function buildLog(stdout: string): BuildLog {
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, "");
  const log: BuildLog = { paths: [], rendered: [], restored: [] };
  for (const m of plain.matchAll(/[├└]─ (\/[^\s(]+?)(?=\d\d:\d\d:\d\d|\s|$)(?: \((restored|\+[\d.]+m?s)\))?/g)) {
    log.paths.push(m[1]!);
    (m[2] === "restored" ? log.restored : log.rendered).push(m[1]!);
  }
  return log;
}
