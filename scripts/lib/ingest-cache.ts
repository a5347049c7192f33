/**
 * The ingest's content-hash cache. A report is parsed again only when something its output depends on has
 * changed: its raw bytes, the ingest's code (every project module the ingest can load, found by following
 * relative imports from scripts/ingest.ts, plus package-lock.json and the Node version) or the hand-kept
 * tables (every `content/*.json`). Otherwise its generated files are kept, provided they are still there
 * with the bytes recorded when they were written.
 *
 * The record is `<out>/.ingest-cache.json` (not committed): the build key, then per raw file its sha256,
 * the sha256 of each file made from it and its warnings (printed again when the report is skipped).
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";

export const CACHE_FILE = ".ingest-cache.json";
const FORMAT = 1;

/** What the cache holds of one raw report. */
export interface CachedReport {
  /** sha256 of the raw bytes. */
  raw: string;
  /** Each generated file (path relative to the output folder) and the sha256 of its bytes. */
  files: Record<string, string>;
  /** The warnings of its parse, formatted. */
  warnings: string[];
}

/** The cache: the key everything was made under, and the reports by their path as shown (`content/raw/x.md`). */
export interface IngestCache {
  format: number;
  key: string;
  reports: Record<string, CachedReport>;
}

export const sha256 = (data: string | Uint8Array) => createHash("sha256").update(data).digest("hex");

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.{1,2}\/[^"']+)["']/g;

/** The project files a module can load: itself and, transitively, every relative import (static or dynamic). */
export function moduleGraph(entry: string): string[] {
  const seen = new Set<string>();
  const queue = [resolve(entry)];
  while (queue.length) {
    const file = queue.pop()!;
    if (seen.has(file) || !existsSync(file)) continue;
    seen.add(file);
    if (!/\.(ts|mts|js|mjs)$/.test(file)) continue;
    for (const m of readFileSync(file, "utf8").matchAll(IMPORT)) queue.push(resolve(dirname(file), m[1]!));
  }
  return [...seen].sort();
}

/**
 * The key all cached output was made under: the code (the module graph of scripts/ingest.ts, package-lock.json,
 * the Node version) and the tables (`content/*.json`).
 */
export function cacheKey(root: string): string {
  const h = createHash("sha256").update(`ingest-cache ${FORMAT}\nnode ${process.version}\n`);
  const files = [
    ...moduleGraph(join(root, "scripts/ingest.ts")),
    join(root, "package-lock.json"),
    ...readdirSync(join(root, "content"))
      .filter((f) => /^[^.].*\.json$/.test(f))
      .sort()
      .map((f) => join(root, "content", f)),
  ];
  for (const f of files) {
    h.update(`${relative(root, f).split("\\").join("/")}\n`);
    h.update(existsSync(f) ? readFileSync(f) : "(missing)");
    h.update("\n");
  }
  return h.digest("hex");
}

/** The cache of an output folder, or an empty one made under `key` when there is none, it is unreadable or its key differs. */
export async function readCache(out: string, key: string): Promise<IngestCache> {
  try {
    const cache = JSON.parse(await readFile(join(out, CACHE_FILE), "utf8")) as IngestCache;
    if (cache.format === FORMAT && cache.key === key && cache.reports && typeof cache.reports === "object") return cache;
  } catch {
    // no cache, or not one this version can read
  }
  return { format: FORMAT, key, reports: {} };
}

/** Whether a report's cached output still holds: same raw bytes, and every generated file there with its recorded bytes. */
export async function cacheHolds(out: string, entry: CachedReport | undefined, rawSha: string): Promise<boolean> {
  if (!entry || entry.raw !== rawSha || Object.keys(entry.files).length === 0) return false;
  // Read at once, not through the thread pool: a few small files per report, and a cached run reads nothing else.
  for (const [path, sha] of Object.entries(entry.files)) {
    const file = join(out, path);
    if (!existsSync(file) || sha256(readFileSync(file)) !== sha) return false;
  }
  return true;
}

/** Write the cache (reports in name order, so the file itself is deterministic), through a temporary file. */
export async function writeCache(out: string, cache: IngestCache): Promise<void> {
  const reports = Object.fromEntries(Object.entries(cache.reports).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const tmp = join(out, `${CACHE_FILE}.tmp`);
  await writeFile(tmp, `${JSON.stringify({ format: cache.format, key: cache.key, reports }, null, 2)}\n`);
  await rename(tmp, join(out, CACHE_FILE));
}
