/**
 * Global setup of the e2e project: checks that the site is built, serves dist/ on 127.0.0.1 (a free
 * port) and resolves the browser once, then hands both to the test files through `inject()`.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import type { TestProject } from "vitest/node";
import { resolveBrowser } from "../../scripts/serve-lib/browser.ts";
import { startStaticServer } from "../../scripts/serve-lib/static-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    /** The served site, e.g. `http://127.0.0.1:40123` (no trailing slash). */
    baseURL: string;
    /** Absolute path of the built site. */
    distDir: string;
    /** The browser to launch: executable and flags. */
    browser: { executablePath: string; args: string[]; source: string };
  }
}

/** The built site the tests run against: dist/, or the folder named by `E2E_DIST`. */
export const distDir = resolve(process.env["E2E_DIST"] ?? join(import.meta.dirname, "../../dist"));

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!existsSync(join(distDir, "index.html"))) {
    throw new Error(`${distDir}/index.html is missing: run \`npm run build\` first (or \`npm test\`, which builds)`);
  }
  const browser = await resolveBrowser();
  const server = await startStaticServer({ root: distDir });
  project.provide("baseURL", server.url);
  project.provide("distDir", distDir);
  project.provide("browser", browser);
  return () => server.close();
}
