// Preloaded with `node --import` by the build benchmark: on exit, append this process's peak resident set
// size (KiB) to the file named by BENCH_MAXRSS_FILE.
import { appendFileSync } from "node:fs";

const file = process.env.BENCH_MAXRSS_FILE;
if (file) process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
