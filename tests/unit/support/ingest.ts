import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ingestReport, type IngestResult } from "../../../src/lib/ingest.ts";
import { placesFileSchema } from "../../../src/lib/schema/place.ts";
import { sourcesFileSchema } from "../../../src/lib/schema/source.ts";

/** The project root. */
export const root = join(import.meta.dirname, "../../..");

/** The hand-kept places. */
export const places = placesFileSchema.parse(JSON.parse(readFileSync(join(root, "content/places.json"), "utf8")));

/** The provenance of the raw reports. */
export const sources = sourcesFileSchema.parse(JSON.parse(readFileSync(join(root, "content/sources.json"), "utf8")));

/** Ingest a file of the project (a raw report or a fixture), without figures. */
export function ingestFile(path: string): IngestResult {
  return ingestReport(path.split("/").pop()!, readFileSync(join(root, path)), { places, sources });
}

const once = new Map<string, IngestResult>();

/**
 * A file of the project ingested as by `ingestFile`, once per test worker: the test files of a worker share one
 * module graph, so the files that read the same reports (the lossless tests, the figure tests) parse each once.
 * The result is shared: a test must not change it.
 */
export function ingestOnce(path: string): IngestResult {
  let r = once.get(path);
  if (!r) once.set(path, (r = ingestFile(path)));
  return r;
}

/** Ingest a report given as bytes, under a file name such as `test-2020.txt`. */
export function ingestBytes(name: string, bytes: Uint8Array): IngestResult {
  return ingestReport(name, bytes, { places, sources });
}

/** Ingest a report given as text, under a file name such as `test-2020.txt`. */
export function ingestText(name: string, text: string): IngestResult {
  return ingestReport(name, new TextEncoder().encode(text), { places, sources });
}

/** The raw reports of content/raw, in file-name order. */
export const RAW = readdirSync(join(root, "content/raw"))
  .filter((f) => /\.(txt|md)$/.test(f))
  .sort()
  .map((f) => `content/raw/${f}`);

/** The real reports of other places and years in tests/fixtures/corpus-dev, in file-name order. */
export const CORPUS_DEV = readdirSync(join(root, "tests/fixtures/corpus-dev"))
  .filter((f) => /^[a-z]+-\d{4}\.md$/.test(f))
  .sort()
  .map((f) => `tests/fixtures/corpus-dev/${f}`);

/** Copies of real reports of other places and years in the shapes copies come in (tests/fixtures/unseen, its README). */
export const UNSEEN = readdirSync(join(root, "tests/fixtures/unseen"))
  .filter((f) => /^[a-z]+-\d{4}\.(?:txt|md)$/.test(f))
  .sort()
  .map((f) => `tests/fixtures/unseen/${f}`);

/**
 * The reports of content/raw, then those of the development corpus that content/raw does not hold under the same
 * file name (a report copied from the development corpus into content/raw is read once, as a report of the site).
 */
export const RAW_AND_DEV = [...RAW, ...CORPUS_DEV.filter((p) => !RAW.some((r) => r.split("/").pop() === p.split("/").pop()))];
