/** Every generated page is valid HTML under the project's .htmlvalidate.json (html-validate:recommended). */
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { HtmlValidate, FileSystemConfigLoader, formatterFactory } from "html-validate";
import { readHtmlFiles } from "./support/dist.ts";

describe("html-validate", async () => {
  const distDir = inject("distDir");
  const files = await readHtmlFiles(distDir);
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const text = formatterFactory("text");

  it("finds the built pages", () => {
    expect(files.map((f) => f.path)).toContain("/");
  });

  it.each(files.map((f) => [f.path, f] as const))("%s has no errors", async (_path, { file, html }) => {
    const report = await validator.validateString(html, join(distDir, file));
    expect(report.valid ? "" : text(report.results)).toBe("");
  });
});
