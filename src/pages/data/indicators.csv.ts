import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { allFigures } from "../../lib/figures/all.ts";
import { figuresToCsv } from "../../lib/figures/export.ts";

/** `/data/indicators.csv`: the same records as the JSON, one row each, UTF-8 with a BOM and a header row. */
export const GET: APIRoute = async () =>
  new Response(figuresToCsv(allFigures(await getCollection("indicators"))), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
