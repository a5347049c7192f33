import { readdir, readFile } from "node:fs/promises";
import { basename, relative } from "node:path";
import { fileURLToPath } from "node:url";
import type { Loader, LoaderContext } from "astro/loaders";
import { parseFigureFile } from "../lib/figures/file.ts";
import { splitFrontMatter } from "../lib/markdown/front-matter.ts";

/** A JSON file's value; an error names the file. */
function parseJson(text: string, file: string): unknown {
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Error(`${file}: not JSON (${(e as Error).message})`);
  }
}

/** The project-relative path of a file URL, with forward slashes. */
const projectPath = (config: LoaderContext["config"], url: URL) => relative(fileURLToPath(config.root), fileURLToPath(url)).split("\\").join("/");

/** Runs `sync` now, and again in `astro dev` whenever a file under `path` that `matches` is added, changed or removed. */
async function syncAndWatch(context: LoaderContext, path: string, matches: (file: string) => boolean, sync: () => Promise<void>): Promise<void> {
  await sync();
  context.watcher?.add(path);
  for (const event of ["add", "change", "unlink"] as const) {
    context.watcher?.on(event, (file: string) => {
      if (file.startsWith(path) && matches(file)) void sync();
    });
  }
}

/** What a folder loader keeps of one file: the entry's data (validated by the collection's schema) and body. */
type ReadFile = (text: string, file: string) => { data: Record<string, unknown>; body?: string };

/**
 * A content loader of the files `<id><extension>` of one folder. A file whose digest is unchanged since the last
 * sync is not read into the store again; files that are gone leave it. In `astro dev`, a change in the folder
 * syncs it again.
 */
function folderLoader(name: string, base: string, extension: string, read: ReadFile): Loader {
  return {
    name,
    load: async (context) => {
      const dir = new URL(base.endsWith("/") ? base : `${base}/`, context.config.root);
      await syncAndWatch(context, fileURLToPath(dir), (f) => f.endsWith(extension), () => syncFolder(context, dir, extension, read));
    },
  };
}

async function syncFolder({ store, parseData, generateDigest, config }: LoaderContext, dir: URL, extension: string, read: ReadFile): Promise<void> {
  const files = (await readdir(dir)).filter((f) => f.endsWith(extension)).sort();
  const ids = new Set<string>();
  for (const file of files) {
    const id = file.slice(0, -extension.length);
    ids.add(id);
    const url = new URL(encodeURIComponent(file), dir);
    const text = await readFile(url, "utf8");
    const digest = generateDigest(text);
    if (store.get(id)?.digest === digest) continue;
    const path = projectPath(config, url);
    const { data, body } = read(text, path);
    store.set({ id, data: await parseData({ id, data, filePath: fileURLToPath(url) }), ...(body === undefined ? {} : { body }), filePath: path, digest });
  }
  for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
}

/**
 * The reports' Markdown (`<id>.md`): each entry keeps its validated front matter, its file and the digest of the
 * file's text, not the body. The pages read a report's body from its file when they first need it
 * (src/pages/_reports.ts): Astro serialises the whole store at every sync and writes it into the build's server
 * bundle, and the reports' text is most of the content (about 50 kB a report), so with every body in the store a
 * build of hundreds of reports would serialise, bundle and hold tens of megabytes of it.
 */
export const markdownFolder = (base: string): Loader => folderLoader("markdown-folder", base, ".md", (text) => ({ data: splitFrontMatter(text).data }));

/**
 * The reports' figure files (`<id>.json`): each entry keeps the report and the number of records, not the
 * records. Astro writes a collection's data into the build's server bundle; the figures are the bulk of the
 * content (about 200 records a report), so with every record in the store a build of hundreds of reports would
 * bundle, parse and hold tens of megabytes of script. The pages read the records from the files instead
 * (src/pages/_figures.ts). Each file is validated in full here, so a bad file fails the sync, naming it; so does
 * a file whose `report` is not the report of its name (the pages find a report's records by the file's name, the
 * cache keys by its `report`: src/lib/build/content-key.ts).
 */
export const figureFolder = (base: string): Loader =>
  folderLoader("figure-folder", base, ".json", (text, file) => {
    const { report, figures } = parseFigureFile(text, file);
    const named = basename(file, ".json");
    if (report !== named) throw new Error(`${file}: the figure file of “${named}” names the report “${report}”`);
    return { data: { report, count: figures.length } };
  });

/** Entries read from JSON files (`<id>.json`), each file one entry's data (the glossary of each report). */
export const jsonFolder = (base: string): Loader =>
  folderLoader("json-folder", base, ".json", (text, file) => ({ data: parseJson(text, file) as Record<string, unknown> }));

/**
 * Entries read from one JSON file holding a list (the places, the sources): each item is an entry, its id given
 * by `idOf`; an item whose digest is unchanged since the last sync is not parsed again.
 */
export function jsonListFile(path: string, idOf: (item: Record<string, unknown>) => unknown = (item) => item["id"]): Loader {
  return {
    name: "json-list-file",
    load: async (context) => {
      const url = new URL(path, context.config.root);
      const file = projectPath(context.config, url);
      await syncAndWatch(context, fileURLToPath(url), () => true, async () => {
        const { store, parseData, generateDigest } = context;
        const list = parseJson(await readFile(url, "utf8"), file);
        if (!Array.isArray(list)) throw new Error(`${file}: not a list`);
        const ids = new Set<string>();
        for (const [i, item] of list.entries()) {
          const id = typeof item === "object" && item !== null ? idOf(item as Record<string, unknown>) : undefined;
          if (typeof id !== "string" || !id) throw new Error(`${file}: item ${i + 1} has no id`);
          ids.add(id);
          const digest = generateDigest(item as Record<string, unknown>);
          if (store.get(id)?.digest === digest) continue;
          store.set({ id, data: await parseData({ id, data: { ...(item as Record<string, unknown>), id }, filePath: fileURLToPath(url) }), filePath: file, digest });
        }
        for (const id of store.keys()) if (!ids.has(id)) store.delete(id);
      });
    },
  };
}
