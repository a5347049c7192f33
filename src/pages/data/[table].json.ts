import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { allFigures } from "../../lib/figures/all.ts";
import { figuresToJson } from "../../lib/figures/export.ts";
import { indicatorCiter } from "../indicators/_data.ts";
import { trackerData } from "../tracker/_data.ts";
import { keyed } from "../_cache-key.ts";

/** The JSON downloads, one per data table. */
const tables: Record<string, (site: URL | undefined) => Promise<string>> = {
  /** `/data/indicators.json`: every figure record of every report (GUIDE §2), each with its citation fields. */
  indicators: async (site) => figuresToJson(allFigures(await getCollection("indicators")), await indicatorCiter(site)),
  /** `/data/tracker.json`: one record per tracked target (GUIDE §2b). */
  tracker: async () => `${JSON.stringify((await trackerData()).records, null, 2)}\n`,
};

export const getStaticPaths = (() => keyed(Object.keys(tables).map((table) => ({ params: { table } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await tables[params.table!]!(site), { headers: { "Content-Type": "application/json; charset=utf-8" } });
