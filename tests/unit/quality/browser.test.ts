/** The order in which the browser for tests, screenshots and audits is found (GUIDE §4). */
import { describe, expect, it } from "vitest";
import { resolveBrowser, systemChromium, systemHeadlessShell, chromiumArgs } from "../../../scripts/serve-lib/browser.ts";

const bundled = async () => "/tmp/bundled/chromium";

describe("chromiumArgs", () => {
  it("start a quiet headless browser without the bundled Chromium's serverless flags", () => {
    expect(chromiumArgs).toEqual(expect.arrayContaining(["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]));
    for (const flag of ["--single-process", "--no-zygote", "--in-process-gpu", "--disable-web-security", "--allow-running-insecure-content"]) {
      expect(chromiumArgs).not.toContain(flag);
    }
    expect(chromiumArgs.some((a) => a.startsWith("--use-angle") || a.startsWith("--use-gl"))).toBe(false);
  });
});

describe("resolveBrowser", () => {
  it("prefers CHROME_PATH, with the quiet headless flags", async () => {
    const found = await resolveBrowser({ env: { CHROME_PATH: "/opt/chrome" }, exists: () => true, bundled });
    expect(found).toEqual({ executablePath: "/opt/chrome", args: [...chromiumArgs], source: "CHROME_PATH" });
  });

  it("fails clearly when CHROME_PATH points nowhere", async () => {
    await expect(resolveBrowser({ env: { CHROME_PATH: "/nope" }, exists: () => false, bundled })).rejects.toThrow(
      /CHROME_PATH=\/nope does not exist/,
    );
  });

  it("uses the system Chromium when there is one", async () => {
    const found = await resolveBrowser({ env: {}, exists: (p) => p === systemChromium, bundled });
    expect(found).toEqual({ executablePath: systemChromium, args: [...chromiumArgs], source: "system" });
  });

  it("prefers the system Chromium's headless shell to its full browser", async () => {
    const both = await resolveBrowser({ env: {}, exists: (p) => p === systemChromium || p === systemHeadlessShell, bundled });
    expect(both).toEqual({ executablePath: systemHeadlessShell, args: [...chromiumArgs], source: "system" });
    const shellOnly = await resolveBrowser({ env: {}, exists: (p) => p === systemHeadlessShell, bundled });
    expect(shellOnly.executablePath).toBe(systemHeadlessShell);
  });

  it("falls back to @sparticuz/chromium without a system Chromium, or with NO_SYSTEM_CHROMIUM=1, with the same flags", async () => {
    expect(await resolveBrowser({ env: {}, exists: () => false, bundled })).toEqual({
      executablePath: "/tmp/bundled/chromium",
      args: [...chromiumArgs],
      source: "@sparticuz/chromium",
    });
    const skipped = await resolveBrowser({ env: { NO_SYSTEM_CHROMIUM: "1" }, exists: () => true, bundled });
    expect(skipped.source).toBe("@sparticuz/chromium");
  });
});
