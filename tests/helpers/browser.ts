/** Debian's Chromium through playwright-core: no browser is ever downloaded. */
import { gzipSync } from 'node:zlib';
import { chromium, type Browser, type Page } from 'playwright-core';
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
 * after them. Read `browser` and `url` inside tests, once `beforeAll` has run.
 */
export function servedSite(dist: string) {
  const site = {} as { browser: Browser; server: StaticServer; readonly url: string };
  Object.defineProperty(site, 'url', { get: () => site.server.url });
  beforeAll(async () => {
    [site.browser, site.server] = await Promise.all([launchChromium(), serveStatic(dist)]);
  });
  afterAll(async () => {
    await site.browser?.close();
    await site.server?.close();
  });
  return site;
}

/** A response a page received: its path, its body's bytes, and what a host that compresses text sends. */
export interface Fetched {
  path: string;
  bytes: number;
  /**
   * The bytes on the wire from a host that gzips text, as static hosts do: scripts, styles,
   * HTML and JSON gzipped; anything else (Pagefind's index files and WebAssembly, compressed by
   * Pagefind itself; images) as it is.
   */
  wireBytes: number;
}

const TEXT = /^(?:text\/|application\/(?:javascript|json|xml|manifest\+json)|image\/svg)/;

/**
 * Every response `page` receives from now on. A body is read after its response arrives, so
 * `settled()` waits for the bodies of all responses seen so far before listing them.
 */
export function watchResponses(page: Page): { settled(): Promise<Fetched[]> } {
  const fetched: Fetched[] = [];
  const reading: Promise<void>[] = [];
  page.on('response', (response) => {
    reading.push(
      response.body().then(
        (body) => {
          const type = response.headers()['content-type'] ?? '';
          const wireBytes = TEXT.test(type) ? gzipSync(body).length : body.length;
          fetched.push({ path: new URL(response.url()).pathname, bytes: body.length, wireBytes });
        },
        // A redirect or an aborted request has no body to count.
        () => {},
      ),
    );
  });
  return {
    async settled() {
      // Reading one body can take long enough for another response to arrive.
      for (let seen = -1; seen !== reading.length; ) {
        seen = reading.length;
        await Promise.all(reading);
      }
      return fetched;
    },
  };
}
