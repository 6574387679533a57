/**
 * A site whose stories are all in one language has one search bundle. Searching from the other
 * language's pages finds nothing in that language, says so plainly, and can still include the
 * stories of the language that has them.
 */
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';

let dir = '';

beforeAll(async () => {
  dir = await copyFixture('zh-only');
  const content = path.join(dir, 'content');
  await rm(path.join(content, 'articles/en-only-story'), { recursive: true });
  await rm(path.join(content, 'articles/bilingual-story/en.mdx'));
  const { code, output } = await buildSite(content, path.join(dir, 'dist'));
  if (code !== 0) throw new Error(output);
}, 180_000);
const site = servedSite(() => path.join(dir, 'dist'));
afterAll(async () => {
  await removeDir(dir);
});

describe('search on a site with stories in one language only', () => {
  it('finds nothing in the other language without an error, and includes the stories that exist on request', async () => {
    const page = await site.browser.newPage();
    await page.goto(`${site.url}/en/search/?q=${encodeURIComponent('中文正文')}`);
    const status = page.locator('search-app [data-status]');
    await expect.poll(() => status.textContent()).toContain('No stories match');
    await page.getByLabel('Include stories in Chinese').check();
    await page.locator('.search-hit').first().waitFor();
    const paths = await page.locator('.search-hit h2 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(paths).toContain('/zh/articles/zh-only-story/');
    await page.close();
  });

  it('repeats the query as typed when nothing matches, "$&" and all', async () => {
    const page = await site.browser.newPage();
    const query = "$& $' $`";
    await page.goto(`${site.url}/en/search/?q=${encodeURIComponent(query)}`);
    await expect.poll(() => page.locator('search-app [data-status]').textContent()).toContain(`No stories match “${query}”.`);
    await page.close();
  });
});
