/**
 * The ingest, run by `astro build` and `astro dev` before the content sync, in Astro's own process: the pages are
 * always made from content that matches `content/raw/`, and a build pays for no second Node process (about 0.2 s
 * of a build whose reports the ingest's cache answers whole). The run is the command line's
 * (scripts/lib/ingest-run.ts): each report's warnings are printed, a report that is no report at all stops the
 * build with an error naming the file and line, and nothing is written then.
 */
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { runIngest } from "../../scripts/lib/ingest-run.ts";

export function ingest(): AstroIntegration {
  return {
    name: "ingest",
    hooks: {
      "astro:config:setup": async ({ command, config, logger }) => {
        if (command !== "build" && command !== "dev") return;
        const t0 = performance.now();
        const run = await runIngest(fileURLToPath(config.root), { quiet: false }, {
          warn: (line) => logger.warn(line),
          error: (line) => logger.error(line),
          info: () => {},
        });
        if (run.code !== 0) throw new Error("the ingest failed (see above)");
        const kept = run.reports - run.parsed;
        logger.info(`${run.reports} report(s): ${run.parsed} parsed, ${kept} unchanged and kept; ${run.warnings} warning(s); in ${Math.round(performance.now() - t0)}ms`);
      },
    },
  };
}
