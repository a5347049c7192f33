/** The link checker's rules, on small pages of its own. */
import { describe, expect, it } from "vitest";
import { parseHtml } from "../../e2e/support/dist.ts";
import { brokenLinks, pageLinks, type Target } from "../../e2e/support/links.ts";

const files: Record<string, Target> = {
  "/": { kind: "file", file: "index.html" },
  "/a/": { kind: "file", file: "a/index.html" },
  "/a": { kind: "redirect", location: "/a/" },
  "/data/x.json": { kind: "file", file: "data/x.json" },
  "/s.css": { kind: "file", file: "s.css" },
};

async function check(pages: Record<string, string>): Promise<string[]> {
  const parsed = await Promise.all(Object.entries(pages).map(async ([path, html]) => pageLinks(path, await parseHtml(html))));
  const targets = new Map(parsed.map((p) => [files[p.path]?.kind === "file" ? (files[p.path] as { file: string }).file : "", p.targets]));
  return brokenLinks(parsed, async (p) => files[p] ?? { kind: "missing" }, (f) => targets.get(f));
}

describe("link checker", () => {
  it("accepts links to pages, files, ids on other pages and on the same page", async () => {
    const broken = await check({
      "/": `<link rel="stylesheet" href="/s.css"><a href="/a/#p-1">a</a><a href="data/x.json">d</a><a href="#top">t</a>
        <a href="https://example.com/x">out</a><a href="mailto:x@example.com">m</a><h2 id="s-1">h</h2><a href="#s-1">s</a>
        <form action="/a/"></form><a href="/a/?q=%E5%B0%B1%E4%B8%9A">q</a>`,
      "/a/": `<p id="p-1">x</p><a href="../">up</a><a href="/#s-1">back</a>`,
    });
    expect(broken).toEqual([]);
  });

  it("reports missing files, missing ids, redirects and javascript: URLs, once each", async () => {
    const broken = await check({
      "/": `<a href="/b/">b</a><a href="/b/">b again</a><a href="/a/#p-9">p</a><a href="/a">a</a><img src="/i.png" alt="">
        <a href="#nowhere">n</a><a href="javascript:void(0)">j</a><img srcset="/s.css 1x, /big.png 2x" alt="">
        <a href="/data/x.json#k">k</a>`,
      "/a/": `<p id="p-1">x</p>`,
    });
    expect(broken).toEqual([
      '/: <a href="/b/"> → /b/ does not exist',
      '/: <a href="/a/#p-9"> → no element with id "p-9" in /a/',
      '/: <a href="/a"> redirects to /a/ (link to that instead)',
      '/: <a href="#nowhere"> → no element with id "nowhere" in /',
      '/: <a href="javascript:void(0)"> is a javascript: URL',
      '/: <a href="/data/x.json#k"> → fragment on a file that is not a page',
      '/: <img src="/i.png"> → /i.png does not exist',
      '/: <img srcset="/big.png"> → /big.png does not exist',
    ]);
  });

  it("decodes fragments before matching ids", async () => {
    expect(await check({ "/": `<h2 id="第一">x</h2><a href="#%E7%AC%AC%E4%B8%80">y</a>` })).toEqual([]);
  });
});
