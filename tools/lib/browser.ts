/** Debian's Chromium through playwright-core: no browser is ever downloaded. */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page, type Request } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { serveStatic, type StaticServer } from './static-server.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  });
}

/**
 * Chromium and a static server for a built site, started before a test file's tests and stopped
 * after them. Read `browser` and `url` inside tests, once `beforeAll` has run. Call it after the
 * `beforeAll` that builds the site; a folder known only once that has run can be given as a function.
 */
export function servedSite(dist: string | (() => string)) {
  const site = {} as { browser: Browser; server: StaticServer; readonly url: string };
  Object.defineProperty(site, 'url', { get: () => site.server.url });
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveStatic(typeof dist === 'function' ? dist() : dist)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** A request a page made: its path, its body's bytes, and what a host that compresses text sends. */
export interface Fetched {
  path: string;
  bytes: number;
  /**
   * The bytes on the wire from a host that gzips text, as static hosts do: scripts, styles,
   * HTML and JSON gzipped; anything else (Pagefind's index files and WebAssembly, compressed by
   * Pagefind itself; images) as it is.
   */
  wireBytes: number;
  /** Set when the request failed or its body could not be read. */
  failed?: string;
}

const TEXT = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg)/;

/**
 * Every request `page` makes from now on. `settled()` waits until each request seen so far has
 * finished (or failed) and its body has been read, stops watching, and lists them.
 */
export function watchResponses(page: Page): { settled(): Promise<Fetched[]> } {
  const fetched: Fetched[] = [];
  const done = new Map<Request, Promise<void>>();
  const finished = new Map<Request, () => void>();
  const onRequest = (request: Request) => done.set(request, new Promise((resolve) => finished.set(request, resolve)));
  const onFinished = async (request: Request) => {
    const path = new URL(request.url()).pathname;
    try {
      const response = await request.response();
      const body = response ? await response.body() : Buffer.alloc(0);
      const type = response?.headers()['content-type'] ?? '';
      fetched.push({ path, bytes: body.length, wireBytes: TEXT.test(type) ? gzipSync(body).length : body.length });
    } catch (error) {
      fetched.push({ path, bytes: 0, wireBytes: 0, failed: String(error) });
    }
    finished.get(request)?.();
  };
  const onFailed = (request: Request) => {
    fetched.push({ path: new URL(request.url()).pathname, bytes: 0, wireBytes: 0, failed: request.failure()?.errorText ?? 'failed' });
    finished.get(request)?.();
  };
  page.on('request', onRequest);
  page.on('requestfinished', onFinished);
  page.on('requestfailed', onFailed);
  return {
    async settled() {
      // A request can start while others are still being read.
      for (let seen = -1; seen !== done.size; ) {
        seen = done.size;
        await Promise.all(done.values());
      }
      page.off('request', onRequest);
      page.off('requestfinished', onFinished);
      page.off('requestfailed', onFailed);
      return fetched.slice();
    },
  };
}
