/** What `astro build` says of each path it generates: rendered (with its time) or copied from the incremental cache. */
export interface BuildLog {
  /** Every generated path, in the order of the log. */
  paths: string[];
  /** The paths rendered in this build. */
  rendered: string[];
  /** The paths copied from the previous build's cache (`(restored)`). */
  restored: string[];
}

/** The per-path lines of Astro's build log (`├─ /reports/zhongwei-2020/index.html (+12ms)`, `… (restored)`). */
export function buildLog(stdout: string): BuildLog {
  const plain = stdout.replace(/\x1b\[[0-9;]*m/g, "");
  const log: BuildLog = { paths: [], rendered: [], restored: [] };
  for (const m of plain.matchAll(/[├└]─ (\/\S*) \((restored|\+[\d.]+m?s)\)/g)) {
    log.paths.push(m[1]!);
    (m[2] === "restored" ? log.restored : log.rendered).push(m[1]!);
  }
  return log;
}
