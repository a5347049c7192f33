// Preloaded with `node --import` by the build benchmark: on exit, append this process's peak resident set
// size (KiB) and the CPU time it used (user + system, µs) to the file named by BENCH_MAXRSS_FILE.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on("exit", () => {
    const u = process.resourceUsage();
    appendFileSync(file, `${u.maxRSS} ${u.userCPUTime + u.systemCPUTime}\n`);
  });
}
