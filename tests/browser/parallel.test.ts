/**
 * The side-by-side page in Chromium, on the fixture's bilingual story: two columns on a wide
 * screen, one after the other on a phone, a pair lit up together when the keyboard reaches it,
 * and no more JavaScript than the article itself.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../helpers/build.ts';
import { servedSite, watchResponses } from '../../tools/lib/browser.ts';

const site = servedSite(FIXTURE_DIST);
const ARTICLE = '/zh/articles/bilingual-story/';
const PARALLEL = '/zh/articles/bilingual-story/parallel/';

async function open(path: string, width: number) {
  const context = await site.browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(site.url + path);
  return { context, page, errors };
}

/** Each pair's box and the boxes of its first lead and first other block, in page coordinates. */
function pairBoxes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('.pair')].map((pair) => {
      const box = (e: Element | null) => {
        const r = e!.getBoundingClientRect();
        return { top: r.top + scrollY, bottom: r.bottom + scrollY, left: r.left, right: r.right, width: r.width };
      };
      return {
        name: (pair.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 40),
        pair: box(pair),
        lead: box(pair.querySelector(':scope > .pair-lead')),
        other: box(pair.querySelector(':scope > .pair-other')),
      };
    }),
  );
}

describe('the side-by-side page', () => {
  it('sets each pair side by side at 1280 px: same top, the translation to the right', async () => {
    const { context, page, errors } = await open(PARALLEL, 1280);
    const pairs = await pairBoxes(page);
    expect(pairs.length).toBeGreaterThan(5);
    const wrong = pairs.filter(({ lead, other }) => Math.abs(lead.top - other.top) > 1 || other.left < lead.right);
    expect(wrong.map((p) => `${p.name}: lead ${JSON.stringify(p.lead)}, other ${JSON.stringify(p.other)}`)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('interleaves the languages at 390 px: the translation below, full width, the page never scrolls sideways', async () => {
    const { context, page, errors } = await open(PARALLEL, 390);
    const pairs = await pairBoxes(page);
    const wrong = pairs.filter(
      ({ pair, lead, other }) => other.top < lead.bottom - 1 || Math.abs(lead.width - pair.width) > 1 || Math.abs(other.width - pair.width) > 1 || Math.abs(other.left - lead.left) > 1,
    );
    expect(wrong.map((p) => `${p.name}: pair ${JSON.stringify(p.pair)}, lead ${JSON.stringify(p.lead)}, other ${JSON.stringify(p.other)}`)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('lights up both blocks of a pair when the keyboard reaches a link in one of them', async () => {
    const { context, page } = await open(PARALLEL, 1280);
    const link = page.locator('.parallel-body > .pair > .pair-lead a[href="https://example.com/autolink"]');
    const background = (selector: string) => page.locator(selector).evaluate((e) => getComputedStyle(e).backgroundColor);
    const focusedPair = '.pair:has(> .pair-lead a[href="https://example.com/autolink"])';
    const otherPair = '.parallel-body > .pair:has(.callout)';
    const before = await Promise.all([background(`${focusedPair} > .pair-lead`), background(`${focusedPair} > .pair-other`)]);
    // Tab through the page as a keyboard reader does, until the link has focus.
    for (let presses = 0; !(await link.evaluate((a) => a === document.activeElement)); presses++) {
      expect(presses, 'Tab presses to reach the link').toBeLessThan(60);
      await page.keyboard.press('Tab');
    }
    const lit = await Promise.all([background(`${focusedPair} > .pair-lead`), background(`${focusedPair} > .pair-other`)]);
    const unlit = await Promise.all([background(`${otherPair} > .pair-lead`), background(`${otherPair} > .pair-other`)]);
    expect(lit[0]).toBe(lit[1]);
    expect(lit[0]).not.toBe(before[0]);
    expect(lit[1]).not.toBe(before[1]);
    expect(unlit).toEqual(before);
    await context.close();
  });

  it('loads no more JavaScript than the article, charts drawn on both', async () => {
    /** Every script the page fetches while a reader scrolls to each chart and it is drawn. */
    async function scripts(path: string) {
      const context = await site.browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const watch = watchResponses(page);
      await page.goto(site.url + path);
      const figures = page.locator('chart-figure');
      const count = await figures.count();
      for (let k = 0; k < count; k++) {
        await figures.nth(k).scrollIntoViewIfNeeded();
        await page.locator('chart-figure[data-drawn]').nth(k).waitFor();
      }
      const js = (await watch.settled()).filter((f) => f.path.endsWith('.js'));
      await context.close();
      return { charts: count, files: js.length, bytes: js.reduce((n, f) => n + f.wireBytes, 0), failed: js.filter((f) => f.failed) };
    }
    const article = await scripts(ARTICLE);
    const parallel = await scripts(PARALLEL);
    expect(parallel.charts).toBe(article.charts);
    expect(parallel.charts).toBeGreaterThan(0);
    expect([...parallel.failed, ...article.failed]).toEqual([]);
    expect(parallel.files).toBeLessThanOrEqual(article.files);
    expect(parallel.bytes).toBeLessThanOrEqual(article.bytes);
  });
});
