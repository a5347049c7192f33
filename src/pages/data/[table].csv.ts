import type { APIRoute, GetStaticPaths } from "astro";
import { figureFiles } from "../_figures.ts";
import { csvLines } from "../../lib/data/csv.ts";
import { textStream } from "../../lib/data/stream.ts";
import { allFigures } from "../../lib/figures/all.ts";
import { figureCsvLines } from "../../lib/figures/export.ts";
import { publishedTrackerFields } from "../../lib/schema/tracker.ts";
import { publishedTrackerRecords } from "../../lib/tracker/export.ts";
import { indicatorCiter } from "../indicators/_data.ts";
import { trackerData } from "../tracker/_data.ts";
import { keyed } from "../_cache-key.ts";

/**
 * The CSV downloads, one per data table: the same records as the JSON, UTF-8 with a BOM and a header row,
 * written row by row (a table is never one string).
 */
const tables: Record<string, (site: URL | undefined) => Promise<Iterable<string>>> = {
  /** `/data/indicators.csv`: one row per figure record. */
  indicators: async (site) => figureCsvLines(allFigures(await figureFiles()), await indicatorCiter(site)),
  /** `/data/tracker.csv`: one row per tracked target, with both sentences and their permalinks. */
  tracker: async (site) => {
    const { records, figures } = await trackerData();
    return csvLines(publishedTrackerFields, publishedTrackerRecords(records, figures, await indicatorCiter(site)));
  },
};

export const getStaticPaths = (() => keyed(Object.keys(tables).map((table) => ({ params: { table } })), "figures")) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params, site }) =>
  new Response(textStream(await tables[params.table!]!(site)), { headers: { "Content-Type": "text/csv; charset=utf-8" } });
