/**
 * A small static file server for the built site (dist/): the one used by `npm run serve`, the browser
 * tests, the screenshots and the Lighthouse audit. It behaves like the static hosts the site is meant for:
 * `/dir/` serves `dir/index.html`, `/dir` redirects to `/dir/`, unknown paths get `404.html` with status
 * 404, the host's `_headers` file (if the site has one) is applied and not served, and nothing outside
 * the root is ever served.
 */
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join, resolve, sep } from "node:path";
import { headersFor, parseHeadersFile, type HeaderRule } from "./headers-file.ts";

/** Content types by file extension; anything else is served as application/octet-stream. */
export const mimeTypes: Readonly<Record<string, string>> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".map": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".md": "text/markdown; charset=utf-8",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".jpeg": "image/jpeg",
  ".gif": "image/gif",
  ".webp": "image/webp",
  ".avif": "image/avif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
};

/** Options of {@link startStaticServer}. */
export interface StaticServerOptions {
  /** Folder to serve (the built site). */
  root: string;
  /** Interface to listen on; 127.0.0.1 unless told otherwise. */
  host?: string;
  /** Port; 0 (the default) picks a free one. */
  port?: number;
}

/** A running server: its base URL (no trailing slash) and a way to stop it. */
export interface StaticServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** What a request path maps to: a file to send, a redirect, or nothing. */
export type Resolution = { kind: "file"; file: string } | { kind: "redirect"; location: string } | { kind: "missing" };

/** Maps a URL path onto a file under `root`, refusing anything that would leave it. */
export async function resolveRequestPath(root: string, urlPath: string): Promise<Resolution> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return { kind: "missing" };
  }
  if (decoded.includes("\0") || decoded.includes("\\")) return { kind: "missing" };
  const base = resolve(root);
  const target = resolve(join(base, decoded));
  if (target !== base && !target.startsWith(base + sep)) return { kind: "missing" };
  const info = await stat(target).catch(() => null);
  if (info?.isFile()) return decoded.endsWith("/") ? { kind: "missing" } : { kind: "file", file: target };
  if (info?.isDirectory()) {
    if (!urlPath.endsWith("/")) return { kind: "redirect", location: `${urlPath}/` };
    const index = join(target, "index.html");
    if ((await stat(index).catch(() => null))?.isFile()) return { kind: "file", file: index };
  }
  return { kind: "missing" };
}

/** Starts serving `root` over HTTP; resolves once it listens. */
export async function startStaticServer(options: StaticServerOptions): Promise<StaticServer> {
  const root = resolve(options.root);
  const host = options.host ?? "127.0.0.1";
  const headersText = await readFile(join(root, "_headers"), "utf8").catch(() => "");
  const rules = parseHeadersFile(headersText);
  const server: Server = createServer((req, res) => {
    handle(root, rules, req, res).catch(() => {
      if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain; charset=utf-8" });
      res.end("internal error");
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, host, () => ok());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    port,
    close: () =>
      new Promise<void>((ok) => {
        server.close(() => ok());
        server.closeAllConnections();
      }),
  };
}

/** Files of the static host's own configuration, never served. */
const hostFiles = new Set(["/_headers", "/_redirects"]);

async function handle(root: string, rules: HeaderRule[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD" }).end();
    return;
  }
  const { pathname, search } = new URL(req.url ?? "/", "http://localhost");
  const found = hostFiles.has(pathname) ? ({ kind: "missing" } as const) : await resolveRequestPath(root, pathname);
  if (found.kind === "redirect") {
    res.writeHead(301, { location: found.location + search }).end();
    return;
  }
  const notFound = found.kind === "missing" ? await resolveRequestPath(root, "/404.html") : null;
  const file = found.kind === "file" ? found.file : notFound?.kind === "file" ? notFound.file : null;
  const status = found.kind === "file" ? 200 : 404;
  if (!file) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("not found");
    return;
  }
  const { size } = await stat(file);
  res.writeHead(status, {
    ...headersFor(rules, pathname),
    "content-type": mimeTypes[extname(file).toLowerCase()] ?? "application/octet-stream",
    "content-length": size,
    "cache-control": "no-cache",
    "x-content-type-options": "nosniff",
  });
  if (req.method === "HEAD") {
    res.end();
    return;
  }
  createReadStream(file).pipe(res);
}
