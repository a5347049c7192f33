// @ts-check
import { defineConfig } from "astro/config";

/** Static site: every page is prerendered into dist/. */
export default defineConfig({
  site: "https://example.org",
  trailingSlash: "always",
  build: { format: "directory", inlineStylesheets: "never" },
  devToolbar: { enabled: false },
});
