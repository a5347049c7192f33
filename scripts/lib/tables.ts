import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { ZodType } from "astro/zod";
import { IngestError } from "../../src/lib/errors.ts";
import { placesFileSchema, type Place } from "../../src/lib/schema/place.ts";
import { sourcesFileSchema, type Source } from "../../src/lib/schema/source.ts";

/** Read and validate one hand-kept JSON table; a problem becomes one line naming the file and the entry. */
export async function loadTable<T>(root: string, file: string, schema: ZodType<T>, what: string): Promise<T> {
  const text = await readFile(join(root, file), "utf8").catch(() => {
    throw new IngestError(file, `cannot read ${what}`);
  });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new IngestError(file, `not valid JSON: ${err instanceof Error ? err.message : String(err)}`);
  }
  const parsed = schema.safeParse(data);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  const [index, ...field] = issue.path;
  const entry = Array.isArray(data) && typeof index === "number" ? (data[index] as Record<string, unknown> | undefined) : undefined;
  const name = entry?.id ?? entry?.file;
  const where = typeof index === "number" ? `entry ${index + 1}${typeof name === "string" ? ` (“${name}”)` : ""}` : "the file";
  throw new IngestError(file, `${where}${field.length ? `, field ${field.join(".")}` : ""}: ${issue.message}`);
}

/** The places and the provenance of the raw files. */
export async function loadTables(root: string): Promise<{ places: Place[]; sources: Source[] }> {
  return {
    places: await loadTable(root, "content/places.json", placesFileSchema, "the places (a JSON array of {id, name_zh, name_en, level, parent})"),
    sources: await loadTable(root, "content/sources.json", sourcesFileSchema, "the sources (a JSON array of {file, origin, path, commit, sha256})"),
  };
}
