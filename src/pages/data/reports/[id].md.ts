import type { APIRoute, GetStaticPaths } from "astro";
import { getCollection } from "astro:content";
import { readFile } from "node:fs/promises";

/** `/data/reports/<id>.md`: the generated structured Markdown of each report, as a download. */
export const getStaticPaths = (async () => {
  const reports = await getCollection("reports");
  return reports.map((r) => ({ params: { id: r.id }, props: { path: r.filePath! } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const text = await readFile((props as { path: string }).path, "utf8");
  return new Response(text, { headers: { "Content-Type": "text/markdown; charset=utf-8" } });
};
