import type { APIRoute, GetStaticPaths } from "astro";
import type { ReportTopics } from "../../../lib/topics/report-topics.ts";
import { compareData } from "../_data.ts";

/** `/compare/topics/<id>.json`: one report's paragraphs by topic, what `/compare/view/` composes pairs from. */
export const getStaticPaths = (async () => {
  const data = await compareData();
  return [...data.byTopic].map(([id, topics]) => ({ params: { id }, props: { topics } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify((props as { topics: ReportTopics }).topics), {
    headers: { "Content-Type": "application/json; charset=utf-8" },
  });
