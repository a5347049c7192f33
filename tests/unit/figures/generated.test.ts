import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toJson } from "../../../src/lib/output.ts";
import { real, RAW_IDS, root } from "./helpers.ts";

describe("content/indicators", () => {
  it.each(RAW_IDS)("%s.json is up to date with content/raw and content/metrics.json", (id) => {
    const stored = readFileSync(join(root, "content/indicators", `${id}.json`), "utf8");
    expect(stored, "stale: run npm run ingest").toBe(toJson({ report: id, figures: real(id).figures }));
  });
});
