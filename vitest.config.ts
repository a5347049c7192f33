import { defineConfig } from "vitest/config";

/** Two projects: `unit` (pure modules, no build needed) and `e2e` (the built site in headless Chromium). */
export default defineConfig({
  test: {
    // Two test files at a time, in both projects (Vitest's default here is one). A browser test spends much of its
    // time waiting on the browser, so two files side by side keep both cores busy. The unit project runs first
    // (sequence.groupOrder), so that a broken unit test shows within a minute.
    maxWorkers: 2,
    projects: [
      {
        test: {
          name: "unit",
          include: ["tests/unit/**/*.test.ts"],
          sequence: { groupOrder: 0 },
          environment: "node",
          // The unit tests read pure modules and share no state but caches: the test files of a worker share
          // one module graph, so the reports they extract (tests/unit/figures/helpers.ts) are parsed once, not
          // once per file (the unit project: about 40 s instead of 120 s on two cores).
          isolate: false,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["tests/e2e/**/*.test.ts"],
          sequence: { groupOrder: 1 },
          globalSetup: ["tests/e2e/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // A page's script or a navigation can take seconds on a loaded machine; expect.poll's default of 1 s
          // fails there while the page is merely slow. Each poll still ends at its first passing value.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
});
