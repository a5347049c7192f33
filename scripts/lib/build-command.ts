/** The command behind `npm run build`, for the tools that run the build themselves (the build benchmark, the reproducibility test). */
import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The command `npm run build` runs, as Node arguments: the build script of package.json, which must be
 * `node [flags] <script> [args]` (Astro's CLI with the Node flags of the build), each flag written `--name` or
 * `--name=value` (a value in a word of its own could not be told from the script). The bench and the
 * reproducibility test run it themselves, not through npm, so that npm's own start-up (on the machine's Node) is
 * timed in neither build.
 */
export function buildCommand(script: string | undefined): { flags: string[]; args: string[] } {
  const words = (script ?? "").trim().split(/\s+/);
  if (words[0] !== "node" || words.length < 2) throw new Error(`the build script is not \`node [flags] <script> [args]\`: ${script}`);
  const at = words.findIndex((w, i) => i > 0 && !w.startsWith("-"));
  if (at < 0) throw new Error(`the build script names no script to run: ${script}`);
  const short = words.slice(1, at).find((w) => !w.startsWith("--"));
  if (short) throw new Error(`write the build script's Node flag ${short} as --name or --name=value: ${script}`);
  return { flags: words.slice(1, at), args: words.slice(at) };
}

/** The build command of the project at `root` (its package.json's build script). */
export function projectBuildCommand(root: string): { flags: string[]; args: string[] } {
  return buildCommand(JSON.parse(readFileSync(join(root, "package.json"), "utf8")).scripts?.build);
}
