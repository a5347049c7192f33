/**
 * Size budgets of the built pages, measured on dist/ (gzip at zlib's default level): what JavaScript a
 * page loads (its scripts and everything they import, statically or dynamically), and its HTML + CSS.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { HtmlElement } from "html-validate";
import { gzipSize } from "./dist.ts";

/** Budgets in bytes of gzip, and the element count of a page. */
export const budgets = {
  /** JavaScript of any page but search: progressive enhancements only. */
  enhancementJs: 10 * 1024,
  /** The reader's HTML with all its stylesheets. */
  readerHtmlCss: 50 * 1024,
  /** The search page's JavaScript plus the index data a query loads. */
  search: 1024 * 1024,
  /** Elements in one page's DOM as built (every element of the HTML, head included). */
  elements: 1500,
} as const;

/** Module specifiers in (minified) ES module source: static imports, re-exports and dynamic imports. */
export function importsOf(source: string): string[] {
  const found = new Set<string>();
  const patterns = [
    /\bimport\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g,
    /\bexport\s*[\w$*{}\s,]*?\s*from\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns) for (const m of source.matchAll(pattern)) if (m[1]) found.add(m[1]);
  return [...found];
}

/** A site-absolute path ("/_astro/x.js") of a same-site URL, or null for other hosts and data: URLs. */
function sitePath(url: string, from: string): string | null {
  const u = new URL(url, new URL(from, "http://site.invalid"));
  return u.origin === "http://site.invalid" ? u.pathname : null;
}

/** Every script file a page loads: `<script src>`, module preloads, and their imports, transitively. */
export async function scriptFiles(distDir: string, pagePath: string, root: HtmlElement): Promise<string[]> {
  const queue: string[] = [];
  for (const el of root.querySelectorAll("script[src]")) queue.push(sitePath(el.getAttributeValue("src") ?? "", pagePath) ?? "");
  for (const el of root.querySelectorAll('link[rel="modulepreload"]')) queue.push(sitePath(el.getAttributeValue("href") ?? "", pagePath) ?? "");
  const seen = new Set<string>();
  while (queue.length > 0) {
    const path = queue.pop();
    if (!path || seen.has(path)) continue;
    seen.add(path);
    const source = await readFile(join(distDir, path), "utf8");
    for (const spec of importsOf(source)) {
      if (spec.startsWith(".") || spec.startsWith("/")) queue.push(sitePath(spec, path) ?? "");
    }
  }
  return [...seen].sort();
}

/** Whether a <script> element runs (classic or module), as opposed to a data block. */
export function isExecutable(script: HtmlElement): boolean {
  const type = (script.getAttributeValue("type") ?? "").trim().toLowerCase();
  return type === "" || type === "module" || /javascript|ecmascript/.test(type);
}

/** Gzip size of each inline script (their text) and script file of a page, summed. */
export async function scriptBytes(distDir: string, pagePath: string, root: HtmlElement): Promise<number> {
  let total = 0;
  for (const el of root.querySelectorAll("script")) {
    if (!el.hasAttribute("src") && isExecutable(el)) total += gzipSize(el.textContent);
  }
  for (const file of await scriptFiles(distDir, pagePath, root)) total += gzipSize(await readFile(join(distDir, file)));
  return total;
}

/** Gzip size of a page's HTML plus each of its stylesheets. */
export async function htmlCssBytes(distDir: string, pagePath: string, html: string, root: HtmlElement): Promise<number> {
  let total = gzipSize(html);
  for (const el of root.querySelectorAll('link[rel="stylesheet"]')) {
    const path = sitePath(el.getAttributeValue("href") ?? "", pagePath);
    if (path) total += gzipSize(await readFile(join(distDir, path)));
  }
  return total;
}
