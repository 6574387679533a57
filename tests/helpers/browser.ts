/** Debian's Chromium through playwright-core: no browser is ever downloaded. */
import { chromium, type Browser } from 'playwright-core';
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
