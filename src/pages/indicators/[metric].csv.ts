import type { APIRoute, GetStaticPaths } from "astro";
import { figuresToCsv } from "../../lib/figures/export.ts";
import { indicatorData } from "./_data.ts";

/** One CSV file per indicator with records: `/indicators/<metric>.csv`. */
export const getStaticPaths = (async () => {
  const { groups } = await indicatorData();
  return groups.map((group) => ({ params: { metric: group.id } }));
}) satisfies GetStaticPaths;

/** The indicator's rows of `/data/indicators.csv` (same header, UTF-8 with a byte-order mark). */
export const GET: APIRoute = async ({ params }) => {
  const { figures } = await indicatorData();
  const csv = figuresToCsv(figures.filter((f) => f.metric === params.metric));
  return new Response(csv, { headers: { "Content-Type": "text/csv; charset=utf-8" } });
};
