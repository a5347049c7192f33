import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { recordsToCsv } from "../../lib/data/csv.ts";
import { allFigures } from "../../lib/figures/all.ts";
import { figuresToCsv } from "../../lib/figures/export.ts";
import { trackerFields } from "../../lib/schema/tracker.ts";
import { indicatorCiter } from "../indicators/_data.ts";
import { trackerData } from "../tracker/_data.ts";
import { keyed } from "../_cache-key.ts";

/** The CSV downloads, one per data table: the same records as the JSON, UTF-8 with a BOM and a header row. */
const tables: Record<string, (site: URL | undefined) => Promise<string>> = {
  /** `/data/indicators.csv`: one row per figure record. */
  indicators: async (site) => figuresToCsv(allFigures(await getCollection("indicators")), await indicatorCiter(site)),
  /** `/data/tracker.csv`: one row per tracked target. */
  tracker: async () => recordsToCsv(trackerFields, (await trackerData()).records),
};

export const getStaticPaths = (() => keyed(Object.keys(tables).map((table) => ({ params: { table } })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(await tables[params.table!]!(site), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
