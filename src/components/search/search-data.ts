/**
 * Build-time adapter: the search shards and manifest from the content collections (the I/O edge of
 * src/lib/search). Used by the endpoints under src/pages/search/.
 */
import { getCollection } from "astro:content";
import synonymsJson from "../../../content/synonyms.json";
import { sharedDocument } from "../../lib/report/document.ts";
import { reportsInPlaceOrder } from "../report/reports-in-order.ts";
import { withBodies } from "../../pages/_reports.ts";
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
  const reports = await withBodies(await reportsInPlaceOrder());
  const glossary = (await getCollection("glossary")).flatMap((g) => g.data.entries);
  return reports.map((r) => reportShard(sharedDocument(r), glossary));
}

/** The manifest of every shard, with the validated synonym table. */
export async function searchManifest(): Promise<Manifest> {
  return buildManifest(await searchShards(), parseSynonymTable(synonymsJson));
}
