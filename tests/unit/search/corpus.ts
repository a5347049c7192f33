/** The real corpus for the search tests: every report of content/reports, as the site indexes it. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseMarkdown } from "../../../src/lib/markdown/processor.ts";
import { readDocument } from "../../../src/lib/report/document.ts";
import type { GlossaryEntry } from "../../../src/lib/schema/glossary.ts";
import { reportShard, serializeShard } from "../../../src/lib/search/build.ts";
import { SearchCorpus } from "../../../src/lib/search/corpus.ts";
import type { Shard } from "../../../src/lib/search/format.ts";
import { parseQuery, type ParsedQuery } from "../../../src/lib/search/query.ts";
import { search, type SearchFilters, type SearchResult } from "../../../src/lib/search/search.ts";
import { compileSynonyms } from "../../../src/lib/search/synonyms.ts";
import { parseSynonymTable } from "../../../src/lib/search/synonyms-schema.ts";

/** The project root. */
export const root = join(import.meta.dirname, "../../..");

const ids = readdirSync(join(root, "content/reports"))
  .filter((f) => f.endsWith(".md"))
  .map((f) => f.replace(/\.md$/, ""))
  .sort();

/** Glossary entries of every report. */
export const glossary: GlossaryEntry[] = ids.flatMap((id) => {
  const file = join(root, "content/glossary", `${id}.json`);
  try {
    return (JSON.parse(readFileSync(file, "utf8")) as { entries: GlossaryEntry[] }).entries;
  } catch {
    return [];
  }
});

/** The documents of every report. */
export const documents = ids.map((id) =>
  readDocument(parseMarkdown(readFileSync(join(root, "content/reports", `${id}.md`), "utf8"))),
);

/** One shard per report, as the site builds them. */
export const shards: Shard[] = documents.map((d) => reportShard(d, glossary));

/** The synonym table, validated. */
export const synonymTable = parseSynonymTable(JSON.parse(readFileSync(join(root, "content/synonyms.json"), "utf8")));

/** The compiled synonym rules. */
export const rules = compileSynonyms(synonymTable);

/** A corpus loaded the way the browser loads it: from the serialized shards. */
export function loadCorpus(list: readonly Shard[] = shards): SearchCorpus {
  const corpus = new SearchCorpus();
  list.forEach((s, i) => corpus.add(JSON.parse(serializeShard(s)) as Shard, i));
  return corpus;
}

/** The corpus of the real reports. */
export const corpus = loadCorpus();

/** Parse with the real synonym table. */
export function parse(q: string): ParsedQuery {
  return parseQuery(q, rules);
}

/** Search the real corpus. */
export function find(q: string, filters?: SearchFilters): SearchResult {
  return search(corpus, parse(q), filters);
}

/** URLs of a result's hits, in order. */
export function urls(result: SearchResult): string[] {
  return result.hits.map((h) => h.item.url);
}
