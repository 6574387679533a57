/**
 * Search across the languages, over a copy of the fixture site with a few words added: a story's
 * two versions side by side when a reader includes the other language, and a query typed in
 * traditional characters searching the simplified text the Chinese stories are written in.
 */
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';

let dir = '';

beforeAll(async () => {
  dir = await copyFixture('search-languages');
  const articles = path.join(dir, 'content', 'articles');
  // "Zephyrine": the English version of the bilingual story is about it; its Chinese version
  // names it once, and a Chinese-only story more often, so that in the Chinese index the story's
  // own version ranks below another story.
  await appendFile(path.join(articles, 'bilingual-story/en.mdx'), '\nZephyrine is the model family this story compares. Zephyrine A leads, Zephyrine B follows, and Zephyrine costs less.\n');
  await appendFile(path.join(articles, 'bilingual-story/zh.mdx'), '\n本文比较 Zephyrine 模型。\n');
  await appendFile(
    path.join(articles, 'zh-only-story/zh.mdx'),
    '\n## 第三节\n\nZephyrine 的定价、Zephyrine 的速度与 Zephyrine 的生态。市场对新模型的温吞反应，像一场海市蜃楼。\n',
  );
  const { code, output } = await buildSite(path.join(dir, 'content'), path.join(dir, 'dist'));
  if (code !== 0) throw new Error(output);
}, 180_000);
const site = servedSite(() => path.join(dir, 'dist'));
afterAll(async () => {
  await removeDir(dir);
});

/** The search page opened with a query, as a shared link opens it: the results' paths, best first. */
async function results(page: Page, lang: 'zh' | 'en', query: string, both = false): Promise<string[]> {
  await page.goto(`${site.url}/${lang}/search/?${new URLSearchParams({ q: query, ...(both ? { all: '1' } : {}) })}`);
  // Settled: found, or found nothing.
  await page.waitForFunction(() => {
    const app = document.querySelector('search-app');
    return app && !app.hasAttribute('aria-busy') && (document.querySelector('.search-hit') || /没有找到|No stories/.test(app.querySelector('[data-status]')?.textContent ?? ''));
  });
  return page.locator('.search-hit h2 a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).pathname));
}

describe('including the other language', () => {
  it("lists a story's other version right after it, ahead of the other language's other matches", async () => {
    const page = await site.browser.newPage();
    // Each language alone: the English story leads its index; in the Chinese index another story
    // outranks the story's own Chinese version.
    expect(await results(page, 'en', 'Zephyrine')).toEqual(['/en/articles/bilingual-story/']);
    expect(await results(page, 'zh', 'Zephyrine')).toEqual(['/zh/articles/zh-only-story/', '/zh/articles/bilingual-story/']);
    expect(await results(page, 'en', 'Zephyrine', true)).toEqual(['/en/articles/bilingual-story/', '/zh/articles/bilingual-story/', '/zh/articles/zh-only-story/']);
    // Marked as the other language's, as before.
    await expect(page.locator('.search-hit').nth(1).locator('.badge').textContent()).resolves.toBe('Chinese');
    await page.close();
  });
});

describe('a query in traditional characters', () => {
  it('finds what its simplified form finds', async () => {
    const page = await site.browser.newPage();
    for (const [traditional, simplified] of [['溫吞反應', '温吞反应'], ['海市蜃樓', '海市蜃楼']]) {
      const found = await results(page, 'zh', simplified!);
      expect(found, simplified).toEqual(['/zh/articles/zh-only-story/']);
      expect(await results(page, 'zh', traditional!), traditional).toEqual(found);
      // The excerpt marks the words, as for the simplified query.
      expect((await page.locator('.search-hit mark').allTextContents()).join(''), traditional).toContain(simplified);
    }
    await page.close();
  });

  it('marks its words, in simplified characters, on the story a result leads to', async () => {
    const page = await site.browser.newPage();
    await results(page, 'zh', '溫吞反應');
    const href = await page.locator('.search-hit h2 a').first().getAttribute('href');
    await page.goto(new URL(href!, site.url).href);
    const marks = page.locator('[data-pagefind-body] mark.search-highlight');
    await marks.first().waitFor();
    expect((await marks.allTextContents()).join('')).toContain('温吞反应');
    await page.close();
  });
});
