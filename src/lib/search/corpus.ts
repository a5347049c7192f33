import { CharIndex } from "./char-index.ts";
import { docUrl, FORMAT_VERSION, type SerializedIndex, type Shard, type ShardDoc, type ShardReport } from "./format.ts";
import { FIELD } from "./fuse-options.ts";
import { foldText } from "./normalize.ts";

/** A document of the loaded corpus: its metadata, its text as written, and the folded copies matched against. */
export interface CorpusDoc extends ShardDoc {
  /** Position in the corpus. */
  id: number;
  report: ShardReport;
  /** Order of the report (manifest order), for stable ranking. */
  reportOrder: number;
  url: string;
  title: string;
  text: string;
  foldedTitle: string;
  foldedText: string;
  /** The document's record in its shard's fuse.js index. */
  record: SerializedIndex["records"][number];
  /** Texts of the headings in `path`. */
  pathLabels: string[];
}

/** The documents of every shard loaded so far, with the character prefilter over them. */
export class SearchCorpus {
  readonly docs: CorpusDoc[] = [];
  readonly chars = new CharIndex();
  /** Keys of the fuse.js index (the same in every shard). */
  keys: unknown[] = [];
  /** Sum of text lengths, for length normalisation in ranking. */
  private textLength = 0;
  private readonly loaded = new Set<string>();

  /** Average length of a document's text. */
  get averageLength(): number {
    return this.docs.length ? this.textLength / this.docs.length : 1;
  }

  /** Whether a report's shard is loaded. */
  has(report: string): boolean {
    return this.loaded.has(report);
  }

  /** Add a shard; `order` is its report's position in the manifest. A shard already loaded is ignored. */
  add(shard: Shard, order = this.loaded.size): void {
    if (shard.version !== FORMAT_VERSION)
      throw new Error(
        `search shard of ${shard.report.id} has format ${shard.version}, expected ${FORMAT_VERSION}: rebuild the site`,
      );
    if (this.loaded.has(shard.report.id)) return;
    this.loaded.add(shard.report.id);
    this.keys = shard.index.keys;
    const records = new Map(shard.index.records.map((r) => [r.i, r]));
    const headingText = new Map<string, string>();
    shard.docs.forEach((meta, i) => {
      const record = records.get(i) ?? { i, $: {} };
      const title = record.$[FIELD.title]?.v ?? "";
      const text = record.$[FIELD.text]?.v ?? "";
      if (meta.kind === "heading") headingText.set(meta.anchor, title);
      const foldedTitle = foldText(title);
      const foldedText = foldText(text);
      const id = this.chars.add(`${foldedTitle}\n${foldedText}`);
      this.textLength += text.length;
      this.docs.push({
        ...meta,
        id,
        report: shard.report,
        reportOrder: order,
        url: docUrl(shard.report.id, meta),
        title,
        text,
        foldedTitle,
        foldedText,
        record,
        pathLabels: meta.path.map((h) => headingText.get(h) ?? h),
      });
    });
  }
}
