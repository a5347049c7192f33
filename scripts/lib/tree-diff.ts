import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** Every file under a folder, as sorted paths relative to it (`/`-separated). */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(dir.length + 1).split("\\").join("/"))
    .sort();
}

/** How two folders differ: files only in one of them, and files in both whose bytes differ. */
export function diffTrees(a: string, b: string): { onlyA: string[]; onlyB: string[]; differ: string[] } {
  const [fa, fb] = [listFiles(a), listFiles(b)];
  const inB = new Set(fb);
  const inA = new Set(fa);
  return {
    onlyA: fa.filter((f) => !inB.has(f)),
    onlyB: fb.filter((f) => !inA.has(f)),
    differ: fa.filter((f) => inB.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))),
  };
}
