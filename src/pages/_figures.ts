/**
 * The figure records of the reports, read from their files (`content/indicators/<id>.json`) when a page first
 * asks for them: the `indicators` collection keeps only each file's report and record count
 * (src/loaders/folders.ts), so the records never enter the build's server bundle. Each file is read and
 * validated once per build, and again only when its digest changes (`astro dev`).
 */
import { readFile } from "node:fs/promises";
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { parseFigureFile } from "../lib/figures/file.ts";
import type { StoredFigure } from "../lib/schema/figure.ts";

/** The project's folder, where the content files' paths start (a file URL, set in astro.config.mjs). */
declare const __PROJECT_ROOT__: string;
const rootDir = new URL(__PROJECT_ROOT__);
const read = new Map<string, { digest: string | number | undefined; figures: Promise<StoredFigure[]> }>();

function figuresOf(entry: CollectionEntry<"indicators">): Promise<StoredFigure[]> {
  const known = read.get(entry.id);
  if (known && known.digest === entry.digest) return known.figures;
  const file = entry.filePath ?? `content/indicators/${entry.id}.json`;
  const figures = readFile(new URL(file, rootDir), "utf8").then((text) => parseFigureFile(text, file).figures);
  read.set(entry.id, { digest: entry.digest, figures });
  return figures;
}

/** One report's figure records, in document order (none when the report has no figure file). */
export async function reportFigures(report: string): Promise<StoredFigure[]> {
  const entry = await getEntry("indicators", report);
  return entry ? figuresOf(entry) : [];
}

/** Every report's figure file, `{ id, data: { report, figures } }`, in the collection's order. */
export async function figureFiles(): Promise<{ id: string; data: { report: string; figures: StoredFigure[] } }[]> {
  const entries = await getCollection("indicators");
  return Promise.all(entries.map(async (e) => ({ id: e.id, data: { report: e.data.report, figures: await figuresOf(e) } })));
}
