// @ts-check
import { defineConfig } from "astro/config";
import { i18nConfig } from "./src/i18n/config.ts";

/** Static site: every page is prerendered into dist/. */
export default defineConfig({
  site: "https://example.org",
  trailingSlash: "always",
  // Chinese at the root, English under /en/ (src/pages/en/ renders the same pages; src/i18n/).
  i18n: i18nConfig,
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined, so the Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
