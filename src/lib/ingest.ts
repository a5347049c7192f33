import { createHash } from "node:crypto";
import { IngestError, type IngestWarning } from "./errors.ts";
import { decodeReport } from "./text/decode.ts";
import { MARKUP_PATTERN } from "./text/hygiene.ts";
import { readMarkdownSource } from "./source/markdown.ts";
import { readTextSource } from "./source/text.ts";
import { PAGE_NUMBER } from "./source/wrap.ts";
import { sentencePerLine } from "./source/sentence-lines.ts";
import type { SourceMeta } from "./source/lines.ts";
import { isContentsLine, isContinuationMark, separateResidue } from "./parse/residue.ts";
import { leadTrailingHeader } from "./parse/trailer.ts";
import { repeatedTail } from "./parse/repeated-tail.ts";
import { joinBrokenParagraphs } from "./parse/broken-paragraph.ts";
import type { Place } from "./schema/place.ts";
import type { Source } from "./schema/source.ts";
import { parseHeader } from "./parse/header.ts";
import { parseStructure } from "./parse/structure.ts";
import { reportToMdast } from "./markdown/to-mdast.ts";
import { stringifyMarkdown } from "./markdown/processor.ts";
import { readDocument, type ReportDocument } from "./report/document.ts";
import { glossaryOf } from "./report/glossary.ts";
import { reportMetaSchema } from "./schema/report.ts";
import type { GlossaryEntry } from "./schema/glossary.ts";
import type { StoredFigure } from "./schema/figure.ts";

/** Options of {@link ingestReport}. */
export interface IngestOptions {
  /** The hand-kept places (`content/places.json`). */
  places: readonly Place[];
  /** Provenance of the raw files (`content/sources.json`). */
  sources?: readonly Source[];
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

/** A photographer's credit ending a line (`宁夏日报记者 王鼎 摄`): the line is a photo's caption. */
const PHOTO_CREDIT = /(?:记者|通讯员)\s*\S{2,4}(?:\s+\S{2,4})?\s*[／/]?摄。?[）)]?$/;

/** Report file names: `<place>-<year>.txt` (plain text) or `.md` (a Markdown corpus file), place in lower-case pinyin. */
export const RAW_NAME = /^([a-z]+)-(\d{4})\.(txt|md)$/;

/**
 * The level a place's name implies, for a place that `places.json` does not list; for a name that implies none
 * (the file's pinyin id), the level of the speaker's office (`区长`: a district).
 */
function levelOfName(name: string, office: string): Place["level"] {
  if (/国务院|^中国|全国/.test(name)) return "nation";
  if (/省$|自治区$|^(北京|天津|上海|重庆)市?$/.test(name)) return "province";
  if (/[县区旗]$/.test(name)) return "district";
  if (/[市州盟]$|地区$/.test(name)) return "city";
  if (/总理$/.test(office)) return "nation";
  if (/省长$|主席$/.test(office)) return "province";
  if (/[县区旗]长$/.test(office)) return "district";
  return "city";
}

/**
 * Parse one raw report (its file name and bytes) into structured Markdown, glossary and figures. Throws an
 * IngestError naming the file (and the line, when one is at fault): for input that is no report, and for a fault of
 * the ingest itself on a report, so that a run stops on the file it could not read rather than on a stack trace.
 */
export function ingestReport(file: string, bytes: Uint8Array, options: IngestOptions): IngestResult {
  try {
    return readReport(file, bytes, options);
  } catch (err) {
    if (err instanceof IngestError) throw err;
    const reason = (err instanceof Error ? `${err.name}: ${err.message}` : String(err)).replace(/\s+/g, " ").slice(0, 300);
    throw new IngestError(file, `the ingest failed on this report, a fault of the ingest to report with the file (${reason})`, 1);
  }
}

function readReport(file: string, bytes: Uint8Array, options: IngestOptions): IngestResult {
  const name = file.split(/[\\/]/).pop()!;
  const m = RAW_NAME.exec(name);
  if (!m) throw new IngestError(file, "the file name must be <place>-<year>.txt or .md in lower-case pinyin, e.g. zhongwei-2020.txt");
  const [, placeId, fileYear, format] = m as unknown as [string, string, string, "txt" | "md"];
  const warnings: IngestWarning[] = [];
  const warn = (w: IngestWarning) => warnings.push(w);

  const { text, encoding } = decodeReport(bytes, file);
  if (encoding !== "utf-8") warn({ file, line: 1, message: `read as ${encoding.toUpperCase()}, not UTF-8: the generated files are UTF-8` });
  const source =
    format === "md" ? readMarkdownSource(text, file, warn) : { meta: {} as SourceMeta, lines: readTextSource(text, file, warn) };
  const separated = separateResidue(source.lines);
  const { dropped } = separated;
  // A page number the unwrapping joined a paragraph across (mended) cuts nothing: a paragraph that went on past it may
  // still break off after it (Shaanxi 2002 as a PDF copy: `…力争年底全省所有普通高校…建成校园` then `网，完成…`).
  const mended = new Set(source.lines.filter((l) => l.mended).map((l) => l.line));
  const pageBreaks = dropped.filter((d) => isContinuationMark(d.text) || (PAGE_NUMBER.test(d.text) && !mended.has(d.line))).map((d) => d.line);
  const { lines: joinedLines, joined, untangled } = joinBrokenParagraphs(separated.lines, pageBreaks);
  if (untangled) {
    warn({ file, line: untangled.from, message: `the appendix of lines ${untangled.from}–${untangled.to} is set inside the text, between two halves of a paragraph: read after the text, each paragraph whole again` });
  }
  const { lines, moved } = leadTrailingHeader(joinedLines);
  if (moved.length > 0) {
    const at = moved.map((l) => l.line).sort((a, b) => a - b);
    warn({ file, line: at[0]!, message: `the title and dateline stand after the text (line${at.length > 1 ? "s" : ""} ${at.join(", ")}): read as its header` });
  }
  if (lines.length === 0) throw new IngestError(file, "the file holds no report text", 1);
  for (const j of joined) {
    warn({ file, line: j.line, message: `the paragraph of line ${j.into} breaks off ${j.inWord ? "inside a word" : j.atMark ? "before its punctuation mark, which opens this line" : j.atNumber ? "mid-sentence before the number that opens this line" : j.atMeasure ? "between a number and its unit or percent sign, which opens this line" : j.atQualifier ? "after a percentage, before the word qualifying it (左右, 以上), which opens this line" : "after a comma or a list's first circled numeral"}: this line goes on its sentence and is joined to it` });
  }
  for (const l of lines) {
    if (MARKUP_PATTERN.test(l.text)) warn({ file, line: l.line, message: "the line contains markup (<…>); it is kept as plain text" });
    const ctrl = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffd]/.exec(l.text);
    if (ctrl) warn({ file, line: l.line, message: `control or replacement character U+${ctrl[0].charCodeAt(0).toString(16).padStart(4, "0")} in the text` });
  }
  const what = { comment: "HTML comment", image: "image caption", definition: "link definition", emphasis: "emphasis mark that pairs with none" } as const;
  for (const d of dropped) {
    if (d.inline) warn({ file, line: d.line, message: `${/[版页][）)]?$/.test(d.text) ? "page continuation mark" : "newspaper's credit"} “${d.text}” cut out of the line's text (kept in the front matter's dropped list)` });
    else warn({ file, line: d.line, message: `${d.reason !== "residue" ? what[d.markup ?? "comment"] : PAGE_NUMBER.test(d.text) ? "page number" : d.running ? "running page header" : isContentsLine(d.text) ? "table of contents line" : "web-page residue"} kept out of the body (kept in the front matter's dropped list): “${d.text.slice(0, 40)}”` });
  }

  const place = options.places.find((p) => p.id === placeId);
  // A photo caption a plain-text copy keeps as a line of its own, its photographer's credit at its end, is as much a caption
  // as one a Markdown file sets in a comment (Ningxia 2025: `１月１９日，宁夏回族自治区第十三届人民代表大会第三次会议在银川开幕。
  // 自治区人民政府主席张雨浦作政府工作报告。宁夏日报记者 王鼎 摄`): it may say when, where and by whom the report was given.
  const captions = dropped.filter((d) => d.reason === "comment" || (d.reason === "residue" && !d.inline && !d.running && PHOTO_CREDIT.test(d.text)));
  const header = parseHeader(lines, file, warn, { place: place?.name_zh, placeId, fileYear: Number(fileYear), sourceTitle: source.meta.title, captions });
  if (header.year && String(header.year) !== fileYear) {
    warn({ file, line: lines[0]!.line, message: `the file name says ${fileYear} but the report says ${header.year}` });
  }
  let body = lines.slice(header.bodyStart);
  // A stretch of the text the copy gives again at its end is no more of the report: dropped, said once.
  const repeat = repeatedTail(body);
  if (repeat !== null) {
    const tail = body.slice(repeat);
    warn({ file, line: tail[0]!.line, message: `lines ${tail[0]!.line}–${tail.at(-1)!.line} repeat the text of an earlier stretch word for word: kept out of the body (kept in the front matter's dropped list)` });
    for (const l of tail) dropped.push({ line: l.line, text: l.text, reason: "residue" });
    body = body.slice(0, repeat);
  }
  if (body.length === 0) throw new IngestError(file, "the report has a header but no body text", lines.at(-1)!.line);
  // A copy set one sentence a line lost its paragraphs: said once, at the first such line.
  const cut = sentencePerLine(body);
  if (cut) {
    warn({ file, line: cut.line, message: `${cut.sentences} of ${cut.lines} lines each hold one sentence: the copy lost its paragraphs, which cannot be told apart; each sentence is read as a paragraph (parts and sections are read from their numbering)` });
  }
  const blocks = parseStructure(body, file, warn);

  const placeZh = place?.name_zh || header.city_zh || placeId;
  if (!place) warn({ file, line: 1, message: `place “${placeId}” is not in content/places.json: add its names, level and parent there` });
  const parent = place?.parent ? options.places.find((p) => p.id === place.parent) : undefined;
  const origin = options.sources?.find((s) => s.file === name);
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  if (options.sources && !origin) {
    warn({ file, line: 1, message: `“${name}” is not in content/sources.json: record where the file came from (origin, path, commit, sha256)` });
  }
  if (origin && origin.sha256 !== sha256) {
    warn({ file, line: 1, message: `the file's sha256 differs from content/sources.json (${origin.sha256.slice(0, 12)}…): update its provenance` });
  }
  const meta = reportMetaSchema.parse({
    id: `${placeId}-${fileYear}`,
    place: placeId,
    place_zh: placeZh,
    // The pinyin id as a name until the list gives one: beijing → Beijing.
    place_en: place?.name_en ?? placeId.charAt(0).toUpperCase() + placeId.slice(1),
    level: place?.level ?? levelOfName(placeZh, header.speaker_title),
    parent: place?.parent ?? null,
    parent_zh: parent?.name_zh ?? "",
    ...(place?.seat ? { seat: place.seat } : {}),
    year: header.year || Number(fileYear),
    title: header.title,
    date: header.date,
    congress: header.congress,
    speaker: header.speaker,
    speaker_title: header.speaker_title,
    header: header.lines,
    source: name,
    source_sha256: sha256,
    source_format: format,
    source_url: source.meta.url ?? null,
    source_title: source.meta.title ?? null,
    origin: origin?.origin ?? null,
    origin_path: origin?.path ?? null,
    origin_commit: origin?.commit ?? null,
    dropped: dropped.map(({ line, text, reason }) => ({ line, text, reason })),
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
