import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { readFile } from "node:fs/promises";
import { siteOf, withCitation } from "../../../lib/cite/data.ts";
import type { ReportMeta } from "../../../lib/schema/report.ts";
import { keyedBy, reportsAlone } from "../../_cache-key.ts";

/**
 * `/data/reports/<id>.md`: the generated structured Markdown of each report, as a download, its front matter
 * ending with the report's `citation:` (issuer, title, date, permalink, GB/T 7714 and English references).
 */
export const getStaticPaths = (async () => {
  const reports = await getCollection("reports");
  return keyedBy(
    reports.map((r) => ({ params: { id: r.id }, props: { path: r.filePath!, meta: r.data } })),
    ({ params }) => reportsAlone(params.id),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { path, meta } = props as { path: string; meta: ReportMeta };
  const text = withCitation(await readFile(path, "utf8"), meta, siteOf(site));
  return new Response(text, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
};
