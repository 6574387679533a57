/** Byte budgets of DESIGN.md and the charts issue, counted in the built site (gzip). */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { loadPage } from '../helpers/html.ts';
import { gzipBytes, pageJs } from '../helpers/js-budget.ts';

const KB = 1024;

describe('JavaScript budgets', () => {
  it.each(['/zh/', '/en/', '/zh/articles/ai-agent-autonomy-gap/', '/en/articles/openai-isara-embodied-ai/', '/en/models/'])(
    '%s ships at most 5 KB of JS and no chart code',
    (page) => {
      const js = pageJs(SITE_DIST, page);
      expect(js.eagerGzip).toBeLessThanOrEqual(5 * KB);
      expect([...js.eager, ...js.lazy].filter((f) => /chart/i.test(f))).toEqual([]);
    },
  );

  it('a chart page loads Chart.js (at most 50 KB) only on demand', () => {
    const js = pageJs(SITE_DIST, '/en/articles/gpt-5-4-reception/');
    expect(js.eager.filter((f) => f.includes('chart-draw'))).toEqual([]);
    const chunk = js.lazy.find((f) => f.includes('chart-draw'));
    expect(chunk).toBeDefined();
    expect(gzipBytes(readFileSync(path.join(SITE_DIST, chunk!)))).toBeLessThanOrEqual(50 * KB);
    expect(js.eagerGzip).toBeLessThanOrEqual(5 * KB);
  });

  it('the search page ships at most 20 KB of JS before the first keystroke', () => {
    for (const page of ['/zh/search/', '/en/search/']) {
      const js = pageJs(SITE_DIST, page);
      expect(js.eagerGzip).toBeLessThanOrEqual(20 * KB);
      expect(js.eager.filter((f) => f.startsWith('/pagefind/'))).toEqual([]);
    }
  });

  it('no page blocks rendering on an external script', () => {
    for (const page of ['/zh/', '/en/articles/gpt-5-4-reception/', '/']) {
      const blocking = [...loadPage(SITE_DIST, page).querySelectorAll('head script[src]')].filter(
        (s) => s.getAttribute('type') !== 'module' && !s.hasAttribute('async') && !s.hasAttribute('defer'),
      );
      expect(blocking).toEqual([]);
    }
  });
});
