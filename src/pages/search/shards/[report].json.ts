import type { APIRoute, GetStaticPaths } from "astro";
import { searchShards } from "../../../components/search/search-data.ts";
import { serializeShard } from "../../../lib/search/build.ts";
import { getCollection } from "astro:content";
import { keyedBy, reportsWithOwnGlossary } from "../../_cache-key.ts";

export const getStaticPaths = (async () =>
  keyedBy(
    (await getCollection("reports")).map((r) => ({ params: { report: r.id } })),
    // A shard indexes its report's text and the entries of its own appendix, no other report's.
    ({ params }) => reportsWithOwnGlossary(params.report),
  )) satisfies GetStaticPaths;

/** `/search/shards/<report>.json`: one report's search documents and fuse.js index. */
export const GET: APIRoute = async ({ params }) => {
  const shard = (await searchShards()).find((s) => s.report.id === params.report);
  if (!shard) throw new Error(`no search shard for “${params.report}”`);
  return new Response(serializeShard(shard), { headers: { "Content-Type": "application/json" } });
};
