import { readFileSync } from "node:fs";
import { join } from "node:path";
import { topicListSchema, type TopicList } from "../../../src/lib/schema/topic.ts";
import { ingestFile, ingestText, RAW, root } from "../support/ingest.ts";

/** The project's topic list, validated. */
export const topics: TopicList = topicListSchema.parse(
  JSON.parse(readFileSync(join(root, "content/topics.json"), "utf8")),
);

/** The real reports, ingested (documents, glossaries, figures), in id order. */
export const reports = RAW.map(ingestFile);

/** The report of a place: the one with id `id`, else its first (its earliest year). */
export const reportOf = (place: string, id?: string) =>
  reports.find((r) => (id ? r.id === id : r.id.startsWith(`${place}-`)))!;

/** Every glossary entry of the real reports. */
export const glossary = reports.flatMap((r) => r.glossary);

/** A document ingested from a small report written in the test. */
export function docOf(body: string[], year = 2020) {
  const header = [
    `${year}年样例市政府工作报告`,
    `${year}年1月6日在样例市第一届人民代表大会第一次会议上`,
    "市长 某某",
    "各位代表：",
  ];
  return ingestText(`yangli-${year}.txt`, [...header, ...body].join("\n")).document;
}
