import type { APIRoute, GetStaticPaths } from "astro";
import { figuresToCsv } from "../../lib/figures/export.ts";
import { metricIds } from "../../lib/indicators/metric-page.ts";
import { indicatorCiter, indicatorData } from "./_data.ts";
import { keyed } from "../_cache-key.ts";

/** One CSV file per indicator with records: `/indicators/<metric>.csv`. */
export const getStaticPaths = (async () => {
  const { figures, metrics } = await indicatorData();
  return keyed(metricIds(figures, metrics).map((id) => ({ params: { metric: id } })));
}) satisfies GetStaticPaths;

/** The indicator's rows of `/data/indicators.csv` (same header, UTF-8 with a byte-order mark). */
export const GET: APIRoute = async ({ params, site }) => {
  const { figures } = await indicatorData();
  const cite = await indicatorCiter(site);
  const csv = figuresToCsv(figures.filter((f) => f.metric === params.metric), cite);
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
