import { createHash } from "node:crypto";
import { IngestError, type IngestWarning } from "./errors.ts";
import { decodeReport } from "./text/decode.ts";
import { decodeEntities, MARKUP_PATTERN, splitLines, trimLine } from "./text/hygiene.ts";
import { parseHeader } from "./parse/header.ts";
import { parseStructure } from "./parse/structure.ts";
import { reportToMdast } from "./markdown/to-mdast.ts";
import { stringifyMarkdown } from "./markdown/processor.ts";
import { readDocument, type ReportDocument } from "./report/document.ts";
import { glossaryOf } from "./report/glossary.ts";
import { reportMetaSchema } from "./schema/report.ts";
import type { GlossaryEntry } from "./schema/glossary.ts";
import type { StoredFigure } from "./schema/figure.ts";

/** Hand-kept facts about cities that the reports do not state (`content/cities.json`). */
export type CityTable = Record<string, { name_zh: string; province: string }>;

/** Options of {@link ingestReport}. */
export interface IngestOptions {
  cities: CityTable;
  /** Extracts the figure records of a parsed report. */
  extractFigures?: (doc: ReportDocument) => StoredFigure[];
}

/** Everything the ingest makes of one raw report. */
export interface IngestResult {
  id: string;
  markdown: string;
  document: ReportDocument;
  glossary: GlossaryEntry[];
  figures: StoredFigure[];
  warnings: IngestWarning[];
}

/** Report file names: `<city>-<year>.txt`, city in lower-case pinyin. */
export const RAW_NAME = /^([a-z]+)-(\d{4})\.txt$/;

/** Parse one raw report (its file name and bytes) into structured Markdown, glossary and figures. */
export function ingestReport(file: string, bytes: Uint8Array, options: IngestOptions): IngestResult {
  const name = file.split(/[\\/]/).pop()!;
  const m = RAW_NAME.exec(name);
  if (!m) throw new IngestError(file, "the file name must be <city>-<year>.txt in lower-case pinyin, e.g. zhongwei-2020.txt");
  const [, city, fileYear] = m as unknown as [string, string, string];
  const warnings: IngestWarning[] = [];
  const warn = (w: IngestWarning) => warnings.push(w);

  const { text } = decodeReport(bytes, file);
  const lines = splitLines(text)
    .map((raw, i) => ({ text: trimLine(decodeEntities(raw)), line: i + 1, raw }))
    .filter((l) => l.text !== "");
  if (lines.length === 0) throw new IngestError(file, "the file holds only white space", 1);
  for (const l of lines) {
    if (MARKUP_PATTERN.test(l.text)) warn({ file, line: l.line, message: "the line contains markup (<…>); it is kept as plain text" });
    const ctrl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.exec(l.text);
    if (ctrl) warn({ file, line: l.line, message: `control or replacement character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, "0")} in the text` });
  }

  const header = parseHeader(lines, file, warn);
  if (header.year && String(header.year) !== fileYear) {
    warn({ file, line: lines[0]!.line, message: `the file name says ${fileYear} but the report says ${header.year}` });
  }
  const body = lines.slice(header.bodyStart);
  if (body.length === 0) throw new IngestError(file, "the report has a header but no body text", lines.at(-1)!.line);
  const blocks = parseStructure(body, file, warn);

  const known = options.cities[city];
  if (!known) warn({ file, line: 1, message: `city “${city}” is not in content/cities.json: its province is unknown (add it there)` });
  const meta = reportMetaSchema.parse({
    id: `${city}-${fileYear}`,
    city,
    city_zh: header.city_zh || known?.name_zh || city,
    province: known?.province ?? "",
    year: header.year || Number(fileYear),
    title: header.title,
    date: header.date,
    congress: header.congress,
    speaker: header.speaker,
    speaker_title: header.speaker_title,
    header: header.lines,
    source: name,
    source_sha256: createHash("sha256").update(bytes).digest("hex"),
  });

  const tree = reportToMdast(meta, blocks);
  const markdown = stringifyMarkdown(tree);
  // The tree as built reads the same as its Markdown parsed back (a test holds them equal), so the ids
  // given here are the reader's.
  const document = readDocument(tree, meta);
  return {
    id: meta.id,
    markdown,
    document,
    glossary: glossaryOf(document),
    figures: options.extractFigures?.(document) ?? [],
    warnings,
  };
}
