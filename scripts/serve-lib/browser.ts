/**
 * Finds a headless Chromium for the browser tests, screenshots and audits, in this order:
 *   1. `CHROME_PATH`, if set;
 *   2. a system Chromium, unless `NO_SYSTEM_CHROMIUM=1` (set it to check that everything also works on a machine
 *      without one): its headless shell at /usr/bin/chromium-headless-shell (Debian's `chromium-headless-shell`
 *      package) if installed, else the browser at /usr/bin/chromium (Debian's `chromium`). The headless shell is the
 *      build made for automation: the full browser in headless mode opens a page about three times as slowly
 *      (0.3-0.4 s against 0.1 s for a new page, measured with Chromium 156), which doubles the browser tests;
 *   3. the Chromium inside the npm package `@sparticuz/chromium`, unpacked into the temp directory.
 * Each is started with {@link chromiumArgs}, which keep it quiet on machines without network.
 */
import { existsSync } from "node:fs";

/** How to start a browser: the executable, its command-line flags, and where it came from. */
export interface BrowserLaunch {
  executablePath: string;
  args: string[];
  source: "CHROME_PATH" | "system" | "@sparticuz/chromium";
}

/** Where a system Chromium is looked for: its headless shell first, then the full browser. */
export const systemHeadlessShell = "/usr/bin/chromium-headless-shell";
export const systemChromium = "/usr/bin/chromium";

/**
 * Flags for every browser found: headless, no sandbox, no GPU, no background network traffic. The bundled
 * Chromium's own flags suit its serverless home, not a test run, and are not used: `--single-process` makes the
 * browser exit when a context closes; `--no-zygote` starts every renderer from scratch instead of forking it, and
 * its software GPU (`--use-angle=swiftshader`, `--in-process-gpu`) draws every frame on the CPU (the keyboard
 * tests: about 70 s of CPU time with them, 19 s with these); `--disable-web-security` and
 * `--allow-running-insecure-content` would switch off the same-origin checks and mixed-content blocking the site
 * must be tested under.
 */
export const chromiumArgs: readonly string[] = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** What the resolver may look at; tests pass their own. */
export interface ResolveOptions {
  env?: Record<string, string | undefined>;
  exists?: (path: string) => boolean;
  bundled?: () => Promise<string>;
}

/** Resolves the browser to launch (see the module comment for the order). */
export async function resolveBrowser(options: ResolveOptions = {}): Promise<BrowserLaunch> {
  const env = options.env ?? process.env;
  const exists = options.exists ?? existsSync;
  const chromePath = env["CHROME_PATH"]?.trim();
  if (chromePath) {
    if (!exists(chromePath)) throw new Error(`CHROME_PATH=${chromePath} does not exist; unset it or point it at a Chromium`);
    return { executablePath: chromePath, args: [...chromiumArgs], source: "CHROME_PATH" };
  }
  if (env["NO_SYSTEM_CHROMIUM"] !== "1") {
    const system = [systemHeadlessShell, systemChromium].find((path) => exists(path));
    if (system) return { executablePath: system, args: [...chromiumArgs], source: "system" };
  }
  const executablePath = await (options.bundled ?? bundledChromium)();
  return { executablePath, args: [...chromiumArgs], source: "@sparticuz/chromium" };
}

/** The executable of @sparticuz/chromium, unpacked into the temp directory on first use. */
async function bundledChromium(): Promise<string> {
  const { default: chromium } = await import("@sparticuz/chromium");
  return chromium.executablePath();
}
