/** The static server shared by `npm run serve`, the e2e tests, screenshots and audits. */
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { resolveRequestPath, startStaticServer, type StaticServer } from "../../../scripts/serve-lib/static-server.ts";

let dir: string;
let root: string;
let server: StaticServer;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "static-server-"));
  root = join(dir, "site");
  await mkdir(join(root, "reports/a"), { recursive: true });
  await mkdir(join(root, "data"), { recursive: true });
  await writeFile(join(root, "index.html"), "<!doctype html><title>home</title>");
  await writeFile(join(root, "reports/a/index.html"), "<!doctype html><title>a</title>");
  await writeFile(join(root, "404.html"), "<!doctype html><title>not found</title>");
  await writeFile(join(root, "data/x.json"), "[]");
  await writeFile(join(root, "data/x.csv"), "a,b\n");
  await writeFile(join(root, "data/x.md"), "# x\n");
  await writeFile(join(root, "icon.svg"), "<svg xmlns='http://www.w3.org/2000/svg'/>");
  await writeFile(join(root, "_headers"), "/*\n  X-Frame-Options: DENY\n/data/*\n  Access-Control-Allow-Origin: *\n");
  await writeFile(join(dir, "secret.txt"), "outside the root");
  server = await startStaticServer({ root });
});

afterAll(async () => {
  await server.close();
  await rm(dir, { recursive: true, force: true });
});

/** Sends a raw request line, so paths reach the server exactly as written (fetch would normalise `..`). */
async function raw(path: string): Promise<{ status: number; body: string }> {
  const { request } = await import("node:http");
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port: server.port, path }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (c: string) => (body += c));
      res.on("end", () => ok({ status: res.statusCode ?? 0, body }));
    });
    req.on("error", fail).end();
  });
}

describe("static server", () => {
  it("listens on 127.0.0.1 on a free port", () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(server.port).toBeGreaterThan(0);
  });

  it("serves /dir/ from dir/index.html and / from index.html", async () => {
    const home = await fetch(`${server.url}/`);
    expect(home.status).toBe(200);
    expect(await home.text()).toContain("<title>home</title>");
    const page = await fetch(`${server.url}/reports/a/?q=x`);
    expect(page.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(await page.text()).toContain("<title>a</title>");
  });

  it("redirects a directory without its trailing slash, keeping the query", async () => {
    const res = await fetch(`${server.url}/reports/a?q=1`, { redirect: "manual" });
    expect(res.status).toBe(301);
    expect(res.headers.get("location")).toBe("/reports/a/?q=1");
  });

  it.each([
    ["/data/x.json", "application/json; charset=utf-8"],
    ["/data/x.csv", "text/csv; charset=utf-8"],
    ["/data/x.md", "text/markdown; charset=utf-8"],
    ["/icon.svg", "image/svg+xml"],
  ])("sends %s as %s", async (path, type) => {
    const res = await fetch(server.url + path);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(type);
  });

  it("answers unknown paths with the 404 page and status 404", async () => {
    const res = await fetch(`${server.url}/nope/`);
    expect(res.status).toBe(404);
    expect(await res.text()).toContain("not found");
  });

  it.each(["/../secret.txt", "/%2e%2e/secret.txt", "/reports/..%2f..%2fsecret.txt", "/..%5csecret.txt", "/a%00b"])(
    "never serves outside the root: %s",
    async (path) => {
      const res = await raw(path);
      expect(res.status).toBe(404);
      expect(res.body).not.toContain("outside the root");
    },
  );

  it.each(["/../secret.txt", "/reports/../../secret.txt", "/%2e%2e/secret.txt"])("resolves %s to nothing", async (path) => {
    expect(await resolveRequestPath(root, path)).toEqual({ kind: "missing" });
  });

  it("applies the site's _headers rules and does not serve the file itself", async () => {
    const data = await fetch(`${server.url}/data/x.json`);
    expect(data.headers.get("x-frame-options")).toBe("DENY");
    expect(data.headers.get("access-control-allow-origin")).toBe("*");
    const home = await fetch(`${server.url}/`);
    expect(home.headers.get("access-control-allow-origin")).toBeNull();
    expect((await fetch(`${server.url}/_headers`)).status).toBe(404);
  });

  it("answers HEAD without a body and refuses other methods", async () => {
    const head = await fetch(`${server.url}/data/x.json`, { method: "HEAD" });
    expect(head.status).toBe(200);
    expect(head.headers.get("content-length")).toBe("2");
    expect((await fetch(`${server.url}/`, { method: "POST" })).status).toBe(405);
  });
});
