/**
 * Figures followed across stories, on one build of a copy of the fixture with:
 * - a lower-is-better price metric, the cheapest figure an estimate;
 * - 60 stories that report model-a (its page must stay bounded), and model B and C's speed;
 * - two stories that disagree about model-b's price, and two that agree about model-a's.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, copyFixture, removeDir, runScript } from '../helpers/build.ts';
import { loadPage, pageExists, text } from '../helpers/html.ts';
import { HISTORY_PAGE_SIZE } from '../../src/lib/metric-pages.ts';

let dir = '';
let dist = '';
let content = '';

const COVERED = 60;

function story(slug: string, date: string, rows: string, metrics: string): string {
  return `---\ntitle: Story ${slug}\nsummary: A story that reports figures.\ndate: ${date}\ntags: [alpha]\ncomparison:\n  metrics: [${metrics}]\n  rows:\n${rows}\n---\n\nBody of ${slug}.\n`;
}

beforeAll(async () => {
  dir = await copyFixture('figures');
  content = path.join(dir, 'content');
  dist = path.join(dir, 'dist');
  await writeFile(
    path.join(content, 'metrics/price.yaml'),
    'label: { zh: 价格, en: Price }\nunit: { zh: 美元, en: USD }\nformat: number\ndecimals: 2\nbetter: lower\nmin: 0\n',
  );
  const write = async (slug: string, source: string) => {
    await mkdir(path.join(content, 'articles', slug), { recursive: true });
    await writeFile(path.join(content, 'articles', slug, 'en.mdx'), source);
  };
  await writeFile(path.join(content, 'models/model-c.yaml'), 'name: Model C\nvendor: Initech\n');
  // Model C is cheapest, by an estimate. Model B's price is revised later; model A's repeated.
  await write('prices', story('prices', '2026-04-01', '    model-a: { price: 4.5 }\n    model-b: { price: 1.25 }\n    model-c: { price: "0.9 (est.)" }', 'price'));
  await write('price-late', story('price-late', '2026-04-03', '    model-a: { price: 4.50 }\n    model-b: { price: 1.5 }', 'price'));
  for (let i = 0; i < COVERED; i++) {
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(5 + Math.floor(i / 28)).padStart(2, '0');
    // Models B and C repeat one figure each, so the speed history runs past a page without disagreeing.
    const rows = `    model-a: { score: 60, speed: ${200 + i} }\n    model-b: { score: 60, speed: 100 }\n    model-c: { score: 60, speed: 100 }`;
    await write(`cover-${i}`, story(`cover-${i}`, `2026-${month}-${day}`, rows, 'score, speed'));
  }
  const { code, output } = await buildSite(content, dist);
  if (code !== 0) throw new Error(output);
}, 240_000);

afterAll(() => removeDir(dir));

describe('metric pages', () => {
  it('sort a lower-is-better metric lowest first, mark the best, and say when it is an estimate', () => {
    const page = loadPage(dist, '/en/metrics/price/');
    const rows = [...page.querySelectorAll('[data-leaderboard] tbody tr')];
    expect(rows.map((r) => r.getAttribute('data-model'))).toEqual(['model-c', 'model-b', 'model-a']);
    expect(rows[0]!.querySelector('.cell-best')).not.toBeNull();
    expect(rows[1]!.querySelector('.cell-best')).toBeNull();
    expect(text(rows[0]!.querySelector('.mark-estimate'))).toBe('est.');
    expect(text(rows[0]!)).toContain('0.90');
    expect(text(page.querySelector('.model-facts'))).toContain('lower is better');
    expect(page.querySelector('chart-figure')).not.toBeNull();
  });

  it('page the history like the story lists, newest first', () => {
    const first = loadPage(dist, '/en/metrics/speed/');
    const history = [...first.querySelectorAll('[data-history] tbody tr')];
    // One full page, then the rest of the figures the download holds.
    const reported = (JSON.parse(readFileSync(path.join(dist, 'en/metrics/speed/data.json'), 'utf8')) as { records: unknown[] }).records.length;
    expect(reported).toBeGreaterThan(HISTORY_PAGE_SIZE);
    expect(history.length).toBe(HISTORY_PAGE_SIZE);
    expect(text(history[0]!)).toContain(`Story cover-${COVERED - 1}`);
    const second = loadPage(dist, '/en/metrics/speed/2/');
    expect(second.querySelectorAll('[data-history] tbody tr').length).toBe(reported - HISTORY_PAGE_SIZE);
    expect(pageExists(dist, '/en/metrics/speed/3/')).toBe(false);
    expect(first.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/en/metrics/speed/2/');
  });

  it('are reached from the header, the metrics index and every table heading', () => {
    expect(loadPage(dist, '/zh/').querySelector('.site-nav a[href="/zh/metrics/"]')).not.toBeNull();
    const index = loadPage(dist, '/en/metrics/');
    for (const id of ['score', 'speed', 'size', 'price']) expect(index.querySelector(`a[href="/en/metrics/${id}/"]`), id).not.toBeNull();
    const headings = [...loadPage(dist, '/zh/articles/bilingual-story/').querySelectorAll('[data-comparison] thead th a')].map((a) => a.getAttribute('href'));
    expect(headings).toEqual(['/zh/metrics/score/', '/zh/metrics/speed/', '/zh/metrics/size/']);
  });
});

describe('model pages', () => {
  it('stay bounded for a model reported by many stories: latest figure a metric, small charts, 20 stories a page', () => {
    const page = loadPage(dist, '/en/models/model-a/');
    expect([...page.querySelectorAll('[data-model-latest] tbody tr')].map((r) => r.getAttribute('data-metric'))).toEqual(['score', 'speed', 'size', 'price']);
    expect(page.querySelector('[data-model-latest] tr[data-metric="speed"] a')?.getAttribute('href')).toBe('/en/metrics/speed/');
    // Score and speed have 61 reports each (the latest 24 drawn), price two, size one (no chart).
    const charts = [...page.querySelectorAll('chart-figure')].map((c) => JSON.parse(c.getAttribute('data-chart') ?? '{}') as { title: string; categories: string[] });
    expect(charts.map((c) => [c.title, c.categories.length])).toEqual([['Score', 24], ['Latency (ms)', 24], ['Price (USD)', 2]]);
    expect(page.querySelectorAll('.model-list li')).toHaveLength(20);
    expect(pageExists(dist, `/en/models/model-a/${Math.ceil((COVERED + 2) / 20)}/`)).toBe(true);
    const bytes = gzipSync(readFileSync(path.join(dist, 'en/models/model-a/index.html'))).length;
    expect(bytes).toBeLessThan(30_000);
  });
});

describe('disagreements', () => {
  it('show beside the figure on the model and metric pages, and only where figures differ', () => {
    const expected = /^Stories disagree: reported as 1\.50 \(Story price-late, April 3, 2026\); 1\.25 \(Story prices, April 1, 2026\)$/;
    const metric = loadPage(dist, '/en/metrics/price/');
    expect(text(metric.querySelector('[data-leaderboard] tr[data-model="model-b"] [data-disagreement]'))).toMatch(expected);
    expect(metric.querySelector('[data-leaderboard] tr[data-model="model-a"] [data-disagreement]')).toBeNull();
    const model = loadPage(dist, '/en/models/model-b/');
    expect(text(model.querySelector('[data-model-latest] tr[data-metric="price"] [data-disagreement]'))).toMatch(expected);
    expect(loadPage(dist, '/en/models/model-a/').querySelector('[data-model-latest] tr[data-metric="price"] [data-disagreement]')).toBeNull();
    // Model A's speed differs in each of 60 stories: the note names the newest few, not all.
    const many = text(loadPage(dist, '/en/models/model-a/').querySelector('[data-model-latest] tr[data-metric="speed"] [data-disagreement]'));
    expect(many).toMatch(/^Stories disagree: reported as 259 \(Story cover-59, .*\); 258 .*; 257 .* and \d+ more$/);
  });

  it('are warned about by npm run check, naming both files, without failing it', () => {
    const { code, output } = runScript('check.ts', content, '--content-only');
    expect(code).toBe(0);
    const warnings = output.split('\n').filter((l) => /comparison\.rows\.model-[abc]\.price/.test(l));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^warning: \S*price-late\/en\.mdx: field "comparison\.rows\.model-b\.price" is reported as 1\.25 in \S*prices\/en\.mdx \(2026-04-01\) and as 1\.50 in \S*price-late\/en\.mdx \(2026-04-03\); if the newer figure is right, say why in its note/);
  });
});
