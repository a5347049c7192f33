/** The build script as Node arguments: what the build benchmark runs as `npm run build`. */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildCommand, projectBuildCommand } from "../../../scripts/lib/build-command.ts";

const root = join(import.meta.dirname, "../../..");

describe("buildCommand", () => {
  it("reads the project's build script: Astro's CLI, with the build's Node flags", () => {
    const { flags, args } = projectBuildCommand(root);
    expect(flags).toEqual(["--max-semi-space-size=16", "--min-semi-space-size=16"]);
    expect(args).toEqual(["node_modules/astro/bin/astro.mjs", "build"]);
    expect(existsSync(join(root, args[0]!))).toBe(true);
  });

  it("splits flags from the script and its arguments", () => {
    expect(buildCommand("node  x.mjs build --force")).toEqual({ flags: [], args: ["x.mjs", "build", "--force"] });
    expect(buildCommand("node --a --b=1 x.mjs")).toEqual({ flags: ["--a", "--b=1"], args: ["x.mjs"] });
  });

  it("refuses a script it cannot run without npm", () => {
    expect(() => buildCommand("astro build")).toThrow(/not `node \[flags\] <script> \[args\]`: astro build/);
    expect(() => buildCommand("node --a")).toThrow(/names no script/);
    expect(() => buildCommand(undefined)).toThrow(/not `node/);
    // A short flag's value would be read as the script: `node -r dotenv/config x.mjs`.
    expect(() => buildCommand("node -r dotenv/config x.mjs")).toThrow(/flag -r as --name or --name=value/);
  });
});
