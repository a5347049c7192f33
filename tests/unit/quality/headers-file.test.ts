/** Parsing the static host's `_headers` file, and the project's own public/_headers. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../../scripts/serve-lib/headers-file.ts";

describe("_headers", () => {
  const text = "# site-wide\n/*\n  X-A: 1\n  Link: </a.css>; rel=preload\n\n/data/*\n  X-B: 2\n/*.csv\n  X-A: 3\n";

  it("parses URL patterns and their indented headers, skipping comments", () => {
    expect(parseHeadersFile(text)).toEqual([
      { pattern: "/*", headers: [["X-A", "1"], ["Link", "</a.css>; rel=preload"]] },
      { pattern: "/data/*", headers: [["X-B", "2"]] },
      { pattern: "/*.csv", headers: [["X-A", "3"]] },
    ]);
  });

  it("applies every matching rule, joining repeated headers", () => {
    const rules = parseHeadersFile(text);
    expect(headersFor(rules, "/")).toEqual({ "x-a": "1", link: "</a.css>; rel=preload" });
    expect(headersFor(rules, "/data/x.csv")).toEqual({ "x-a": "1, 3", link: "</a.css>; rel=preload", "x-b": "2" });
  });

  it("treats only * as a wildcard", () => {
    const rules = parseHeadersFile("/a.b\n  X: 1\n");
    expect(headersFor(rules, "/a.b")).toEqual({ x: "1" });
    expect(headersFor(rules, "/axb")).toEqual({});
  });

  it("rejects a header line outside any URL pattern, naming the line", () => {
    expect(() => parseHeadersFile("  X: 1\n")).toThrow(/line 1/);
  });

  it("public/_headers sends a Content-Security-Policy for every page", async () => {
    const own = parseHeadersFile(await readFile(join(import.meta.dirname, "../../../public/_headers"), "utf8"));
    expect(headersFor(own, "/reports/zhongwei-2020/")["content-security-policy"]).toMatch(/default-src 'self'/);
  });
});
