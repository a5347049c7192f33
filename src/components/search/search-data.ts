/**
 * Build-time adapter: the search shards and manifest from the content collections (the I/O edge of
 * src/lib/search). Used by the endpoints under src/pages/search/.
 */
import { getCollection } from "astro:content";
import synonymsJson from "../../../content/synonyms.json";
import placesFile from "../../../content/places.json";
import { placeInfos } from "../../lib/indicators/places.ts";
import { documentFromEntry } from "../../lib/report/document.ts";
import { placesFileSchema } from "../../lib/schema/place.ts";
import { buildManifest, reportShard } from "../../lib/search/build.ts";
import type { Manifest, Shard } from "../../lib/search/format.ts";
import { parseSynonymTable } from "../../lib/search/synonyms-schema.ts";

let shards: Promise<Shard[]> | undefined;

/** The shard of every report: places in their order (regions first, then `content/places.json`), then by year. Made once per build. */
export function searchShards(): Promise<Shard[]> {
  shards ??= makeShards();
  return shards;
}

async function makeShards(): Promise<Shard[]> {
  const all = await getCollection("reports");
  const order = placeInfos(placesFileSchema.parse(placesFile), all.map((r) => r.data.place)).map((p) => p.id);
  const reports = all.sort(
    (a, b) => order.indexOf(a.data.place) - order.indexOf(b.data.place) || a.data.year - b.data.year,
  );
  const glossary = (await getCollection("glossary")).flatMap((g) => g.data.entries);
  return reports.map((r) => reportShard(documentFromEntry(r), glossary));
}

/** The manifest of every shard, with the validated synonym table. */
export async function searchManifest(): Promise<Manifest> {
  return buildManifest(await searchShards(), parseSynonymTable(synonymsJson));
}
