import type { APIRoute, GetStaticPaths } from "astro";
import { searchManifest } from "../../components/search/search-data.ts";
import { keyed } from "../_cache-key.ts";

/** `/search/manifest.json`: the list of search shards and the synonym table (a parameter only for the build cache's key). */
export const getStaticPaths = (() => keyed([{ params: { file: "manifest" } }])) satisfies GetStaticPaths;

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchManifest()), { headers: { "Content-Type": "application/json" } });
