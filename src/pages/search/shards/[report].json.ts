import type { APIRoute, GetStaticPaths } from "astro";
import { searchShards } from "../../../components/search/search-data.ts";
import { serializeShard } from "../../../lib/search/build.ts";
import type { Shard } from "../../../lib/search/format.ts";

export const getStaticPaths = (async () =>
  (await searchShards()).map((shard) => ({
    params: { report: shard.report.id },
    props: { shard },
  }))) satisfies GetStaticPaths;

/** `/search/shards/<report>.json`: one report's search documents and fuse.js index. */
export const GET: APIRoute<{ shard: Shard }> = ({ props }) =>
  new Response(serializeShard(props.shard), { headers: { "Content-Type": "application/json" } });
