/** Grouping built pages by template, for the checks that run per template or on a sample. */
import { describe, expect, it } from "vitest";
import { onePerTemplate, sampleOfTemplates, templateOf } from "../../e2e/support/pages.ts";

const paths = ["/", "/compare/", "/search/", "/search/?q=就业", "/reports/b-2020/", "/reports/a-2020/"];
const metrics = Array.from({ length: 12 }, (_, i) => `/indicators/m${String(i).padStart(2, "0")}/`);

describe("templates of pages", () => {
  it("groups pages below a first-level path, keeping top-level pages and queries apart", () => {
    expect(templateOf("/reports/a-2020/")).toBe("/reports/:param/");
    expect(templateOf("/indicators/x/y/")).toBe("/indicators/:param/");
    expect(templateOf("/compare/")).toBe("/compare/");
    expect(templateOf("/")).toBe("/");
    expect(templateOf("/search/?q=就业")).toBe("/search/?q=就业");
  });

  it("gives English pages their own templates, named like the Chinese ones under /en", () => {
    expect(templateOf("/en/reports/a-2020/")).toBe("/en/reports/:param/");
    expect(templateOf("/en/indicators/x/y/")).toBe("/en/indicators/:param/");
    expect(templateOf("/en/compare/")).toBe("/en/compare/");
    expect(templateOf("/en/")).toBe("/en/");
  });

  it("picks the first page of each template", () => {
    expect(onePerTemplate([...paths, ...metrics])).toEqual(["/", "/compare/", "/indicators/m00/", "/reports/a-2020/", "/search/", "/search/?q=就业"]);
  });

  it("samples large templates evenly, first and last included, and keeps small ones whole", () => {
    const sample = sampleOfTemplates([...paths, ...metrics], 4);
    expect(sample.filter((p) => p.startsWith("/indicators/"))).toEqual(["/indicators/m00/", "/indicators/m04/", "/indicators/m07/", "/indicators/m11/"]);
    expect(sample.filter((p) => !p.startsWith("/indicators/")).sort()).toEqual([...paths].sort());
  });
});
