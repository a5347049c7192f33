/** Every generated page is valid HTML under the project's .htmlvalidate.json (html-validate:recommended). */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { HtmlValidate, StaticConfigLoader, formatterFactory, type ConfigData } from "html-validate";
import { readHtmlFiles } from "./support/dist.ts";

describe("html-validate", async () => {
  const distDir = inject("distDir");
  const files = await readHtmlFiles(distDir);
  // The project's configuration, read from its root: a site built elsewhere (E2E_DIST) is validated under the same
  // rules, not under whatever configuration the folders above it hold (none: nothing would be checked).
  const config = JSON.parse(readFileSync(join(import.meta.dirname, "../../.htmlvalidate.json"), "utf8")) as ConfigData;
  const validator = new HtmlValidate(new StaticConfigLoader(config));
  const text = formatterFactory("text");

  it("applies the project's rules wherever the site was built", async () => {
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>t</title></head><body><p id="a"></p><p id="a"></p></body></html>', join(distDir, "x.html"));
    expect(report.results.flatMap((r) => r.messages.map((m) => m.ruleId))).toContain("no-dup-id");
  });

  it("finds the built pages", () => {
    expect(files.map((f) => f.path)).toContain("/");
  });

  it.each(files.map((f) => [f.path, f] as const))("%s has no errors", async (_path, { file, html }) => {
    const report = await validator.validateString(html, join(distDir, file));
    expect(report.valid ? "" : text(report.results)).toBe("");
  });
});
