import type { APIRoute } from "astro";
import { searchManifest } from "../../components/search/search-data.ts";

/** `/search/manifest.json`: the list of search shards and the synonym table. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(await searchManifest()), { headers: { "Content-Type": "application/json" } });
