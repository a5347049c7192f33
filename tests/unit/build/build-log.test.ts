/**
 * Reading `astro build`'s log (scripts/lib/build-log.ts), which the build benchmark and the reproducibility test
 * count pages with: rendered paths with their time, reused ones left in place or copied from the cache, and
 * entries whose time comes after another entry began.
 */
import { describe, expect, it } from "vitest";
import { buildLog } from "../../../scripts/lib/build-log.ts";

describe("buildLog", () => {
  it("tells rendered pages from reused ones, left in place or copied from the cache", () => {
    const log = [
      "13:24:58 [build] Rearranging server assets...",
      "",
      " generating static routes ",
      "13:24:58 ▶ src/pages/reports/[id].astro",
      "13:24:58   ├─ /reports/zhongwei-2020/index.html (+12ms)",
      "13:24:58   ├─ /reports/zhongwei-2021/index.html \x1b[32m(cached)\x1b[39m",
      "13:24:58   ├─ /reports/yinchuan-2021/index.html (restored)",
      "13:24:58   ├─ /search/shards/a.json13:24:59   ├─ /search/shards/b.json (+1.20s)",
      "13:24:59   └─ /data/indicators.csv (+89ms)",
      "13:24:59 ✓ Completed in 957ms.",
    ].join("\n");
    expect(buildLog(log)).toEqual({
      paths: ["/reports/zhongwei-2020/index.html", "/reports/zhongwei-2021/index.html", "/reports/yinchuan-2021/index.html", "/search/shards/a.json", "/search/shards/b.json", "/data/indicators.csv"],
      rendered: ["/reports/zhongwei-2020/index.html", "/search/shards/a.json", "/search/shards/b.json", "/data/indicators.csv"],
      reused: ["/reports/zhongwei-2021/index.html", "/reports/yinchuan-2021/index.html"],
      restored: ["/reports/yinchuan-2021/index.html"],
    });
  });

  it("reads nothing from a log without generated paths", () => {
    expect(buildLog("13:24:59 [build] Complete!\n")).toEqual({ paths: [], rendered: [], reused: [], restored: [] });
  });
});
