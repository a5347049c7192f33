/**
 * Security of the built pages: the Content-Security-Policy (a <meta> in every page, and the same policy
 * as an HTTP header in _headers for static hosts) forbids outside origins and inline script, the pages
 * contain nothing that policy would block, and outside links carry rel="noopener".
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, inject, it } from "vitest";
import { headersFor, parseHeadersFile } from "../../scripts/serve-lib/headers-file.ts";
import { useSite } from "./helpers.ts";
import { isExecutable } from "./support/budgets.ts";
import { parseHtml, readHtmlFiles } from "./support/dist.ts";

const site = useSite();

/** Directives a <meta> policy cannot carry, so only the header has them. */
const headerOnly = new Set(["frame-ancestors", "report-uri", "report-to", "sandbox"]);

/** A policy as a map from directive to its sorted sources. */
function directives(policy: string): Map<string, string> {
  return new Map(
    policy
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name = "", ...sources]) => [name.toLowerCase(), sources.sort().join(" ")]),
  );
}

describe("security", async () => {
  const distDir = inject("distDir");
  const baseURL = inject("baseURL");
  const pages = await Promise.all(
    (await readHtmlFiles(distDir)).map(async (f) => ({ ...f, root: await parseHtml(f.html) })),
  );
  const metaPolicies = pages.map((p) => ({
    path: p.path,
    policy: p.root.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttributeValue("content") ?? null,
  }));

  it("every page carries the same <meta> Content-Security-Policy", () => {
    expect(metaPolicies.filter((m) => !m.policy).map((m) => m.path), "pages without a CSP <meta>").toEqual([]);
    expect(new Set(metaPolicies.map((m) => m.policy)).size).toBe(1);
  });

  it("the policy allows only the site itself and no inline or eval'd script", () => {
    const policy = directives(metaPolicies[0]?.policy ?? "");
    expect(policy.get("default-src")).toBe("'self'");
    expect(policy.get("object-src")).toBe("'none'");
    for (const [name, sources] of policy) {
      for (const source of sources.split(" ")) {
        expect(["'self'", "'none'", "data:"], `${name} allows ${source}`).toContain(source);
      }
    }
  });

  it("_headers sends the <meta> policy as a header (plus header-only directives), and the server applies it", async () => {
    const rules = parseHeadersFile(await readFile(join(distDir, "_headers"), "utf8"));
    const meta = directives(metaPolicies[0]?.policy ?? "");
    for (const { path } of metaPolicies) {
      const header = directives(headersFor(rules, path)["content-security-policy"] ?? "");
      const extra = [...header.keys()].filter((k) => !meta.has(k));
      expect(Object.fromEntries([...header].filter(([k]) => meta.has(k))), path).toEqual(Object.fromEntries(meta));
      expect(extra.filter((k) => !headerOnly.has(k)), `${path}: directives only in the header`).toEqual([]);
    }
    const served = await fetch(`${baseURL}/`);
    expect(served.headers.get("content-security-policy")).toBe(headersFor(rules, "/")["content-security-policy"]);
  });

  it("the test browser enforces the policy: injected inline script does not run and is reported", async () => {
    const opened = await site.openPage("/");
    const ran = await opened.page.evaluate(() => {
      const script = document.createElement("script");
      script.textContent = "document.documentElement.dataset['injected'] = 'ran'";
      document.body.append(script);
      return document.documentElement.dataset["injected"] ?? null;
    });
    expect(ran).toBeNull();
    await expect.poll(() => opened.problems.map((p) => p.kind)).toContain("console");
    expect(opened.problems[0]?.text).toMatch(/Content Security Policy/);
    await opened.close();
  });

  it("no page has inline script, event-handler attributes or inline styles (the policy would block them)", () => {
    const found: string[] = [];
    for (const { path, root } of pages) {
      for (const script of root.querySelectorAll("script")) {
        if (isExecutable(script) && !script.hasAttribute("src")) found.push(`${path}: inline <script>`);
      }
      for (const el of root.querySelectorAll("*")) {
        for (const attr of el.attributes) {
          if (/^on/i.test(attr.key)) found.push(`${path}: <${el.tagName} ${attr.key}>`);
          if (attr.key === "style") found.push(`${path}: <${el.tagName} style="${attr.value}">`);
        }
        if (el.tagName === "style") found.push(`${path}: inline <style>`);
      }
    }
    expect(found).toEqual([]);
  });

  it('every link to another host has rel="noopener"', () => {
    const missing: string[] = [];
    for (const { path, root } of pages) {
      for (const a of root.querySelectorAll("a[href], area[href]")) {
        const href = a.getAttributeValue("href") ?? "";
        const url = URL.canParse(href, "http://site.invalid/") ? new URL(href, "http://site.invalid/") : null;
        if (!url || !/^https?:$/.test(url.protocol) || url.host === "site.invalid") continue;
        const rel = (a.getAttributeValue("rel") ?? "").split(/\s+/);
        if (!rel.includes("noopener")) missing.push(`${path}: <${a.tagName} href="${href}">`);
      }
    }
    expect(missing).toEqual([]);
  });
});
