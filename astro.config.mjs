// @ts-check
import { i18nConfig } from "./src/i18n/config.ts";
import { ingest } from "./src/integrations/ingest.ts";
import { keepOutDir } from "./src/integrations/out-dir.ts";

/**
 * The site's public address: citations, the permalinks of the downloads and the language alternates are
 * absolute URLs on it. Set SITE_URL when building for a real host (`SITE_URL=https://reports.example.cn npm run build`).
 */
const site = process.env.SITE_URL || "https://example.org";

/**
 * The project's builds send no usage data to Astro: its telemetry runs `git` to name the project and posts an
 * event at every command (about 0.2–0.4 s of a build on a 2-core machine, and a request a build server should not
 * make). Astro reads the variable after loading this config; one set in the environment is kept.
 */
process.env.ASTRO_TELEMETRY_DISABLED ??= "1";
if (!URL.canParse(site) || !/^https?:$/.test(new URL(site).protocol)) throw new Error(`SITE_URL is not an http(s) address: ${site}`);

/**
 * Static site: every page is prerendered into dist/. The config is a plain object typed by Astro's types, not
 * wrapped in `defineConfig` (an identity function for the types): `astro/config` loads the SVG optimiser, the font
 * providers and the session drivers, about 300 modules and 0.1 s of every build, none of which this site uses.
 * @type {import("astro").AstroUserConfig}
 */
export default {
  site,
  trailingSlash: "always",
  // Chinese at the root, English under /en/ (src/pages/en/ renders the same pages; src/i18n/).
  i18n: i18nConfig,
  build: { format: "directory", inlineStylesheets: "never", concurrency: 4 },
  devToolbar: { enabled: false },
  // Caches (the content layer's data store, Vite's) stay in the project, not in node_modules/: a copy of the
  // project that links node_modules/ (the build benchmark's) then never reads or overwrites another's.
  cacheDir: "./.astro/cache",
  // Scripts ship as files, never inlined, so the Content-Security-Policy can forbid inline script.
  // Pages whose code and content key (src/pages/_cache-key.ts) are unchanged since the last build are copied
  // from the cache (.astro/cache/dist/) instead of rendered again.
  experimental: { incrementalBuild: true },
  // The ingest runs first, in the build's process (src/integrations/ingest.ts). dist/ is kept between builds, not
  // emptied first; what the build did not make is removed after it (src/integrations/out-dir.ts).
  integrations: [ingest(), keepOutDir()],
  vite: {
    cacheDir: ".astro/vite",
    build: { assetsInlineLimit: 0 },
    // Where the pages read the figure files from (src/pages/_figures.ts): the project's folder, as a file URL.
    define: { __PROJECT_ROOT__: JSON.stringify(new URL("./", import.meta.url).href) },
  },
};
