import type { APIRoute, GetStaticPaths } from "astro";
import { figuresToCsv } from "../../lib/figures/export.ts";
import { metricIds } from "../../lib/indicators/metric-page.ts";
import { indicatorCiter, indicatorData } from "./_data.ts";
import { keyedBy } from "../_cache-key.ts";

/** One CSV file per indicator with records: `/indicators/<metric>.csv`. */
export const getStaticPaths = (async () => {
  const { figures, byMetric, metrics } = await indicatorData();
  // Made from the indicator's records and the metadata of the reports its citations name.
  return keyedBy(
    metricIds(figures, metrics).map((id) => ({ params: { metric: id } })),
    ({ params }) => {
      const records = byMetric.get(params.metric) ?? [];
      return { metadata: records.map((f) => f.report), data: records };
    },
  );
}) satisfies GetStaticPaths;

/** The indicator's rows of `/data/indicators.csv` (same header, UTF-8 with a byte-order mark). */
export const GET: APIRoute = async ({ params, site }) => {
  const { byMetric } = await indicatorData();
  const cite = await indicatorCiter(site);
  const csv = figuresToCsv(byMetric.get(params.metric!) ?? [], cite);
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
