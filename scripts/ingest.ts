/**
 * Ingest raw reports into the content collections.
 *
 *   node scripts/ingest.ts                      every content/raw/*.{txt,md} → content/{reports,glossary,indicators}
 *   node scripts/ingest.ts --input F --out DIR  one report → DIR/{reports,glossary,indicators}
 *   node scripts/ingest.ts --check              exit 1 when the generated files are stale
 *   --strict                                    treat warnings as errors
 *
 * All reports are parsed before anything is written; output goes to a temporary folder and is then
 * renamed into place, so a failure leaves the previous files untouched.
 */
import { mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { existsSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { IngestError, formatWarning } from "../src/lib/errors.ts";
import { ingestReport } from "../src/lib/ingest.ts";
import { generatedFiles } from "../src/lib/output.ts";
import { loadFigureExtractor } from "./lib/figures.ts";
import { loadTables } from "./lib/tables.ts";

const root = resolve(import.meta.dirname, "..");

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      input: { type: "string", multiple: true },
      out: { type: "string" },
      check: { type: "boolean", default: false },
      strict: { type: "boolean", default: false },
      quiet: { type: "boolean", default: false },
    },
  });
  const out = resolve(values.out ?? join(root, "content"));
  const inputs = values.input?.length
    ? values.input.map((f) => resolve(f))
    : (await readdir(join(root, "content/raw"))).filter((f) => /\.(txt|md)$/.test(f)).sort().map((f) => join(root, "content/raw", f));
  if (inputs.length === 0) throw new IngestError("content/raw", "no .txt or .md reports to ingest");

  const { places, sources } = await loadTables(root);
  const extractFigures = await loadFigureExtractor(root);
  const files = new Map<string, string>();
  let warnings = 0;
  for (const input of inputs) {
    const bytes = await readFile(input).catch(() => {
      throw new IngestError(input, "cannot read the file (does it exist?)");
    });
    const shown = input.startsWith(root) ? input.slice(root.length + 1) : input;
    const result = ingestReport(shown, bytes, { places, sources, extractFigures });
    for (const w of result.warnings) if (!values.quiet || values.strict) console.warn(formatWarning(w));
    warnings += result.warnings.length;
    for (const [path, text] of generatedFiles(result)) files.set(path, text);
  }
  if (values.strict && warnings > 0) {
    console.error(`error: ${warnings} warning(s) in --strict mode; nothing written`);
    return 1;
  }

  if (values.check) {
    const stale: string[] = [];
    for (const [path, text] of files) {
      const current = await readFile(join(out, path), "utf8").catch(() => null);
      if (current !== text) stale.push(path);
    }
    if (stale.length) console.error(`stale: ${stale.join(", ")} — run npm run ingest`);
    return stale.length ? 1 : 0;
  }

  await mkdir(out, { recursive: true });
  const tmp = await mkdtemp(join(out, ".ingest-"));
  try {
    for (const [path, text] of files) {
      await mkdir(dirname(join(tmp, path)), { recursive: true });
      await writeFile(join(tmp, path), text);
    }
    for (const path of files.keys()) {
      await mkdir(dirname(join(out, path)), { recursive: true });
      await rename(join(tmp, path), join(out, path));
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
  if (!values.input?.length) await removeOrphans(out, files);
  if (!values.quiet) console.log(`ingested ${inputs.length} report(s) into ${out.startsWith(root) ? out.slice(root.length + 1) || "." : out}`);
  return 0;
}

/** Remove generated files whose raw report is gone. */
async function removeOrphans(out: string, files: Map<string, string>) {
  for (const dir of ["reports", "glossary", "indicators"]) {
    if (!existsSync(join(out, dir))) continue;
    for (const f of await readdir(join(out, dir))) {
      if (!files.has(`${dir}/${f}`)) await rm(join(out, dir, f));
    }
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    if (err instanceof IngestError) console.error(`error: ${err.message}`);
    else console.error(`error: ${basename(process.argv[1] ?? "ingest")}: ${err instanceof Error ? err.message : String(err)}`);
    if (process.env.DEBUG && err instanceof Error) console.error(err.stack);
    process.exit(1);
  },
);
