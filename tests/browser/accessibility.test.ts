/** axe-core in Chromium over the built site: no WCAG 2.1 A/AA or best-practice violation. */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { servedSite } from '../../tools/lib/browser.ts';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const site = servedSite(SITE_DIST);

const PAGES = ['/zh/', '/en/', '/zh/articles/gpt-5-4-reception/', '/en/articles/gpt-5-4-reception/', '/zh/articles/openai-isara-embodied-ai/', '/zh/articles/gpt-5-4-reception/parallel/', '/en/articles/gpt-5-4-reception/parallel/', '/zh/tags/', '/en/tags/openai/', '/zh/models/', '/en/models/gpt-5-4/', '/zh/metrics/', '/zh/metrics/hallucination-rate/', '/en/metrics/mmlu/', '/en/search/', `/zh/search/?q=${encodeURIComponent('智能体')}`, '/404.html'];

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
  it.each(PAGES)('%s has no violations', async (path) => {
    // axe is injected as an inline script, which the site's CSP rightly refuses; security.test.ts checks the CSP.
    const context = await site.browser.newContext({ colorScheme, viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    await page.goto(site.url + path);
    if (path.includes('?q=')) await page.locator('.search-hit').first().waitFor();
    await page.addScriptTag({ path: axePath });
    const violations = await page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (o: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } });
      return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
    });
    expect(violations).toEqual([]);
    await context.close();
  });
});
