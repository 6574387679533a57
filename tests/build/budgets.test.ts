/** Byte budgets of DESIGN.md and the charts issue, counted in the built site (gzip). */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { loadPage, pageExists, pageFile } from '../helpers/html.ts';
import { gzipBytes, pageJs } from '../../tools/lib/js-budget.ts';

const KB = 1024;

/** Every story the built site publishes in both languages: each article page and its side-by-side page. */
const BILINGUAL = readdirSync(path.join(SITE_DIST, 'zh', 'articles')).filter((slug) => pageExists(SITE_DIST, `/en/articles/${slug}/`));
const SIDE_BY_SIDE = ['zh', 'en'].flatMap((lang) => BILINGUAL.map((slug) => ({ article: `/${lang}/articles/${slug}/`, parallel: `/${lang}/articles/${slug}/parallel/` })));

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

  it('a side-by-side page ships no more JS than its article', () => {
    expect(SIDE_BY_SIDE.length).toBeGreaterThan(0);
    const failures = SIDE_BY_SIDE.flatMap(({ article, parallel }) => {
      const [a, p] = [pageJs(SITE_DIST, article), pageJs(SITE_DIST, parallel)];
      const extra = [...p.eager, ...p.lazy].filter((f) => ![...a.eager, ...a.lazy].includes(f));
      return [
        ...(p.eagerGzip > a.eagerGzip ? [`${parallel}: ${p.eagerGzip} B of JS at load, its article ${a.eagerGzip} B`] : []),
        ...(extra.length ? [`${parallel}: loads ${extra.join(', ')}, which its article does not`] : []),
      ];
    });
    expect(failures).toEqual([]);
  });
});

describe('HTML budgets', () => {
  it('a side-by-side page weighs at most 1.8 times its article (HTML, gzip)', () => {
    expect(SIDE_BY_SIDE.length).toBeGreaterThan(0);
    const html = (page: string) => gzipBytes(readFileSync(pageFile(SITE_DIST, page)));
    const failures = SIDE_BY_SIDE.flatMap(({ article, parallel }) => {
      const ratio = html(parallel) / html(article);
      return ratio > 1.8 ? [`${parallel}: ${html(parallel)} B against ${html(article)} B, ${ratio.toFixed(2)}×`] : [];
    });
    expect(failures).toEqual([]);
  });
});
