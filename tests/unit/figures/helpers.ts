import { expect } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractFigures } from "../../../src/lib/figures/extract.ts";
import { ingestReport } from "../../../src/lib/ingest.ts";
import { ingestOnce, places as projectPlaces } from "../support/ingest.ts";
import type { ReportDocument } from "../../../src/lib/report/document.ts";
import type { StoredFigure } from "../../../src/lib/schema/figure.ts";
import { metricsFileSchema } from "../../../src/lib/schema/metric.ts";

/** The project root. */
export const root = join(import.meta.dirname, "../../..");

/** The hand-kept vocabulary, validated. */
export const metrics = metricsFileSchema.parse(JSON.parse(readFileSync(join(root, "content/metrics.json"), "utf8")));

const places = [
  ...projectPlaces,
  { id: "ceshi", name_zh: "测试市", name_en: "Ceshi", level: "city" as const, parent: null },
];

/** A parsed report and its figures. */
export interface Extracted {
  doc: ReportDocument;
  figures: StoredFigure[];
}

function extract(name: string, bytes: Uint8Array): Extracted {
  const { document } = ingestReport(name, bytes, { places });
  return { doc: document, figures: extractFigures(document, metrics) };
}

/** A report given as text (`<place>-<year>.txt|md`), parsed and its figures extracted. */
export function extractText(name: string, text: string): Extracted {
  return extract(name, new TextEncoder().encode(text));
}

const cache = new Map<string, Extracted>();

/** The file names of a folder's reports (`<place>-<year>.txt|md`), in name order. */
const reportFiles = (dir: string) => readdirSync(join(root, dir)).filter((f) => /^[a-z]+-\d{4}\.(?:txt|md)$/.test(f)).sort();

/** The ids of the reports of content/raw, in id order. */
export const RAW_IDS = reportFiles("content/raw").map((f) => f.replace(/\.\w+$/, ""));

/** The ids of the development corpus of other places and years (tests/fixtures/corpus-dev), in id order. */
export const DEV_IDS = reportFiles("tests/fixtures/corpus-dev").map((f) => f.replace(/\.\w+$/, ""));

/** The ids of the copies of reports of other places and years in the shapes copies come in (tests/fixtures/unseen), in id order. */
export const UNSEEN_IDS = reportFiles("tests/fixtures/unseen").map((f) => f.replace(/\.\w+$/, ""));

/** A report of `dir` by id, parsed (as the lossless tests parse it) and extracted once. */
function load(dir: string, id: string): Extracted {
  const key = `${dir}/${id}`;
  if (!cache.has(key)) {
    const file = reportFiles(dir).find((f) => f.replace(/\.\w+$/, "") === id);
    if (!file) throw new Error(`no report ${id} in ${dir}`);
    const { document } = ingestOnce(`${dir}/${file}`);
    cache.set(key, { doc: document, figures: extractFigures(document, metrics) });
  }
  return cache.get(key)!;
}

/** A real report of content/raw (`zhongwei-2020`, `ningxia-2021`), parsed and extracted once. */
export function real(id: string): Extracted {
  return load("content/raw", id);
}

/** A report of the development corpus (`guowuyuan-2021`), parsed and extracted once. */
export function dev(id: string): Extracted {
  return load("tests/fixtures/corpus-dev", id);
}

/** A copy of tests/fixtures/unseen (`ningxia-2022`), parsed and extracted once. */
export function unseen(id: string): Extracted {
  return load("tests/fixtures/unseen", id);
}

/** The paragraph whose text contains `text` (the test fails unless exactly one does). */
export function paragraphWith(e: Extracted, text: string) {
  const found = e.doc.paragraphs.filter((p) => p.text.includes(text));
  if (found.length !== 1) throw new Error(`${found.length} paragraphs of ${e.doc.meta.id} contain “${text}”`);
  return found[0]!;
}

/** A small report of plan year 2020 under the given header lines: a review of 2019, the plan, and an appendix if any. */
function smallReport(name: string, header: string[], review: string[], plan: string[], appendix: string[] = []): Extracted {
  const text = [
    ...header,
    "各位代表：",
    "一、2019年工作回顾",
    ...review,
    "二、2020年主要目标和重点任务",
    ...plan,
    ...(appendix.length ? ["附：有关情况说明", ...appendix] : []),
  ].join("\n");
  return extract(name, new TextEncoder().encode(text));
}

/** A small report: its review part (2019), plan part (2020) and optional appendix lines, one paragraph each. */
export function fixture(review: string[], plan: string[], appendix: string[] = []): Extracted {
  return smallReport("ceshi-2020.txt", ["2020年测试市政府工作报告", "2020年1月6日在测试市第一届人民代表大会第一次会议上", "市长 张三"], review, plan, appendix);
}

/** The same small report as {@link fixture}, given by the State Council: the nation's report, 全国 its own whole. */
export function nationFixture(review: string[], plan: string[]): Extracted {
  return smallReport("guowuyuan-2020.txt", ["政府工作报告", "——2020年3月5日在第十三届全国人民代表大会第三次会议上", "国务院总理 张三"], review, plan);
}

/** The text a figure's span covers. */
export function written(e: Extracted, f: StoredFigure): string {
  return e.doc.paragraphs.find((p) => p.id === f.paragraph)!.text.slice(...f.span);
}

/** The figure as written and the indicator of each record whose quote contains `text`, in order. */
export function writtenMetrics(e: Extracted, text: string): [string, string | null][] {
  return quoting(e, text).map((f) => [written(e, f), f.metric]);
}

/** The records whose quote contains `text`, in order. */
export function quoting(e: Extracted, text: string): StoredFigure[] {
  return e.figures.filter((f) => f.quote.includes(text));
}

/** The fields a construction test compares. */
export function typed(f: StoredFigure) {
  const { kind, year, base_year, period, metric, label_zh, value, min, max, unit, qualifier, estimate, direction } = f;
  return { kind, year, base_year, period, metric, label_zh, value, min, max, unit, qualifier, estimate, direction };
}

/** The record whose quote contains `clause` and whose figure is written `figure` (the test fails unless exactly one is). */
export function one(e: Extracted, clause: string, figure: string): StoredFigure {
  const found = e.figures.filter((f) => {
    const text = e.doc.paragraphs.find((p) => p.id === f.paragraph)!.text;
    return f.quote.includes(clause) && text.slice(...f.span) === figure;
  });
  expect(found.map((f) => f.quote), `${clause} / ${figure}`).toHaveLength(1);
  return found[0]!;
}
