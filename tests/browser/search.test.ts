/**
 * Search in Chromium against a real Pagefind index: the site's stories among 60 synthetic ones
 * that share their vocabulary. The query set says which story a reader expects in the top 3.
 */
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCorpus } from '../../scripts/lib/synthetic.ts';
import { contentDir } from '../../src/lib/site-env.ts';
import { TMP, buildSite, removeDir } from '../helpers/build.ts';
import { launchChromium } from '../helpers/browser.ts';
import { serveStatic, type StaticServer } from '../helpers/static-server.ts';

const DIR = path.join(TMP, 'search-corpus');
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  await removeDir(DIR);
  await writeCorpus(path.join(DIR, 'content'), 60, { registries: contentDir({}), withRealStories: true });
  const { code, output } = await buildSite(path.join(DIR, 'content'), path.join(DIR, 'dist'));
  if (code !== 0) throw new Error(output);
  [browser, server] = await Promise.all([launchChromium(), serveStatic(path.join(DIR, 'dist'))]);
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Types a query into the search page and returns the slugs of the results, best first. */
async function ask(page: Page, query: string): Promise<string[]> {
  const input = page.locator('search-app[data-mode=page] input[name=q]');
  await input.fill(query);
  await page.waitForFunction(
    (q) => new URLSearchParams(location.search).get('q') === q && !document.querySelector('search-app')?.hasAttribute('aria-busy'),
    query.trim(),
  );
  await page.waitForTimeout(50);
  return page.locator('.search-hit h3 a').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split('/')[3]!));
}

const QUERIES: [lang: 'zh' | 'en', query: string, slug: string][] = [
  ['zh', '幻觉', 'gpt-5-4-reception'],
  ['zh', '幻觉率', 'gpt-5-4-reception'],
  ['zh', '具身', 'openai-isara-embodied-ai'],
  ['zh', '机器人', 'openai-isara-embodied-ai'],
  ['zh', '自主性', 'ai-agent-autonomy-gap'],
  ['zh', '受控环境', 'ai-agent-autonomy-gap'],
  ['zh', '奥特曼', 'altman-2026-invisible-infrastructure'],
  ['zh', '蓝图', 'altman-2026-invisible-infrastructure'],
  ['zh', '隐形', 'altman-2026-invisible-infrastructure'],
  ['zh', '技术栈', 'ai-agent-stack-obsolescence'],
  ['zh', '海市蜃楼', 'ai-agent-stack-obsolescence'],
  ['zh', '世界模型', 'ai-agent-stack-obsolescence'],
  ['zh', '过时', 'ai-agent-stack-obsolescence'],
  ['zh', '实用主义', 'gpt-5-4-reception'],
  ['zh', '反响平平', 'gpt-5-4-reception'],
  ['zh', 'GPT-5.4 幻觉', 'gpt-5-4-reception'],
  ['zh', 'GPT-5.4幻觉', 'gpt-5-4-reception'],
  ['zh', 'Isara 投资', 'openai-isara-embodied-ai'],
  ['zh', 'OpenAI 机器人', 'openai-isara-embodied-ai'],
  ['zh', 'Claude 3 Opus', 'gpt-5-4-reception'],
  ['zh', 'AI智能体 鸿沟', 'ai-agent-autonomy-gap'],
  ['zh', '智能体，技术栈', 'ai-agent-stack-obsolescence'],
  ['en', 'hallucination', 'gpt-5-4-reception'],
  ['en', 'embodied', 'openai-isara-embodied-ai'],
  ['en', 'obsolescence', 'ai-agent-stack-obsolescence'],
  ['en', 'Altman blueprint', 'altman-2026-invisible-infrastructure'],
  ['en', 'autonomy gap', 'ai-agent-autonomy-gap'],
  ['en', 'GPT-5.4 latency', 'gpt-5-4-reception'],
];

describe('search quality', () => {
  it.each(['zh', 'en'] as const)('finds the expected story in the top 3 (%s)', async (lang) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/${lang}/search/`);
    const misses: string[] = [];
    for (const [l, query, slug] of QUERIES.filter(([l]) => l === lang)) {
      const top = (await ask(page, query)).slice(0, 3);
      if (!top.includes(slug)) misses.push(`${l} "${query}": expected ${slug}, got ${top.join(', ') || 'nothing'}`);
    }
    expect(misses).toEqual([]);
    await page.close();
  });
});
