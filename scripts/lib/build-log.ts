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
