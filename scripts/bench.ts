/**
 * `npm run bench`: runs every benchmark module in scripts/bench/ (each default-exports an async
 * function that prints its figures), in file-name order. `npm run bench -- search` runs those whose
 * file name contains "search".
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";

const dir = join(import.meta.dirname, "bench");
const filter = process.argv[2];
const files = (await readdir(dir)).filter((f) => f.endsWith(".ts") && (!filter || f.includes(filter))).sort();
for (const f of files) {
  console.log(`\n## ${f.replace(/\.ts$/, "")}`);
  const mod = (await import(join(dir, f))) as { default: () => Promise<void> };
  await mod.default();
}
