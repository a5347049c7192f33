import type { APIRoute, GetStaticPaths } from "astro";
import { compareData } from "../_data.ts";
import { keyedBy, reportsAlone } from "../../_cache-key.ts";

/** `/compare/topics/<id>.json`: one report's paragraphs by topic, what `/compare/view/` composes pairs from. */
export const getStaticPaths = (async () => {
  const data = await compareData();
  return keyedBy(
    data.metas.map(({ id }) => ({ params: { id } })),
    ({ params }) => reportsAlone(params.id),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(JSON.stringify(await (await compareData()).topicsOf(params.id!)), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
