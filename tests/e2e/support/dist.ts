/** Reading the built site from disk: its files, its pages, and their parsed markup. */
import { readdir, readFile } from "node:fs/promises";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";
import { HtmlValidate, Parser, type HtmlElement } from "html-validate";

/** Every file under `dir`, as sorted '/'-separated paths relative to it. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath, e.name)).split(sep).join("/"))
    .sort();
}

/** The URL path a built HTML file is served at: `reports/x/index.html` → `/reports/x/`. */
export function pathOfHtmlFile(file: string): string {
  return `/${file}`.replace(/(^|\/)index\.html$/, "$1");
}

/** The URL paths of every page of the built site (every HTML file but the 404 page), sorted. */
export async function sitePages(distDir: string): Promise<string[]> {
  const files = await listFiles(distDir);
  return files
    .filter((f) => f.endsWith(".html") && f !== "404.html")
    .map(pathOfHtmlFile)
    .sort();
}

/** Every built HTML file with its URL path and text. */
export async function readHtmlFiles(distDir: string): Promise<{ file: string; path: string; html: string }[]> {
  const files = (await listFiles(distDir)).filter((f) => f.endsWith(".html"));
  return Promise.all(
    files.map(async (file) => ({ file, path: pathOfHtmlFile(file), html: await readFile(join(distDir, file), "utf8") })),
  );
}

let parser: Promise<Parser> | undefined;

/** Parses HTML into html-validate's DOM (querySelectorAll, getAttributeValue, id). */
export async function parseHtml(html: string): Promise<HtmlElement> {
  parser ??= new HtmlValidate({ extends: [] }).getConfigFor("page.html").then((config) => new Parser(config));
  return (await parser).parseHtml(html);
}

/** Gzip size in bytes at zlib's default level (a little above what hosts' higher levels send). */
export function gzipSize(data: string | Uint8Array): number {
  return gzipSync(data).length;
}
