/**
 * Serves a built site from a folder on a loopback port, as a static host would: `/x/` serves
 * `/x/index.html`, unknown paths get `/404.html` with status 404. With `hostHeaders`, also applies
 * the folder's `_headers` file as Cloudflare Pages and Netlify do.
 *
 * Files, their types and ranges are sirv's; this adds the 404 page and the `_headers` rules.
 */
import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import sirv from 'sirv';
import { headersFor, parseHeadersFile, type HeaderRule } from '../../src/build/host-headers.ts';

export interface StaticServer {
  url: string;
  close(): Promise<void>;
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
  const pathOf = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://localhost').pathname;
  const applyRules = (res: ServerResponse, pathname: string) => {
    for (const [name, value] of headersFor(rules, pathname)) res.setHeader(name, value);
  };
  const notFound = (req: IncomingMessage, res: ServerResponse) => {
    applyRules(res, pathOf(req));
    res.writeHead(404, { 'content-type': 'text/html;charset=utf-8' });
    createReadStream(path.join(root, '404.html')).pipe(res);
  };
  // Not sirv's dev mode, which marks every file `no-store` over what `_headers` says; its list
  // of files is read once, here: serve a folder once it is built.
  const files = sirv(root, { dev: false, etag: false, onNoMatch: notFound, setHeaders: (res, pathname) => applyRules(res, pathname) });
  const server: Server = createServer((req, res) => {
    if (options.hostHeaders && pathOf(req) === '/_headers') return notFound(req, res);
    files(req, res);
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
