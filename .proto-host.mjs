import { readFile, stat } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize, resolve, sep } from "node:path";
import { gzipSync } from "node:zlib";
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".bib": "application/x-bibtex; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".gif": "image/gif",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".ttf": "font/ttf",
  ".txt": "text/plain; charset=utf-8",
  ".md": "text/plain; charset=utf-8",
  ".csv": "text/csv; charset=utf-8",
  ".pdf": "application/pdf"
};
const COMPRESSIBLE = /^(text\/|application\/json|image\/svg)/;
function fileFor(mounts, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0] ?? "/");
  } catch {
    return null;
  }
  if (path.includes("\0")) return null;
  const prefix = Object.keys(mounts).filter((p) => path.startsWith(p) || path === p.slice(0, -1)).sort((a, b) => b.length - a.length)[0];
  if (prefix === void 0) return null;
  const base = resolve(mounts[prefix] ?? ".");
  const rest = path.slice(prefix.length);
  const file = resolve(join(base, normalize(`/${rest}`)));
  if (file !== base && !file.startsWith(base + sep)) return null;
  return rest === "" || rest.endsWith("/") ? join(file, "index.html") : file;
}
async function handle(mounts, req, res) {
  const url = req.url ?? "/";
  const path = url.split(/[?#]/)[0] ?? "/";
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" }).end("405\n");
    return;
  }
  if (Object.keys(mounts).some((p) => path === p.slice(0, -1) && p !== "/")) {
    res.writeHead(301, { location: `${path}/${url.slice(path.length)}` }).end();
    return;
  }
  const file = fileFor(mounts, url);
  const info = file ? await stat(file).catch(() => null) : null;
  if (!file || !info?.isFile()) {
    res.writeHead(404, { "content-type": "text/plain; charset=utf-8" }).end("404\n");
    return;
  }
  const type = TYPES[extname(file).toLowerCase()] ?? "application/octet-stream";
  let body = await readFile(file);
  const headers = {
    "content-type": type,
    "cache-control": /-[\w-]{8}\.\w+$/.test(file) ? "public, max-age=31536000, immutable" : "no-cache",
    "x-content-type-options": "nosniff"
  };
  if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers["accept-encoding"] ?? "")) {
    body = gzipSync(body, { level: 9 });
    headers["content-encoding"] = "gzip";
    headers.vary = "accept-encoding";
  }
  headers["content-length"] = String(body.length);
  res.writeHead(200, headers);
  res.end(req.method === "HEAD" ? void 0 : body);
}
async function hostStatic(mounts, port = 0) {
  const server = createServer((req, res) => {
    handle(mounts, req, res).catch((error) => {
      res.writeHead(500, { "content-type": "text/plain; charset=utf-8" }).end(`${String(error)}
`);
    });
  });
  await new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => done());
  });
  const { port: bound } = server.address();
  return {
    origin: `http://127.0.0.1:${bound}`,
    close: () => new Promise((done) => {
      server.closeAllConnections();
      server.close(() => done());
    })
  };
}
export {
  fileFor,
  hostStatic
};
