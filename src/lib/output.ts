import type { IngestResult } from "./ingest.ts";

/** JSON as the generated files store it: two-space indent, final newline. */
export const toJson = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** The generated files of one report, as paths relative to the content folder and their text. */
export function generatedFiles(result: IngestResult): [string, string][] {
  return [
    [`reports/${result.id}.md`, result.markdown],
    [`glossary/${result.id}.json`, toJson({ report: result.id, entries: result.glossary })],
    [`indicators/${result.id}.json`, toJson({ report: result.id, figures: result.figures })],
  ];
}
