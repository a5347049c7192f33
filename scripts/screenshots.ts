/**
 * `npm run screenshots`: full-page PNGs of the main pages at 1280 and 360 px into screenshots/
 * (gitignored), or of the pages named as arguments, taken from the built site in dist/ (it builds nothing: run `npm run build` first).
 * The browser is found as for the tests (CHROME_PATH, a system Chromium, @sparticuz/chromium); Chinese
 * text needs a CJK font on the machine (Debian: fonts-noto-cjk), or it shows as boxes.
 */
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";
import { resolveBrowser } from "./serve-lib/browser.ts";
import { startStaticServer } from "./serve-lib/static-server.ts";

const root = resolve(import.meta.dirname, "..");
const dist = join(root, "dist");
const out = join(root, "screenshots");
const defaults = [
  "/",
  "/reports/zhongwei-2020/",
  "/reports/shizuishan-2020/",
  "/compare/",
  "/indicators/",
  "/glossary/",
  "/search/?q=就业",
  "/tracker/",
];
/** Pages named on the command line (`npm run screenshots -- /tracker/zhongwei/`), else the main pages. */
const named = process.argv.slice(2).filter((a) => a.startsWith("/"));
const pages = named.length ? named : defaults;
const widths = [1280, 360];

/** A file name for a page at a width: `/reports/zhongwei-2020/` → `reports-zhongwei-2020-360.png`, `/search/?q=…` → `search-results-360.png`. */
function fileName(path: string, width: number): string {
  const url = new URL(path, "http://site.invalid");
  const slug = [...url.pathname.split("/"), url.search ? "results" : ""].filter(Boolean).join("-") || "home";
  return `${slug}-${width}.png`;
}

if (!existsSync(join(dist, "index.html"))) {
  console.error("error: dist/index.html is missing: run `npm run build` first");
  process.exit(1);
}
await mkdir(out, { recursive: true });
const launch = await resolveBrowser();
const server = await startStaticServer({ root: dist });
const browser = await chromium.launch({ executablePath: launch.executablePath, args: launch.args });
try {
  for (const width of widths) {
    const context = await browser.newContext({ viewport: { width, height: width < 600 ? 740 : 900 }, reducedMotion: "reduce" });
    for (const path of pages) {
      const page = await context.newPage();
      const res = await page.goto(server.url + path, { waitUntil: "networkidle" });
      if (path.includes("?q=")) await page.locator("#search-results a").first().waitFor({ timeout: 15_000 }).catch(() => {});
      const file = join(out, fileName(path, width));
      await page.screenshot({ path: file, fullPage: true });
      console.log(`${String(res?.status() ?? "---")}  ${path.padEnd(28)} ${width}px → screenshots/${fileName(path, width)}`);
      await page.close();
    }
    await context.close();
  }
  console.log(`browser: ${launch.source} (${launch.executablePath})`);
} finally {
  await browser.close();
  await server.close();
}
