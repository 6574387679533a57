/**
 * The search page opened with a query, as a shared link or the header's search form without
 * JavaScript opens it, on a phone: Pagefind's code comes without waiting for the search code first,
 * and the results come without moving the page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';

const site = servedSite(FIXTURE_DIST);
/** Lighthouse's phone. */
const PHONE = { width: 412, height: 823 };
const OPENED = [
  ['zh', '模型'],
  ['en', 'model'],
] as const;

const settled = (page: Page) => page.waitForFunction(() => !!document.querySelector('.search-hit') && !document.querySelector('search-app')?.hasAttribute('aria-busy'));

describe('the search page opened with a query', () => {
  it.each(OPENED)("fetches Pagefind's code while the search code is still on its way (%s)", async (lang, query) => {
    const page = await site.browser.newPage({ viewport: PHONE });
    const paths: string[] = [];
    page.on('request', (request) => paths.push(new URL(request.url()).pathname));
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/_astro/search-app.*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
    await expect.poll(() => paths.includes(`/pagefind/${lang}/pagefind.js`), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('.search-hit').count()).toBe(0);
    release();
    await settled(page);
    // Fetched once: the search code's import took the module the page had fetched.
    expect(paths.filter((p) => p === `/pagefind/${lang}/pagefind.js`)).toHaveLength(1);
    await page.close();
  });

  it.each(OPENED)('shows its results without moving what is on the screen (%s)', async (lang, query) => {
    const page = await site.browser.newPage({ viewport: PHONE });
    await page.goto(`${site.url}/${lang}/search/?q=${encodeURIComponent(query)}`);
    await settled(page);
    // Layout shifts since the page began, as Lighthouse's CLS counts them, once the results are painted.
    const shifted = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let sum = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) sum += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          requestAnimationFrame(() => requestAnimationFrame(() => resolve(sum)));
        }),
    );
    expect(shifted).toBe(0);
    await page.close();
  });
});
