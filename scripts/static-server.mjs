// static-server.mjs — serves a folder over HTTP on localhost with correct MIME types (wasm
// streaming compilation needs application/wasm) and no caching. Used by scripts/serve.sh and
// the browser tests. Usage: node scripts/static-server.mjs DIR [PORT]  (PORT 0 = any free port;
// the chosen URL is printed on the first line of stdout).
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".json": "application/json; charset=utf-8", ".wasm": "application/wasm",
  ".ttf": "font/ttf", ".woff2": "font/woff2", ".png": "image/png", ".svg": "image/svg+xml", ".txt": "text/plain; charset=utf-8",
};

export function startServer(dir, port = 0, { host = "127.0.0.1", routes = {} } = {}) {
  const base = resolve(dir);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, "http://localhost");
    const route = routes[url.pathname];
    if (route) return route(req, res);
    let path = normalize(join(base, decodeURIComponent(url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) { res.writeHead(403).end("forbidden"); return; }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, "index.html");
      const body = await readFile(path);
      res.writeHead(200, { "Content-Type": TYPES[extname(path)] || "application/octet-stream", "Cache-Control": "no-store" });
      res.end(body);
    } catch {
      res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("not found");
    }
  });
  return new Promise((ok) => server.listen(port, host, () => ok({ server, url: `http://${host === "0.0.0.0" ? "localhost" : host}:${server.address().port}` })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [dir = "dist", port = "8080"] = process.argv.slice(2);
  const host = process.env.HOST || "127.0.0.1";
  const { url } = await startServer(dir, Number(port), { host });
  console.log(url.replace("127.0.0.1", "localhost") + "/");
}
