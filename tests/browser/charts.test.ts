/** Charts in Chromium: loaded only near the viewport, drawn for real, recoloured with the theme. */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';

const site = servedSite(SITE_DIST);

/** How many pixels of the figure's canvas are painted, and a fingerprint of what is painted. */
function paint(page: Page, index = 0) {
  return page.locator('figure.chart canvas').nth(index).evaluate((canvas: HTMLCanvasElement) => {
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let painted = 0;
    let hash = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3]! > 0) painted++;
      hash = (hash * 31 + data[i]! + data[i + 1]! * 3 + data[i + 2]! * 7) | 0;
    }
    return { painted, hash };
  });
}

describe('a chart page', () => {
  it('requests Chart.js only when a chart nears the viewport, then draws it without moving the page', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const page = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).pathname));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));

    await page.goto(`${site.url}/en/articles/gpt-5-4-reception/`, { waitUntil: 'networkidle' });
    expect(requests.filter((p) => p.includes('chart-draw'))).toEqual([]);
    const figure = page.locator('figure.chart').first();
    const before = await figure.boundingBox();
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);

    await figure.scrollIntoViewIfNeeded();
    await page.locator('chart-figure[data-drawn]').first().waitFor();
    expect(requests.filter((p) => p.includes('chart-draw'))).toHaveLength(1);
    const { painted } = await paint(page);
    const size = await page.locator('figure.chart canvas').first().evaluate((c: HTMLCanvasElement) => c.width * c.height);
    expect(painted / size).toBeGreaterThan(0.02);

    const after = await figure.boundingBox();
    expect(after!.height).toBe(before!.height);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBe(pageHeight);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('recolours a drawn chart when the reader switches theme, without reloading', async () => {
    const context = await site.browser.newContext({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto(`${site.url}/zh/articles/gpt-5-4-reception/`);
    await page.locator('figure.chart').first().scrollIntoViewIfNeeded();
    await page.locator('chart-figure[data-drawn]').first().waitFor();
    const light = await paint(page);
    await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
    await page.getByRole('button', { name: '切换深色/浅色主题' }).click();
    await expect.poll(async () => (await paint(page)).hash).not.toBe(light.hash);
    expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
    await context.close();
  });

  it('without JavaScript shows the table and no empty chart box', async () => {
    const context = await site.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site.url}/en/articles/gpt-5-4-reception/`);
    expect(await page.getByRole('table').first().isVisible()).toBe(true);
    const figures = page.locator('figure.chart');
    expect(await figures.count()).toBeGreaterThan(0);
    for (let i = 0; i < (await figures.count()); i++) expect(await figures.nth(i).isVisible()).toBe(false);
    await context.close();
  });
});

describe('a page without charts', () => {
  it('loads no chart code at all', async () => {
    const context = await site.browser.newContext();
    const page = await context.newPage();
    const scripts: string[] = [];
    page.on('request', (r) => r.resourceType() === 'script' && scripts.push(new URL(r.url()).pathname));
    await page.goto(`${site.url}/zh/articles/ai-agent-autonomy-gap/`, { waitUntil: 'networkidle' });
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForLoadState('networkidle');
    expect(scripts.filter((s) => /chart/i.test(s))).toEqual([]);
    await context.close();
  });
});
