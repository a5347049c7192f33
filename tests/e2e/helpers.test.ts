/** The page helpers the other browser tests rely on really record what goes wrong. */
import { describe, expect, it } from "vitest";
import { useSite } from "./helpers.ts";

const site = useSite();

describe("openPage", () => {
  it("records console errors, uncaught exceptions and failed requests of site pages", async () => {
    const opened = await site.openPage("/");
    await opened.page.evaluate(() => {
      console.error("logged on purpose");
      setTimeout(() => {
        throw new Error("thrown on purpose");
      });
      const img = document.createElement("img");
      img.src = "/missing-on-purpose.png";
      img.alt = "";
      document.body.append(img);
    });
    await expect
      .poll(() => opened.problems.map((p) => p.kind).sort())
      .toEqual(expect.arrayContaining(["console", "pageerror", "failed"]));
    expect(opened.problems.find((p) => p.kind === "failed")?.text).toMatch(/missing-on-purpose\.png: HTTP 404/);
    expect(opened.problems.find((p) => p.kind === "pageerror")?.text).toBe("thrown on purpose");
    expect(opened.problems.every((p) => p.page === "/")).toBe(true);
    await opened.close();
  });

  it("blocks and records requests to other hosts", async () => {
    // With the CSP bypassed the request reaches the network layer, where openPage stops it.
    const opened = await site.openPage("/", { bypassCSP: true });
    await opened.page.evaluate(() => {
      new Image().src = "http://example.invalid/pixel.png";
    });
    await expect.poll(() => opened.problems.filter((p) => p.kind === "outside").map((p) => p.text)).toEqual([
      "request to http://example.invalid/pixel.png",
    ]);
    expect(opened.problems.some((p) => p.kind === "failed" && p.text.includes("example.invalid"))).toBe(false);
    await opened.close();
  });
});
