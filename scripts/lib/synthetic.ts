import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { Place } from "../../src/lib/schema/place.ts";

/** A two-letter suffix for synthetic copy n (aa, ab, …): place ids are lower-case letters only. */
const suffix = (n: number) => String.fromCharCode(97 + Math.floor(n / 26), 97 + (n % 26));

/** Whether `file` (a raw report of a synthetic project) is `source` itself or one of its copies under a new place id. */
export const copyOf = (file: string, source: string): boolean => {
  const [f, s] = [file, source].map((x) => /^([a-z]+)-(\d{4})\.(txt|md)$/.exec(x));
  return !!f && !!s && f[2] === s[2] && f[3] === s[3] && (f[1] === s[1] || new RegExp(`^${s[1]}x[a-z]{2}$`).test(f[1]!));
};

/**
 * Whether a raw report of the project at `root`, or a copy of one in a synthetic project, has a glossary appendix
 * (entries in its real report's `content/glossary/<id>.json`). Known before the copy is ingested.
 */
export function hasAppendix(root: string, file: string): boolean {
  const source = readdirSync(join(root, "content/raw")).find((r) => copyOf(file, r)) ?? file;
  const glossary = join(root, "content/glossary", source.replace(/\.(txt|md)$/, ".json"));
  return existsSync(glossary) && (JSON.parse(readFileSync(glossary, "utf8")) as { entries: unknown[] }).entries.length > 0;
}

/** A throw-away copy of the project's sources, config and hand-kept content, with an empty `content/raw/`. */
function projectCopy(root: string, prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const f of ["package.json", "package-lock.json", "astro.config.mjs", "tsconfig.json", "src", "public", "scripts"]) cpSync(join(root, f), join(dir, f), { recursive: true });
  mkdirSync(join(dir, "content/raw"), { recursive: true });
  for (const f of readdirSync(join(root, "content"))) if (/^[^.].*\.json$/.test(f)) cpSync(join(root, "content", f), join(dir, "content", f));
  symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
  return dir;
}

/**
 * A throw-away copy of the project whose reports are its own and the files `more` (other real reports, e.g. the
 * development corpus), each under its own name: a site of more places and years than the project's.
 */
export function widerProject(root: string, more: readonly string[]): string {
  const dir = projectCopy(root, "wider-");
  for (const f of readdirSync(join(root, "content/raw"))) cpSync(join(root, "content/raw", f), join(dir, "content/raw", f));
  for (const f of more) cpSync(f, join(dir, "content/raw", basename(f)));
  return dir;
}

/**
 * A throw-away copy of the project (sources, config, hand-kept content) with `n` reports: the real ones, then
 * the real reports again under new place ids (`zhongweixaa-2020`), so the text stays real. A copy's place joins
 * `content/places.json` when its source's place is there.
 */
export function syntheticProject(root: string, places: readonly Place[], n: number): string {
  const dir = projectCopy(root, `bench-${n}-`);
  const table: Place[] = [...places];
  const raws = readdirSync(join(root, "content/raw")).sort();
  for (let i = 0; i < n; i++) {
    const source = raws[i % raws.length]!;
    const [, place, year, ext] = /^([a-z]+)-(\d{4})\.(txt|md)$/.exec(source)!;
    const id = i < raws.length ? place! : `${place}x${suffix(Math.floor(i / raws.length))}`;
    // A copy's place is its source's under a new id; a source whose place is not in the table (a report the site
    // lists under what its front matter says) gives copies whose places are not in it either.
    const known = table.find((p) => p.id === place);
    if (known && !table.some((p) => p.id === id)) table.push({ ...known, id });
    cpSync(join(root, "content/raw", source), join(dir, "content/raw", `${id}-${year}.${ext}`));
  }
  writeFileSync(join(dir, "content/places.json"), JSON.stringify(table));
  return dir;
}
