/**
 * A reader in Chromium: arrives at `/`, reads the seed story, switches language, follows the
 * table of contents, switches theme, on a phone and a desktop.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';

const site = servedSite(SITE_DIST);

/** A fresh reader (empty storage) whose page fails the test on any console error or page error. */
async function reader(options: Parameters<Browser['newContext']>[0] = {}): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext(options);
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

describe('arriving at /', () => {
  it.each([
    ['en-US', '/en/'],
    ['zh-CN', '/zh/'],
    ['fr-FR', '/zh/'],
  ])('a browser in %s lands on %s', async (locale, expected) => {
    const { context, page, errors } = await reader({ locale });
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}${expected}`);
    expect(await page.locator('h1').first().isVisible()).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the seed story', () => {
  it('reads in Chinese, switches to English with the language switch, and / remembers the choice', async () => {
    const { context, page, errors } = await reader({ locale: 'zh-CN' });
    await page.goto(`${site.url}/zh/articles/gpt-5-4-reception/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('GPT-5.4 反响平平预示生成式 AI 战略转向：从规模崇拜到实用主义');
    const table = page.getByRole('table', { name: 'GPT-5.4 与同类模型的基准测试、延迟与幻觉率对比' });
    await expect(table.getByRole('row', { name: /GPT-5\.4/ }).textContent()).resolves.toContain('88.1%');

    await page.getByRole('banner').getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(`${site.url}/en/articles/gpt-5-4-reception/`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      "GPT-5.4's Lukewarm Reception Signals Generative AI's Pivot from Scale to Utility",
    );
    expect(await page.locator('html').getAttribute('lang')).toBe('en');

    await page.getByRole('banner').getByRole('link', { name: '阅读本页的中文版' }).click();
    await page.waitForURL(`${site.url}/zh/articles/gpt-5-4-reception/`);

    // The reader's last pick wins over the browser's languages on the next visit to /.
    await page.getByRole('contentinfo').getByRole('link', { name: 'Read this page in English' }).click();
    await page.waitForURL(/\/en\/articles\//);
    await page.goto(`${site.url}/`);
    await page.waitForURL(`${site.url}/en/`);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a phone screen: only the table scrolls sideways', async () => {
    const { context, page } = await reader({ viewport: { width: 360, height: 740 } });
    for (const lang of ['zh', 'en']) {
      await page.goto(`${site.url}/${lang}/articles/gpt-5-4-reception/`);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, lang).toBeLessThanOrEqual(0);
      const region = page.locator('.model-table');
      const scrolls = await region.evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(scrolls, lang).toBe(true);
    }
    await context.close();
  });
});

describe('table of contents', () => {
  it('jumps to a Chinese heading', async () => {
    const { context, page } = await reader({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}/zh/articles/ai-agent-autonomy-gap/`);
    const link = page.locator('.toc a').nth(1);
    const label = (await link.textContent())!.trim();
    expect(label).toMatch(/\p{Script=Han}/u);
    await link.click();
    const heading = page.getByRole('heading', { level: 2, name: label });
    await expect(heading.evaluate((el) => el.getBoundingClientRect().top)).resolves.toBeLessThan(100);
    expect(decodeURIComponent(new URL(page.url()).hash)).toBe(`#${await heading.getAttribute('id')}`);
    await context.close();
  });
});

describe('theme', () => {
  const background = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

  it('follows the system, and a toggled choice persists across pages without a flash', async () => {
    const { context, page, errors } = await reader({ colorScheme: 'light' });
    await page.goto(`${site.url}/en/`);
    const light = await background(page);
    await page.getByRole('button', { name: 'Switch between dark and light theme' }).click();
    const dark = await background(page);
    expect(dark).not.toBe(light);

    // On the next page the stored choice is applied by the head script, before any module runs.
    await page.route('**/*.js', (route) => route.abort());
    await page.goto(`${site.url}/zh/articles/gpt-5-4-reception/`);
    expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
    expect(await background(page)).toBe(dark);
    expect(errors.filter((e) => !e.includes('ERR_FAILED'))).toEqual([]);
    await context.close();
  });

  it('dark system preference applies with JavaScript off, and the toggle stays hidden', async () => {
    const { context, page } = await reader({ colorScheme: 'dark', javaScriptEnabled: false });
    await page.goto(`${site.url}/zh/`);
    expect(await background(page)).toBe('rgb(18, 20, 24)');
    expect(await page.locator('.theme-toggle').isVisible()).toBe(false);
    await context.close();
  });
});

describe('further reading', () => {
  it('leads from the seed story to the four stories it names', async () => {
    const { context, page, errors } = await reader();
    const titles = [
      'OpenAI 9.4亿美元押注Isara：战略转向具身AI，剑指物理世界主导权',
      'AI智能体自主性鸿沟：为何现有系统在现实世界中频频失效',
      '超越基准测试：从奥特曼的2026蓝图看“隐形AI基础设施”时代的到来',
      'AI智能体海市蜃楼：为何当今技术栈面临18个月后的过时危机',
    ];
    for (const title of titles) {
      await page.goto(`${site.url}/zh/articles/gpt-5-4-reception/`);
      const related = page.getByRole('region', { name: '延伸阅读' });
      await related.getByRole('link', { name: title }).click();
      await page.waitForURL(/\/zh\/articles\/[a-z0-9-]+\/$/);
      await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe(title);
    }
    expect(errors).toEqual([]);
    await context.close();
  });
});
