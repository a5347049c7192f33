/** The budget helpers: finding the module graph of a page's scripts in minified output. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { importsOf, scriptBytes, scriptFiles } from "../../e2e/support/budgets.ts";
import { gzipSize, parseHtml } from "../../e2e/support/dist.ts";

describe("importsOf", () => {
  it("finds static, side-effect, re-export and dynamic imports in minified code", () => {
    const source = `import{a as b}from"./a.js";import"./b.js";export{c}from"../c.js";const d=()=>import("./d.js");import*as e from"/e.js";`;
    expect(importsOf(source).sort()).toEqual(["../c.js", "./a.js", "./b.js", "./d.js", "/e.js"]);
  });
});

describe("scriptFiles", () => {
  it("follows a page's scripts through their imports, once each", async () => {
    const dir = await mkdtemp(join(tmpdir(), "budgets-"));
    try {
      await mkdir(join(dir, "_astro"));
      await writeFile(join(dir, "_astro/page.js"), `import{x}from"./shared.js";import("./lazy.js");`);
      await writeFile(join(dir, "_astro/shared.js"), `export const x=1;`);
      await writeFile(join(dir, "_astro/lazy.js"), `import"./shared.js";`);
      await writeFile(join(dir, "_astro/other.js"), `never loaded`);
      const root = await parseHtml(`<script type="module" src="/_astro/page.js"></script><script>var inline=1</script>`);
      expect(await scriptFiles(dir, "/a/", root)).toEqual(["/_astro/lazy.js", "/_astro/page.js", "/_astro/shared.js"]);
      const expected =
        gzipSize(`import{x}from"./shared.js";import("./lazy.js");`) +
        gzipSize(`export const x=1;`) +
        gzipSize(`import"./shared.js";`) +
        gzipSize("var inline=1");
      expect(await scriptBytes(dir, "/a/", root)).toBe(expected);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
