/**
 * Finds a headless Chromium for the browser tests, screenshots and audits, in this order:
 *   1. `CHROME_PATH`, if set;
 *   2. a system Chromium at /usr/bin/chromium (Debian's `chromium` package), unless `NO_SYSTEM_CHROMIUM=1`
 *      (set it to check that everything also works on a machine without one);
 *   3. the Chromium inside the npm package `@sparticuz/chromium`, unpacked into the temp directory, with
 *      its own flags (less the few in {@link droppedBundledArgs}).
 * The flags keep a system browser quiet on machines without network.
 */
import { existsSync } from "node:fs";

/** How to start a browser: the executable, its command-line flags, and where it came from. */
export interface BrowserLaunch {
  executablePath: string;
  args: string[];
  source: "CHROME_PATH" | "system" | "@sparticuz/chromium";
}

/** Where a system Chromium is looked for. */
export const systemChromium = "/usr/bin/chromium";

/** Flags for CHROME_PATH and the system Chromium: headless, no sandbox, no background network traffic. */
export const systemChromiumArgs: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/**
 * Flags of @sparticuz/chromium left out here: they suit its serverless home, not a test run.
 * `--single-process` makes the browser exit when a context closes; the other two would switch off the
 * same-origin checks and mixed-content blocking the site must be tested under.
 */
export const droppedBundledArgs: readonly string[] = [
  "--single-process",
  "--disable-web-security",
  "--allow-running-insecure-content",
];

/** What the resolver may look at; tests pass their own. */
export interface ResolveOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  bundled?: () => Promise<{ executablePath: string; args: string[] }>;
}

/** Resolves the browser to launch (see the module comment for the order). */
export async function resolveBrowser(options: ResolveOptions = {}): Promise<BrowserLaunch> {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const chromePath = env["CHROME_PATH"]?.trim();
  if (chromePath) {
    if (!exists(chromePath)) throw new Error(`CHROME_PATH=${chromePath} does not exist; unset it or point it at a Chromium`);
    return { executablePath: chromePath, args: [...systemChromiumArgs], source: "CHROME_PATH" };
  }
  if (env["NO_SYSTEM_CHROMIUM"] !== "1" && exists(systemChromium)) {
    return { executablePath: systemChromium, args: [...systemChromiumArgs], source: "system" };
  }
  const bundled = await (options.bundled ?? bundledChromium)();
  const args = bundled.args.filter((a) => !droppedBundledArgs.includes(a));
  return { executablePath: bundled.executablePath, args, source: "@sparticuz/chromium" };
}

async function bundledChromium(): Promise<{ executablePath: string; args: string[] }> {
  const { default: chromium } = await import("@sparticuz/chromium");
  return { executablePath: await chromium.executablePath(), args: [...chromium.args] };
}
