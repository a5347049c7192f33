/**
 * `npm run serve` (and `npm start`, which builds first): serves the built site from dist/ on
 * http://127.0.0.1:4321/ (or the port in PORT) with the same server the browser tests use.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { startStaticServer } from "./serve-lib/static-server.ts";

const root = resolve(import.meta.dirname, "../dist");
if (!existsSync(join(root, "index.html"))) {
  console.error("error: dist/index.html is missing: run `npm run build` first (or `npm start`, which builds)");
  process.exit(1);
}
const port = Number(process.env["PORT"] ?? 4321);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`error: PORT=${process.env["PORT"]} is not a port number`);
  process.exit(1);
}
const server = await startStaticServer({ root, port }).catch((err: NodeJS.ErrnoException) => {
  const hint = err.code === "EADDRINUSE" ? ` (port ${port} is taken: try PORT=${port + 1} npm run serve)` : "";
  console.error(`error: cannot listen on 127.0.0.1:${port}: ${err.message}${hint}`);
  process.exit(1);
});
console.log(`Serving dist/ at ${server.url}/  (Ctrl+C to stop)`);
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => void server.close().then(() => process.exit(0)));
}
