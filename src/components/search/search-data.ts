/**
 * Build-time adapter: the search shards and manifest from the content collections (the I/O edge of
 * src/lib/search). Used by the endpoints under src/pages/search/.
 */
import { getCollection } from "astro:content";
import synonymsJson from "../../../content/synonyms.json";
import { documentFromEntry } from "../../lib/report/document.ts";
import { buildManifest, reportShard } from "../../lib/search/build.ts";
import type { Manifest, Shard } from "../../lib/search/format.ts";
import { parseSynonymTable } from "../../lib/search/synonyms-schema.ts";

/** The shard of every report, in the order the site lists reports (by city). */
export async function searchShards(): Promise<Shard[]> {
  const reports = (await getCollection("reports")).sort(
    (a, b) => a.data.place.localeCompare(b.data.place) || a.id.localeCompare(b.id),
  );
  const glossary = (await getCollection("glossary")).flatMap((g) => g.data.entries);
  return reports.map((r) => reportShard(documentFromEntry(r), glossary));
}

/** The manifest of every shard, with the validated synonym table. */
export async function searchManifest(): Promise<Manifest> {
  return buildManifest(await searchShards(), parseSynonymTable(synonymsJson));
}
