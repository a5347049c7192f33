/**
 * The site's hast serialiser writes the same bytes as hast-util-to-html (its default options, and
 * `closeEmptyElements` for SVG): on trees made to hold every case of escaping, attribute kind and namespace, on
 * every reader of the real reports and of the development corpus in both languages, and on every chart of the
 * real records.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Element, ElementContent, Nodes, Properties } from "hast";
import { toHtml as reference } from "hast-util-to-html";
import { describe, expect, it } from "vitest";
import { toHtml } from "../../../src/lib/render/to-html.ts";
import { reportTree } from "../../../src/lib/render/render-report.ts";
import { ingestReport, type IngestResult } from "../../../src/lib/ingest.ts";
import { metricIds, metricPage } from "../../../src/lib/indicators/metric-page.ts";
import { placeInfos } from "../../../src/lib/indicators/places.ts";
import { publicFigure } from "../../../src/lib/figures/export.ts";
import { metricsFileSchema } from "../../../src/lib/schema/metric.ts";
import { loadFigureExtractor } from "../../../scripts/lib/figures.ts";
import { CORPUS_DEV, RAW, places, root } from "../support/ingest.ts";

/** An element; its properties loosely typed, so that the test gives every kind of value the serialiser meets. */
const h = (tagName: string, properties: Record<string, unknown> = {}, children: ElementContent[] = []): Element => ({ type: "element", tagName, properties: properties as Properties, children });
const t = (value: string): ElementContent => ({ type: "text", value });

/** Both serialisers, with and without closed empty elements: the output must be the same. */
function same(tree: Nodes): string {
  for (const closeEmptyElements of [false, true]) expect(toHtml(tree, { closeEmptyElements })).toBe(reference(tree, { closeEmptyElements }));
  return toHtml(tree);
}

describe("toHtml against hast-util-to-html", () => {
  it("escapes text and attribute values as it does: < and & in text, \\0 \" & ' ` in values, nothing else", () => {
    const html = same({
      type: "root",
      children: [h("p", { title: `a "b" & 'c' \`d\` <e> \0 =`, dataX: "中文 ¶ →" }, [t(`1 < 2 && 3 > 2 "q" 'a' \`b\` 中文 \u00a0`)])],
    });
    expect(html).toBe(`<p title="a &#x22;b&#x22; &#x26; &#x27;c&#x27; &#x60;d&#x60; <e> &#x0; =" data-x="中文 ¶ →">1 &#x3C; 2 &#x26;&#x26; 3 > 2 "q" 'a' \`b\` 中文 \u00a0</p>`);
  });

  it("writes attributes by kind: names from the schema, lists, booleans, numbers, and none for null, false or NaN", () => {
    same(
      h("div", { className: ["a", "b"], ariaLabel: "x", ariaHidden: "true", dataFigure: "f-1", id: "i", hidden: true, tabIndex: 0 }, [
        h("input", { type: "checkbox", checked: true, disabled: false, value: "", required: "", readOnly: "readonly", max: 3, min: Number.NaN, name: null, placeholder: undefined }),
        h("a", { href: "/a/?q=1&b=2", download: "", target: "_blank", rel: ["noopener", "noreferrer"] }, [t("x")]),
        h("a", { download: true }, [t("y")]),
        h("a", { download: "file.csv" }, [t("z")]),
        h("input", { accept: [".csv", ".json"], className: [] }),
        h("img", { src: "a.png", alt: "", width: 10 }),
        h("br"),
        h("span", { className: "" }),
        h("td", { colSpan: 2, headers: ["a", "b"] }),
      ]),
    );
  });

  it("writes SVG in its casing and, when asked, closes its empty elements; its title and desc hold HTML again", () => {
    const chart = h("svg", { xmlns: "http://www.w3.org/2000/svg", viewBox: "0 0 10 10", ariaLabelledBy: "t d", focusable: "false", className: ["c"] }, [
      h("title", { id: "t" }, [t("A & B < C")]),
      h("desc", { id: "d" }, [t("“quoted”")]),
      h("g", {}, [
        h("path", { d: "M0,0H10", strokeWidth: 1.5, strokeDasharray: "5 4", fill: "none", fillOpacity: 0.3 }),
        h("text", { x: 1, y: 2, textAnchor: "middle", dominantBaseline: "central", fontSize: 11 }, [t("5%")]),
        h("a", { href: "/reports/x/#p-3", ariaLabel: "x 5%：原文", className: ["chart-link"] }, [h("circle", { cx: 1, cy: 2, r: 3 })]),
        h("line", { x1: 0, x2: 1, y1: 0, y2: 1, dataRule: "region" }),
        h("style", {}, [t(".a > .b { fill: red }")]),
      ]),
    ]);
    expect(same(chart)).toContain("stroke-width");
    expect(toHtml(chart, { closeEmptyElements: true })).toContain('<circle cx="1" cy="2" r="3" />');
    same({ type: "root", children: [h("div", {}, [h("svg", { viewBox: "0 0 1 1" }, [h("rect", { width: 1 })]), h("br"), h("p")])] });
  });

  it("writes script and style content as it is", () => {
    same({ type: "root", children: [h("script", { type: "module" }, [t("if (a < b && c) x();")]), h("style", {}, [t("a > b { color: red }")])] });
  });

  it("leaves other nodes (comments, doctypes, raw HTML, templates) to hast-util-to-html", () => {
    same({ type: "root", children: [{ type: "doctype" }, { type: "comment", value: "c" }, h("p", {}, [t("a")])] });
    same({ type: "root", children: [h("p", {}, [{ type: "raw", value: "<b>raw</b>" }])] });
    same(h("template", {}, []));
  });
});

const extractFigures = await loadFigureExtractor(root);
const ingested: IngestResult[] = [...RAW, ...CORPUS_DEV].map((path) => ingestReport(path.split("/").pop()!, readFileSync(join(root, path)), { places, extractFigures }));
const glossary = ingested.flatMap((r) => r.glossary);

describe("toHtml on every reader", () => {
  it.each(ingested.map((r) => [r.id, r] as const))("%s, in both languages, with its figures, glossary links and cite links", (_, r) => {
    const entry = { body: r.markdown.replace(/^---\n[\s\S]*?\n---\n/, ""), data: r.document.meta };
    for (const lang of ["zh-CN", "en"] as const) {
      const cite = { href: (p: string) => `/reports/${r.id}/cite/#${p}`, text: "引用", label: (n: number) => `引用第${n}段` };
      const tree = reportTree(entry, { figures: r.figures, glossary, lang, cite });
      expect(toHtml(tree)).toBe(reference(tree));
    }
  });
});

describe("toHtml on every chart of the real records", () => {
  // Every chart of every indicator in both languages and widths: seconds of work, more on a loaded machine.
  it("writes each indicator's charts, narrow and wide, in both languages, as hast-util-to-html does", () => {
    const content = join(root, "content");
    const read = (path: string): unknown => JSON.parse(readFileSync(join(content, path), "utf8"));
    const figures = RAW.flatMap((path) => {
      const id = path.split("/").pop()!.replace(/\.(txt|md)$/, "");
      return (read(`indicators/${id}.json`) as { figures: Parameters<typeof publicFigure>[0][] }).figures.map(publicFigure);
    });
    const metrics = metricsFileSchema.parse(read("metrics.json"));
    const infos = placeInfos(places, new Set(figures.map((f) => f.city)));
    let charts = 0;
    for (const id of metricIds(figures, metrics)) {
      for (const lang of ["zh-CN", "en"] as const) {
        for (const year of metricPage(id, figures, infos, metrics, lang).years) {
          for (const chart of [year.chart, year.wide]) {
            if (!chart) continue;
            charts++;
            expect(chart.svg).toBe(reference(chart.tree, { closeEmptyElements: true }));
          }
        }
      }
    }
    expect(charts).toBeGreaterThan(100);
  }, 30_000);
});
