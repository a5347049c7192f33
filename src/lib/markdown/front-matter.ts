/** The YAML front matter of a Markdown file, split from its body. */
import { parse as parseYaml } from "yaml";

/** A YAML front matter block at the very start of a file (an optional byte order mark before it). */
const FRONT_MATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/**
 * A Markdown file's YAML front matter and its body. The body is what follows the front matter, trimmed, as
 * Astro's glob loader gives it (so paragraph ids read from it are the same). A file without front matter is
 * all body, with empty data. The reports' loader keeps the front matter (src/loaders/folders.ts); the pages
 * read the body (src/pages/_reports.ts).
 */
export function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string } {
  const m = FRONT_MATTER.exec(text);
  if (!m) return { data: {}, body: text.trim() };
  const data: unknown = parseYaml(m[1] ?? "");
  return { data: data && typeof data === "object" ? (data as Record<string, unknown>) : {}, body: text.slice(m[0].length).trim() };
}

/** A Markdown file's body alone (see {@link splitFrontMatter}), its front matter not parsed. */
export function markdownBody(text: string): string {
  const m = FRONT_MATTER.exec(text);
  return m ? text.slice(m[0].length).trim() : text.trim();
}
