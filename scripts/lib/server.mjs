// server.mjs — serves a folder over HTTP, in one of two modes:
//   development (default): every file as it is, `Cache-Control: no-store`. scripts/serve.sh and
//     the browser tests use it; `routes` add test-only paths.
//   published (`published: true`): the way docs/hosting.md asks a real host to serve a published
//     folder (scripts/lib/publish.mjs): precompressed .br/.gz chosen by Accept-Encoding (with
//     Content-Encoding and Vary), immutable caching for content-hashed names and revalidation
//     (no-cache + ETag) for everything else, nosniff, and optional extra headers such as a
//     Content-Security-Policy. A reference for configuring a host, and what the publish tests use.
// Both send correct MIME types (wasm streaming compilation needs application/wasm). Options:
// `precompressed: false` serves a published folder's files as they are (the benchmark measures
// its own transfer sizes); `onRequest(path)` sees every request (the benchmark counts them).
//
//   node scripts/lib/server.mjs [--published] [--csp] [DIR=dist] [PORT=8080]
// PORT 0 picks a free port; the URL is printed on the first line of stdout. HOST=0.0.0.0 lets
// other devices on the network in.
import { createServer } from "node:http";
import { createHash } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";
import { fileURLToPath } from "node:url";

export const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".ttf": "font/ttf", ".otf": "font/otf", ".woff": "font/woff", ".woff2": "font/woff2", ".svg": "image/svg+xml",
  ".png": "image/png", ".ico": "image/x-icon", ".txt": "text/plain; charset=utf-8",
};
// A content-hashed name as publish.mjs writes it: name.<10 hex>.ext.
export const HASHED_NAME = /\.[0-9a-f]{10}\.[A-Za-z0-9]+$/;
// The policy docs/hosting.md recommends for the explainer's own pages.
export const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
  "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'self'";

function accepts(header, coding) {
  for (const part of String(header || "").split(",")) {
    const [name, ...params] = part.trim().split(";").map((s) => s.trim());
    if (name.toLowerCase() !== coding) continue;
    const q = params.find((p) => p.startsWith("q="));
    return !q || parseFloat(q.slice(2)) > 0;
  }
  return false;
}

export function cacheControl(path) {
  return HASHED_NAME.test(path) ? "public, max-age=31536000, immutable" : "no-cache";
}

// Resolves to { server, url }.
export function startServer(dir, port = 0,
  { host = "127.0.0.1", published = false, precompressed = published, routes = {}, headers = {}, onRequest = null } = {}) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    if (onRequest) onRequest(url.pathname);
    const route = routes[url.pathname];
    if (route) return route(req, res);
    let path;
    try { path = normalize(join(base, decodeURIComponent(url.pathname))); } catch { res.writeHead(400).end(); return; }
    if (path !== base && !path.startsWith(base + sep)) { res.writeHead(403).end("forbidden"); return; }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const type = TYPES[extname(path)] || "application/octet-stream";
      if (!published) {
        const body = await readFile(path);
        res.writeHead(200, { "Content-Type": type, "Cache-Control": "no-store", ...headers });
        res.end(body);
        return;
      }
      let file = path, encoding = null;
      for (const [coding, ext] of precompressed ? [["br", ".br"], ["gzip", ".gz"]] : []) {
        if (!accepts(req.headers["accept-encoding"], coding)) continue;
        try { await stat(path + ext); file = path + ext; encoding = coding; break; } catch { /* not precompressed */ }
      }
      const body = await readFile(file);
      const etag = '"' + createHash("sha1").update(body).digest("base64url").slice(0, 16) + (encoding ? "-" + encoding : "") + '"';
      const h = { "Content-Type": type, "Cache-Control": cacheControl(path), "ETag": etag, "Vary": "Accept-Encoding",
        "X-Content-Type-Options": "nosniff", ...headers };
      if (encoding) h["Content-Encoding"] = encoding;
      if (req.headers["if-none-match"] === etag) { res.writeHead(304, h).end(); return; }
      h["Content-Length"] = body.length;
      res.writeHead(200, h);
      res.end(req.method === "HEAD" ? undefined : body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": published ? "no-cache" : "no-store" })
        .end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${server.address().port}` })));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const flags = new Set(process.argv.slice(2).filter((a) => a.startsWith("--")));
  for (const f of flags) {
    if (f !== "--published" && f !== "--csp") { console.error(`usage: server.mjs [--published] [--csp] [DIR] [PORT]  (unknown ${f})`); process.exit(2); }
  }
  const [dir = "dist", port = "8080"] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  const headers = flags.has("--csp") ? { "Content-Security-Policy": CSP } : {};
  const { url } = await startServer(dir, Number(port), { host: process.env.HOST || "127.0.0.1", published: flags.has("--published"), headers });
  console.log(url.replace("127.0.0.1", "localhost") + "/");
}
