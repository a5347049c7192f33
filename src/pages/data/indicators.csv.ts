import type { APIRoute } from "astro";
import { getCollection } from "astro:content";
import { figureCiter, siteOf } from "../../lib/cite/data.ts";
import { allFigures } from "../../lib/figures/all.ts";
import { figuresToCsv } from "../../lib/figures/export.ts";

/** `/data/indicators.csv`: the same records as the JSON, one row each, UTF-8 with a BOM and a header row. */
export const GET: APIRoute = async ({ site }) => {
  const cite = figureCiter((await getCollection("reports")).map((r) => r.data), siteOf(site));
  return new Response(figuresToCsv(allFigures(await getCollection("indicators")), cite), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
};
