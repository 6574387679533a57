/**
 * The site served with the `_headers` file the build writes, as Cloudflare Pages and Netlify
 * serve it: another site cannot frame its pages (frame-ancestors exists only as a header), the
 * header policy is the pages' own plus that, caching follows file names, and Chromium finds
 * nothing to complain about. The control serves the same build with the file ignored, as GitHub
 * Pages does, and there the framing works: the difference is the header.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { launchChromium } from '../../tools/lib/browser.ts';
import { loadPage, text } from '../helpers/html.ts';
import { serveStatic, type StaticServer } from '../../tools/lib/static-server.ts';

const ARTICLE = '/en/articles/gpt-5-4-reception/';
const IMMUTABLE = /^public, max-age=31536000, immutable$/;
const REVALIDATE = /^public, max-age=0, must-revalidate$/;

let browser: Browser;
let withHeaders: StaticServer;
let withoutHeaders: StaticServer;
let otherSite: Server;
/** Another site: `localhost`, while the site is served from `127.0.0.1`. */
let otherOrigin = '';

beforeAll(async () => {
  otherSite = createServer((req, res) => {
    const src = new URL(req.url ?? '/', 'http://localhost').searchParams.get('src') ?? '';
    const attr = src.replace(/&/g, '&amp;').replace(/"/g, '&quot;');
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(`<!doctype html><html lang="en"><title>Another site</title><iframe src="${attr}" width="1000" height="700"></iframe>`);
  });
  await new Promise<void>((resolve) => otherSite.listen(0, '127.0.0.1', resolve));
  otherOrigin = `http://localhost:${(otherSite.address() as AddressInfo).port}`;
  [browser, withHeaders, withoutHeaders] = await Promise.all([
    launchChromium(),
    serveStatic(SITE_DIST, 0, { hostHeaders: true }),
    serveStatic(SITE_DIST),
  ]);
});

afterAll(async () => {
  await browser?.close();
  await Promise.all([withHeaders?.close(), withoutHeaders?.close(), new Promise((resolve) => otherSite?.close(resolve))]);
});

/** The article in an iframe on the other site, with what Chromium logs meanwhile. */
async function framedArticle(site: StaticServer): Promise<{ page: Page; console: string[] }> {
  const page = await browser.newPage();
  const console: string[] = [];
  page.on('console', (message) => console.push(message.text()));
  await page.goto(`${otherOrigin}/?src=${encodeURIComponent(site.url + ARTICLE)}`, { waitUntil: 'load' });
  return { page, console };
}

/** Hashes of the inline scripts ahead of the CSP meta on any page of the site, as a browser computes them. */
async function scriptsBeforeMeta(): Promise<string[]> {
  const hashes = new Set<string>();
  for (const file of await readdir(SITE_DIST, { recursive: true })) {
    if (!file.endsWith('.html')) continue;
    const html = await readFile(path.join(SITE_DIST, file), 'utf8');
    const head = html.slice(0, html.indexOf('<meta http-equiv="content-security-policy"'));
    for (const [, body] of head.matchAll(/<script>([\s\S]*?)<\/script>/g)) hashes.add(`'sha256-${createHash('sha256').update(body!).digest('base64')}'`);
  }
  return [...hashes].sort();
}

const title = () => text(loadPage(SITE_DIST, ARTICLE).querySelector('h1'));
const articleHeading = (page: Page) => page.frameLocator('iframe').getByRole('heading', { level: 1, name: title() });

describe('framing by another site', () => {
  it('is refused with the host headers: the frame never shows the article, and Chromium says why', async () => {
    const { page, console } = await framedArticle(withHeaders);
    await expect.poll(() => console.join('\n'), { timeout: 10_000 }).toMatch(/(?:Refused to frame|Framing) 'http:\/\/127\.0\.0\.1:\d+\/'.*frame-ancestors 'none'/);
    expect(await articleHeading(page).count()).toBe(0);
    expect(page.frames()[1]?.url()).not.toContain(ARTICLE);
    await page.close();
  });

  it('works when the header file is ignored (the control: the refusal comes from the header)', async () => {
    const { page, console } = await framedArticle(withoutHeaders);
    await articleHeading(page).waitFor();
    expect(console.filter((line) => line.includes('frame-ancestors'))).toEqual([]);
    await page.close();
  });
});

describe('the headers served', () => {
  const PAGES = ['/', '/zh/', ARTICLE, '/zh/tags/', '/en/models/', '/en/search/', '/404.html', '/no/such/page/'];

  it("carry the page's own policy plus frame-ancestors 'none', and the other security headers, on every page type", async () => {
    const directives = (policy: string) => policy.split(';').map((d) => d.trim()).filter(Boolean);
    const early = await scriptsBeforeMeta();
    for (const pathname of PAGES) {
      const response = await fetch(withHeaders.url + pathname);
      const html = await response.text();
      const meta = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
      expect(meta, pathname).toContain("script-src 'self'");
      // The meta's own directives, but for scripts ahead of the meta, which it lets run unchecked.
      const expected = directives(meta).map((d) => (d.startsWith('script-src ') ? [d, ...early.filter((h) => !d.includes(h))].join(' ') : d));
      expect(directives(response.headers.get('content-security-policy') ?? ''), pathname).toEqual([...expected, "frame-ancestors 'none'"]);
      expect(response.headers.get('x-content-type-options'), pathname).toBe('nosniff');
      expect(response.headers.get('referrer-policy'), pathname).toBe('strict-origin-when-cross-origin');
      expect(response.headers.get('permissions-policy'), pathname).toMatch(/^(?:[a-z-]+=\(\), )*[a-z-]+=\(\)$/);
    }
  });

  it('cache hashed files for a year and make every other file revalidate, with one Cache-Control each', async () => {
    const files = (await readdir(SITE_DIST, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile() && entry.name !== '_headers')
      .map((entry) => `/${path.relative(SITE_DIST, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')}`);
    const hashed = (pathname: string) => /^\/_astro\/|^\/pagefind\/[^/]+\/(?:fragment|index|filter)\/|\.pf_meta$/.test(pathname);
    const urls = [...files, ...files.filter((f) => f.endsWith('/index.html')).map((f) => f.slice(0, -'index.html'.length))];
    const wrong: string[] = [];
    for (const pathname of urls) {
      const response = await fetch(withHeaders.url + pathname);
      await response.arrayBuffer();
      const cache = response.headers.get('cache-control') ?? '(none)';
      if (!(hashed(pathname) ? IMMUTABLE : REVALIDATE).test(cache)) wrong.push(`${pathname}: ${cache}`);
    }
    expect(files.some((f) => f.startsWith('/_astro/') && f.endsWith('.js'))).toBe(true);
    expect(files.some((f) => /\/fragment\//.test(f))).toBe(true);
    expect(wrong).toEqual([]);
    expect((await fetch(`${withHeaders.url}/_headers`)).status).toBe(404);
  });

  it('leave Chromium nothing to report, with the theme script and search (whose worker has only the header policy) at work', async () => {
    const page = await browser.newPage();
    const reported: string[] = [];
    page.on('console', (message) => /Permissions-Policy|feature|Content Security Policy|Refused/i.test(message.text()) && reported.push(message.text()));
    for (const pathname of PAGES) {
      // The inline script ahead of the CSP meta marks that scripts run, before the first paint.
      const themed = (await (await fetch(withHeaders.url + pathname)).text()).includes("classList.add('js')");
      await page.goto(withHeaders.url + pathname, { waitUntil: 'networkidle' });
      if (themed) expect(await page.evaluate(() => document.documentElement.classList.contains('js')), pathname).toBe(true);
      else expect(pathname, 'pages without the theme script').toMatch(/^\/$|404|no\/such/);
    }
    await page.goto(`${withHeaders.url}/zh/search/?q=${encodeURIComponent('幻觉')}`);
    await page.locator('.search-hit').first().waitFor();
    expect(reported).toEqual([]);
    await page.close();
  });
});
