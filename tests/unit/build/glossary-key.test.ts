/**
 * What a report's text reads of the glossary (src/lib/build/glossary-key.ts), which keys its reader, comparisons
 * and search shard: on every report of the real corpus and of the development corpus, every term its reader
 * links, and every term a comparison of it counts as used, is among the entries its key reads.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { glossaryUses } from "../../../src/lib/build/glossary-key.ts";
import { glossaryLayout } from "../../../src/lib/glossary/pages.ts";
import { spellingsIn } from "../../../src/lib/glossary/match.ts";
import { termsUsedByAll } from "../../../src/lib/glossary/occurrences.ts";
import { ingestReport } from "../../../src/lib/ingest.ts";
import { renderReport } from "../../../src/lib/render/render-report.ts";
import { documentFromEntry } from "../../../src/lib/report/document.ts";
import { familyOf } from "../../../src/lib/schema/glossary.ts";
import { RAW_AND_DEV, places, root } from "../support/ingest.ts";

describe("spellingsIn", () => {
  it("finds every spelling anywhere in a text, overlapping ones too", () => {
    const scan = spellingsIn(["乡村振兴", "振兴战略", "放管服", "六稳", "六稳工作"]);
    expect([...scan("实施乡村振兴战略，做好六稳工作")].sort()).toEqual(["乡村振兴", "六稳", "六稳工作", "振兴战略"].sort());
    expect(scan("没有术语")).toEqual(new Set());
  });
});

describe("glossaryUses on the real reports and the development corpus", () => {
  const reports = RAW_AND_DEV.map((path) => ingestReport(path.split("/").pop()!, readFileSync(join(root, path)), { places }));
  const entries = reports.flatMap((r) => r.glossary);
  const bodies = new Map(reports.map((r) => [r.id, r.markdown.replace(/^---\n[\s\S]*?\n---\n/, "")]));
  // Each report of its family, as the build keys them (src/lib/build/content-key.ts) and the readers read them.
  const uses = glossaryUses(entries, bodies, new Map(reports.map((r) => [r.id, familyOf(r.document.meta)])));
  const ids = (id: string) => new Set(uses.get(id)!.linked.map((e) => e.id));

  it("has entries to test with, and some reports that use other reports' terms", () => {
    expect(entries.length).toBeGreaterThan(50);
    expect(reports.some((r) => uses.get(r.id)!.linked.some((e) => e.report !== r.id))).toBe(true);
  });

  it.each(reports.map((r) => [r.id, r] as const))("%s: every term its reader links is an entry its key reads, its own entries too", (id, r) => {
    const html = renderReport({ body: bodies.get(id)!, data: r.document.meta }, { glossary: entries });
    const linked = [...html.matchAll(/data-term="([^"]+)"/g)].map((m) => m[1]!);
    const read = ids(id);
    for (const term of linked) expect(read.has(term), term).toBe(true);
    expect(uses.get(id)!.own.map((e) => e.id)).toEqual(r.glossary.map((e) => e.id));
    // The 32 reports' glossary is split into pages: each link's page is among those the key reads.
    const pages = new Set(uses.get(id)!.pages);
    for (const [, href] of html.matchAll(/<a href="(\/glossary\/[^"#]*)#[^"]+"[^>]*class="term/g)) expect(pages.has(href!), href).toBe(true);
  });

  it("reads where each entry's page is: the pages of its own entries, then of those it links", () => {
    const layout = glossaryLayout(entries.map((e) => e.term));
    expect(layout.split).toBe(true);
    for (const r of reports) {
      const use = uses.get(r.id)!;
      expect(use.pages).toEqual([...use.own, ...use.linked].map((e) => layout.pathOf(e.term)));
    }
    expect(reports.some((r) => new Set(uses.get(r.id)!.pages).size > 1)).toBe(true);
  });

  it("every term a comparison counts as used by both reports is an entry both keys read", () => {
    const docs = reports.map((r) => documentFromEntry({ body: bodies.get(r.id)!, data: r.document.meta }));
    let counted = 0;
    for (let i = 0; i + 1 < docs.length; i++) {
      const pair = [docs[i]!, docs[i + 1]!];
      for (const term of termsUsedByAll(entries, pair)) {
        counted++;
        for (const d of pair) expect(ids(d.meta.id).has(term), `${d.meta.id} ${term}`).toBe(true);
      }
    }
    expect(counted).toBeGreaterThan(0);
  });
});
