/**
 * The reports' Markdown bodies, read from their files (`content/reports/<id>.md`) when a page first asks for them:
 * the `reports` collection keeps each report's validated front matter, its file and digest, not the body
 * (src/loaders/folders.ts), so the reports' text never enters Astro's data store or the build's server bundle.
 * Each file is read once per build, and again only when its digest changes (`astro dev`). A page whose render the
 * incremental build skips reads nothing.
 */
import { readFile } from "node:fs/promises";
import type { CollectionEntry } from "astro:content";
import { markdownBody } from "../lib/markdown/front-matter.ts";

/** The project's folder, where the content files' paths start (a file URL, set in astro.config.mjs). */
declare const __PROJECT_ROOT__: string;
const rootDir = new URL(__PROJECT_ROOT__);
const read = new Map<string, { digest: string | number | undefined; body: Promise<string> }>();

/** A report entry with its Markdown body (the file's text after the front matter, trimmed). */
export type ReportWithBody = CollectionEntry<"reports"> & { body: string };

/** A report entry with its body, read from the entry's file. */
export async function withBody(entry: CollectionEntry<"reports">): Promise<ReportWithBody> {
  let known = read.get(entry.id);
  if (!known || known.digest !== entry.digest) {
    const file = entry.filePath ?? `content/reports/${entry.id}.md`;
    known = { digest: entry.digest, body: readFile(new URL(file, rootDir), "utf8").then(markdownBody) };
    read.set(entry.id, known);
  }
  return { ...entry, body: await known.body };
}

/** Report entries with their bodies, in the given order. */
export const withBodies = (entries: readonly CollectionEntry<"reports">[]): Promise<ReportWithBody[]> => Promise.all(entries.map(withBody));
