/**
 * The Content-Security-Policy holds in Chromium on every page type, with search and charts at
 * work, and no page requests anything outside the site.
 */
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';
import { loadPage } from '../helpers/html.ts';

const site = servedSite(SITE_DIST);

const PAGES = ['/', '/zh/', '/zh/articles/gpt-5-4-reception/', '/en/articles/ai-agent-autonomy-gap/', '/zh/tags/', '/en/tags/openai/', '/zh/models/', '/en/models/gpt-5-4/', '/404.html'];

describe('Content-Security-Policy', () => {
  it('is set on every page without unsafe-inline', () => {
    for (const path of PAGES) {
      const csp = loadPage(SITE_DIST, path).querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).toContain("default-src 'self'");
      expect(csp, path).not.toContain('unsafe-inline');
    }
  });

  it('reports no violation and no outside request across page types, charts drawn and a search run', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`),
      );
    });
    const outside: string[] = [];
    const violations: string[] = [];
    context.on('request', (r) => {
      const url = new URL(r.url());
      if (url.origin !== site.url && url.protocol !== 'data:' && url.protocol !== 'blob:') outside.push(r.url());
    });
    const page = await context.newPage();
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && violations.push(m.text()));
    const collect = async (path: string) => violations.push(...(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).map((v) => `${path}: ${v}`));

    for (const path of PAGES) {
      await page.goto(site.url + path, { waitUntil: 'networkidle' });
      await collect(path);
    }
    await page.goto(`${site.url}/en/articles/gpt-5-4-reception/`);
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.locator('chart-figure[data-drawn]').first().waitFor();
    await page.getByRole('button', { name: 'Switch between dark and light theme' }).click();
    await collect('chart');
    await page.goto(`${site.url}/zh/search/?q=${encodeURIComponent('幻觉')}`);
    await page.locator('.search-hit').first().waitFor();
    await page.locator('.search-hit a').first().click();
    await page.locator('mark.search-highlight').first().waitFor();
    await collect('search');

    expect(violations).toEqual([]);
    expect(outside).toEqual([]);
    await context.close();
  });
});
