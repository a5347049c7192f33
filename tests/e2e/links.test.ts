/** Every internal link, resource and #fragment of the built site resolves (checked on dist/, no browser). */
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { resolveRequestPath } from "../../scripts/serve-lib/static-server.ts";
import { parseHtml, readHtmlFiles, sitePages } from "./support/dist.ts";
import { brokenLinks, pageLinks, type PageLinks } from "./support/links.ts";

describe("links", async () => {
  // Every page is parsed: the time allowed grows with the pages built (60 s at the 12 reports' few hundred).
  const timeout = Math.max(60_000, (await sitePages(inject("distDir"))).length * 200);

  it("every internal href/src resolves to a file and every #fragment to an element id", { timeout }, async () => {
    const distDir = inject("distDir");
    const files = await readHtmlFiles(distDir);
    const pages: PageLinks[] = [];
    const byFile = new Map<string, Set<string>>();
    for (const { file, path, html } of files) {
      const links = pageLinks(path, await parseHtml(html));
      pages.push(links);
      byFile.set(join(distDir, file), links.targets);
    }
    expect(pages.some((p) => p.references.length > 0), "the pages have links at all").toBe(true);
    const broken = await brokenLinks(pages, (p) => resolveRequestPath(distDir, p), (file) => byFile.get(file));
    expect(broken).toEqual([]);
  });
});
