import type { APIRoute, GetStaticPaths } from "astro";
import { figureFiles } from "../_figures.ts";
import { jsonArrayLines } from "../../lib/data/json.ts";
import { textStream } from "../../lib/data/stream.ts";
import { allFigures } from "../../lib/figures/all.ts";
import { figureJsonLines } from "../../lib/figures/export.ts";
import { indicatorCiter } from "../indicators/_data.ts";
import { trackerData } from "../tracker/_data.ts";
import { publishedTrackerRecords } from "../../lib/tracker/export.ts";
import { keyed } from "../_cache-key.ts";

/** The JSON downloads, one per data table, each written record by record (a table is never one string). */
const tables: Record<string, (site: URL | undefined) => Promise<Iterable<string>>> = {
  /** `/data/indicators.json`: every figure record of every report (GUIDE §2), each with its citation fields. */
  indicators: async (site) => figureJsonLines(allFigures(await figureFiles()), await indicatorCiter(site)),
  /** `/data/tracker.json`: one record per tracked target (GUIDE §2b), with both sentences and their permalinks. */
  tracker: async (site) => {
    const { records, figures } = await trackerData();
    return jsonArrayLines(publishedTrackerRecords(records, figures, await indicatorCiter(site)));
  },
};

export const getStaticPaths = (() => keyed(Object.keys(tables).map((table) => ({ params: { table } })), "figures")) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(textStream(await tables[params.table!]!(site)), { headers: { "Content-Type": "application/json; charset=utf-8" } });
