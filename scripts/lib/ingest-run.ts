/**
 * The ingest's run over a set of raw reports: `scripts/ingest.ts` (the command line) and the build's integration
 * (src/integrations/ingest.ts, in `astro build`'s own process) both call it.
 *
 * All reports are parsed before anything is written; output goes to a temporary folder and is then renamed into
 * place, so a failure leaves the previous files untouched.
 *
 * The whole-folder run keeps a content-hash cache (scripts/lib/ingest-cache.ts, `<out>/.ingest-cache.json`): a
 * report whose raw bytes, the ingest's code and the tables are unchanged since the run that made its files, and
 * whose files are still there as written, is not parsed again and its warnings are replayed. `input` and `check`
 * always parse.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync, readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { IngestError, formatWarning } from "../../src/lib/errors.ts";
import { cacheHolds, cacheKey, readCache, sha256, writeCache, type CachedReport } from "./ingest-cache.ts";

/** What to ingest and how (the command line's options). */
export interface IngestOptions {
  /** Raw files to ingest, instead of every `content/raw/*.{txt,md}` (no cache). */
  input?: string[];
  /** The output folder, `content/` by default. */
  out?: string;
  /** Write nothing; the run's code is 1 when a generated file is stale. */
  check?: boolean;
  /** Warnings are errors: nothing is written. */
  strict?: boolean;
  /** No warnings and no summary (errors still). */
  quiet?: boolean;
  /** Parse every report, whatever the cache holds. */
  force?: boolean;
}

/** Where the run's lines go: warnings (`file:line: warning: …`), errors, and the summary. */
export interface IngestOutput {
  warn(line: string): void;
  error(line: string): void;
  info(line: string): void;
}

/** How a run ended: its exit code, the reports it read, how many it parsed (not kept from the cache), their warnings. */
export interface IngestRun {
  code: number;
  reports: number;
  parsed: number;
  warnings: number;
}

/** A raw report's bytes; an error names the file when it cannot be read. */
function readRaw(input: string): Uint8Array {
  try {
    return readFileSync(input);
  } catch {
    throw new IngestError(input, "cannot read the file (does it exist?)");
  }
}

/** The parser, loaded on first use: a run that the cache answers whole never loads it. */
async function loadParser(root: string) {
  const [{ ingestReport }, { generatedFiles }, { loadFigureExtractor }, { loadTables }] = await Promise.all([
    import("../../src/lib/ingest.ts"),
    import("../../src/lib/output.ts"),
    import("./figures.ts"),
    import("./tables.ts"),
  ]);
  const { places, sources } = await loadTables(root);
  const extractFigures = await loadFigureExtractor(root);
  return (shown: string, bytes: Uint8Array) => {
    const result = ingestReport(shown, bytes, { places, sources, extractFigures });
    return { files: generatedFiles(result), warnings: result.warnings.map(formatWarning) };
  };
}

/**
 * Ingests the raw reports of the project at `root` (or `values.input`) into `values.out` (`<root>/content`).
 * Throws an IngestError, naming the file and line, when an input is no report at all; nothing is written then.
 */
export async function runIngest(projectRoot: string, values: IngestOptions, say: IngestOutput): Promise<IngestRun> {
  const root = resolve(projectRoot);
  const out = resolve(values.out ?? join(root, "content"));
  const inputs = values.input?.length
    ? values.input.map((f) => resolve(f))
    : (await readdir(join(root, "content/raw"))).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(root, "content/raw", f));
  if (inputs.length === 0) throw new IngestError("content/raw", "no .txt or .md reports to ingest");

  const useCache = !values.input?.length && !values.check;
  const cache = useCache ? await readCache(out, cacheKey(root)) : null;
  const reports: Record<string, CachedReport> = {};
  let parse: Awaited<ReturnType<typeof loadParser>> | undefined;
  /** Every generated file (path relative to out) and its text; null for a file the cache keeps as it is. */
  const files = new Map<string, string | null>();
  let warnings = 0;
  let parsed = 0;
  for (const input of inputs) {
    const bytes = readRaw(input);
    const shown = input.startsWith(root) ? input.slice(root.length + 1) : input;
    const rawSha = sha256(bytes);
    let entry = cache && !values.force ? cache.reports[shown] : undefined;
    if (entry && (await cacheHolds(out, entry, rawSha))) {
      for (const path of Object.keys(entry.files)) files.set(path, null);
    } else {
      parse ??= await loadParser(root);
      const result = parse(shown, bytes);
      parsed++;
      entry = { raw: rawSha, files: {}, warnings: result.warnings };
      for (const [path, text] of result.files) {
        files.set(path, text);
        entry.files[path] = sha256(text);
      }
    }
    reports[shown] = entry;
    for (const w of entry.warnings) if (!values.quiet || values.strict) say.warn(w);
    warnings += entry.warnings.length;
  }
  if (values.strict && warnings > 0) {
    say.error(`error: ${warnings} warning(s) in --strict mode; nothing written`);
    return { code: 1, reports: inputs.length, parsed, warnings };
  }

  if (values.check) {
    const stale: string[] = [];
    for (const [path, text] of files) {
      const current = await readFile(join(out, path), "utf8").catch(() => null);
      if (current !== text) stale.push(path);
    }
    if (stale.length) say.error(`stale: ${stale.join(", ")} — run npm run ingest`);
    return { code: stale.length ? 1 : 0, reports: inputs.length, parsed, warnings };
  }

  await mkdir(out, { recursive: true });
  const written = [...files].filter((f): f is [string, string] => f[1] !== null);
  if (written.length) {
    const tmp = await mkdtemp(join(out, ".ingest-"));
    try {
      for (const [path, text] of written) {
        await mkdir(dirname(join(tmp, path)), { recursive: true });
        await writeFile(join(tmp, path), text);
      }
      for (const [path] of written) {
        await mkdir(dirname(join(out, path)), { recursive: true });
        await rename(join(tmp, path), join(out, path));
      }
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  }
  if (!values.input?.length) await removeOrphans(out, files);
  if (cache && (parsed > 0 || Object.keys(cache.reports).length !== inputs.length)) await writeCache(out, { ...cache, reports });
  if (!values.quiet) {
    const where = out.startsWith(root) ? out.slice(root.length + 1) || "." : out;
    const skipped = inputs.length - parsed;
    say.info(`ingested ${inputs.length} report(s) into ${where}${cache ? ` (${parsed} parsed, ${skipped} unchanged and kept)` : ""}`);
  }
  return { code: 0, reports: inputs.length, parsed, warnings };
}

/** Remove generated files whose raw report is gone. */
async function removeOrphans(out: string, files: Map<string, string | null>) {
  for (const dir of ["reports", "glossary", "indicators"]) {
    if (!existsSync(join(out, dir))) continue;
    for (const f of await readdir(join(out, dir))) {
      if (!files.has(`${dir}/${f}`)) await rm(join(out, dir, f));
    }
  }
}

