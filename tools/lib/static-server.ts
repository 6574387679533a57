/**
 * Serves a built site from a folder on a loopback port, as a static host would: `/x/` serves
 * `/x/index.html`, unknown paths get `/404.html` with status 404. With `hostHeaders`, also applies
 * the folder's `_headers` file as Cloudflare Pages and Netlify do.
 */
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/build/host-headers.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

async function isFile(file: string): Promise<boolean> {
  return (await stat(file).catch(() => undefined))?.isFile() ?? false;
}

export interface ServeOptions {
  /**
   * Apply the root's `_headers` file (required then) the way Cloudflare Pages and Netlify do:
   * every rule whose path matches the request, values of a header set twice joined by ", ", and
   * the file itself never served.
   */
  hostHeaders?: boolean;
}

export async function serveStatic(root: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const rules: HeaderRule[] = options.hostHeaders ? parseHeadersFile(await readFile(path.join(root, '_headers'), 'utf8')) : [];
  const server: Server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', 'http://localhost');
    let file = path.join(root, decodeURIComponent(pathname));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
    if (options.hostHeaders && pathname === '/_headers') file = path.join(root, 'no such file');
    if (pathname.endsWith('/')) file = path.join(file, 'index.html');
    let status = 200;
    if (!(await isFile(file))) {
      status = 404;
      file = path.join(root, '404.html');
    }
    res.writeHead(status, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
