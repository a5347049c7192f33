// @ts-check
import { defineConfig } from "astro/config";

/** Static site: every page is prerendered into dist/. */
export default defineConfig({
  site: "https://example.org",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
  // Scripts ship as files, never inlined, so the Content-Security-Policy can forbid inline script.
  vite: { build: { assetsInlineLimit: 0 } },
});
