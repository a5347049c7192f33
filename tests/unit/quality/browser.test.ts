/** The order in which the browser for tests, screenshots and audits is found (GUIDE §4). */
import { describe, expect, it } from "vitest";
import { resolveBrowser, systemChromium, systemChromiumArgs } from "../../../scripts/serve-lib/browser.ts";

const bundled = async () => ({
  executablePath: "/tmp/bundled/chromium",
  args: ["--no-sandbox", "--single-process", "--disable-web-security", "--allow-running-insecure-content"],
});

describe("resolveBrowser", () => {
  it("prefers CHROME_PATH, with the quiet headless flags", async () => {
    const found = await resolveBrowser({ env: { CHROME_PATH: "/opt/chrome" }, exists: () => true, bundled });
    expect(found).toEqual({ executablePath: "/opt/chrome", args: [...systemChromiumArgs], source: "CHROME_PATH" });
  });

  it("fails clearly when CHROME_PATH points nowhere", async () => {
    await expect(resolveBrowser({ env: { CHROME_PATH: "/nope" }, exists: () => false, bundled })).rejects.toThrow(
      /CHROME_PATH=\/nope does not exist/,
    );
  });

  it("uses the system Chromium when there is one", async () => {
    const found = await resolveBrowser({ env: {}, exists: (p) => p === systemChromium, bundled });
    expect(found.source).toBe("system");
    expect(found.args).toContain("--disable-background-networking");
  });

  it("falls back to @sparticuz/chromium without a system Chromium, or with NO_SYSTEM_CHROMIUM=1", async () => {
    expect(await resolveBrowser({ env: {}, exists: () => false, bundled })).toEqual({
      executablePath: "/tmp/bundled/chromium",
      args: ["--no-sandbox"],
      source: "@sparticuz/chromium",
    });
    const skipped = await resolveBrowser({ env: { NO_SYSTEM_CHROMIUM: "1" }, exists: () => true, bundled });
    expect(skipped.source).toBe("@sparticuz/chromium");
  });
});
