import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ingestReport } from "../../../src/lib/ingest.ts";
import { renderReport } from "../../../src/lib/render/render-report.ts";
import { recordHref } from "../../../src/lib/indicators/record-row.ts";
import { loadFigureExtractor } from "../../../scripts/lib/figures.ts";
import { RAW, places, root } from "../support/ingest.ts";

const extractFigures = await loadFigureExtractor(root);

describe.each(RAW)("figures of %s in the reader", (path) => {
  const r = ingestReport(path.split("/").pop()!, readFileSync(join(root, path)), { places, extractFigures });
  const skipped: string[] = [];
  const html = renderReport(
    { body: r.markdown.replace(/^---\n[\s\S]*?\n---\n/, ""), data: r.document.meta },
    { figures: r.figures, onSkip: (f) => skipped.push(f.id) },
  );
  const marks = [...html.matchAll(/<a href="([^"]+)" title="[^"]*" class="fig fig-(result|target)" data-figure="([^"]+)" data-value="([^"]*)">([^<]*)<\/a>/g)];

  it("marks every extracted figure exactly once, none skipped", () => {
    expect(skipped).toEqual([]);
    const ids = marks.flatMap((m) => m[3]!.split(" "));
    expect(ids.toSorted()).toEqual(r.figures.map((f) => f.id).toSorted());
  });

  it("wraps exactly the figure as written and links it to its record row", () => {
    const byId = new Map(r.figures.map((f) => [f.id, f]));
    for (const m of marks) {
      const f = byId.get(m[3]!.split(" ")[0]!)!;
      const para = r.document.paragraphs.find((p) => p.id === f.paragraph)!;
      expect(m[5]).toBe(para.text.slice(f.span[0], f.span[1]));
      expect(f.quote).toContain(m[5]);
      expect(m[1]).toBe(recordHref(f));
      expect(m[2]).toBe(f.kind);
    }
  });
});
