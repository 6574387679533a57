/**
 * A metric's complete history as downloads: every figure the stories report, newest first, linked
 * from every page of the metric's history and described as a Dataset.
 */
import { readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_DIST, buildSite, copyFixture, removeDir } from '../helpers/build.ts';
import { jsonLd, loadPage, pageExists } from '../helpers/html.ts';
import { HISTORY_PAGE_SIZE } from '../../src/lib/metric-pages.ts';

const read = (dist: string, file: string) => readFileSync(path.join(dist, file), 'utf8');
const csvRows = (csv: string) => csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n').map((line) => line.split(','));

describe('a metric\'s downloads', () => {
  it('JSON lists every figure the stories report for the metric, newest story first, with its story', () => {
    const data = JSON.parse(read(FIXTURE_DIST, 'en/metrics/score/data.json'));
    expect(data).toMatchObject({ metric: 'score', label: 'Score', language: 'en', url: 'https://frontier-brief.example/en/metrics/score/' });
    expect(data.records.map((r: Record<string, unknown>) => [r.story, r.story_date, r.model_id, r.value, r.display, r.approximate, r.undisclosed])).toEqual([
      ['bilingual-story', '2026-03-01', 'model-a', 86.4, '86.4%', false, false],
      ['bilingual-story', '2026-03-01', 'model-b', 12, '~12.0%', true, false],
      ['en-only-story', '2026-01-01', 'model-a', 50, '50.0%', false, false],
      ['en-only-story', '2026-01-01', 'model-b', 60, '60.0%', false, false],
    ]);
    expect(data.records[0]).toMatchObject({
      model: 'Model A',
      vendor: 'Acme',
      metric: 'Score',
      unit: '%',
      story_title: 'Bilingual test story: model comparison',
      story_url: 'https://frontier-brief.example/en/articles/bilingual-story/',
    });
  });

  it('CSV holds the same records in the page language, a story without that language in its own', () => {
    const [header, ...rows] = csvRows(read(FIXTURE_DIST, 'zh/metrics/score/data.csv'));
    expect(header).toEqual([
      'model_id', 'model', 'vendor', 'metric_id', 'metric', 'unit', 'value', 'display', 'approximate', 'estimate', 'undisclosed', 'note',
      'story', 'story_title', 'story_language', 'story_date', 'story_url',
    ]);
    expect(rows.map((r) => [r[0], r[4], r[6], r[12], r[13], r[14], r[16]])).toEqual([
      ['model-a', '得分', '86.4', 'bilingual-story', '双语测试文章：模型对比', 'zh', 'https://frontier-brief.example/zh/articles/bilingual-story/'],
      ['model-b', '得分', '12', 'bilingual-story', '双语测试文章：模型对比', 'zh', 'https://frontier-brief.example/zh/articles/bilingual-story/'],
      ['model-a', '得分', '50', 'en-only-story', 'An English-only story', 'en', 'https://frontier-brief.example/en/articles/en-only-story/'],
      ['model-b', '得分', '60', 'en-only-story', 'An English-only story', 'en', 'https://frontier-brief.example/en/articles/en-only-story/'],
    ]);
  });

  it('are linked from the metric page, which describes them as a Dataset', () => {
    for (const lang of ['zh', 'en']) {
      const doc = loadPage(FIXTURE_DIST, `/${lang}/metrics/score/`);
      expect([...doc.querySelectorAll('.downloads a')].map((a) => a.getAttribute('href'))).toEqual([`/${lang}/metrics/score/data.csv`, `/${lang}/metrics/score/data.json`]);
    }
    const dataset = jsonLd(loadPage(FIXTURE_DIST, '/en/metrics/score/')).find((d) => d['@type'] === 'Dataset');
    // The Dataset's shape is metricDatasetLd's unit test; here, that the page's points at its own
    // downloads, with the fixture's first and last story dates.
    expect(dataset).toMatchObject({ name: 'Score: every figure reported', inLanguage: 'en', datePublished: '2026-01-01', dateModified: '2026-03-05' });
    const urls = (dataset!.distribution as { contentUrl: string }[]).map((d) => new URL(d.contentUrl).pathname);
    expect(urls).toEqual(['/en/metrics/score/data.csv', '/en/metrics/score/data.json']);
  });

  it('exist for every metric with a page, and only for those', () => {
    for (const lang of ['zh', 'en']) {
      for (const id of ['score', 'speed', 'size']) {
        expect(pageExists(FIXTURE_DIST, `/${lang}/metrics/${id}/`), id).toBe(true);
        expect(pageExists(FIXTURE_DIST, `/${lang}/metrics/${id}/data.csv`), id).toBe(true);
        expect(pageExists(FIXTURE_DIST, `/${lang}/metrics/${id}/data.json`), id).toBe(true);
      }
    }
    expect(csvRows(read(FIXTURE_DIST, 'en/metrics/speed/data.csv')).slice(1).map((r) => [r[0], r[6], r[10]])).toEqual([
      ['model-a', '320', 'false'],
      ['model-b', '', 'true'],
    ]);
  });
});

describe('a metric history longer than a page', () => {
  let dir = '';
  const MORE = (HISTORY_PAGE_SIZE - 2) / 2;
  const TOTAL = 4 + 2 * MORE;

  beforeAll(async () => {
    dir = await copyFixture('metric-history');
    // More stories from October 2025, two score figures each: with the fixture's four, two past a page.
    for (let i = 1; i <= MORE; i++) {
      const folder = path.join(dir, 'content/articles', `scores-${i}`);
      await mkdir(folder, { recursive: true });
      const date = new Date(Date.UTC(2025, 9, i)).toISOString().slice(0, 10);
      await writeFile(
        path.join(folder, 'en.mdx'),
        `---\ntitle: Scores ${i}\nsummary: Scores of day ${i}.\ndate: ${date}\ntags: [beta]\ncomparison:\n  metrics: [score]\n  rows:\n    model-a: { score: ${i} }\n    model-b: { score: ${i + 50} }\n---\n\nBody.\n`,
      );
    }
    const { code, output } = await buildSite(path.join(dir, 'content'), path.join(dir, 'dist'));
    if (code !== 0) throw new Error(output);
  }, 180_000);
  afterAll(() => removeDir(dir));

  it('downloads in full, and is linked with its Dataset from the later page too', () => {
    const dist = path.join(dir, 'dist');
    const records = JSON.parse(read(dist, 'en/metrics/score/data.json')).records as Record<string, unknown>[];
    expect(records).toHaveLength(TOTAL);
    expect(records.map((r) => r.story_date)).toEqual([...records.map((r) => r.story_date as string)].sort().reverse());
    expect(records.at(-1)).toMatchObject({ story: 'scores-1', model_id: 'model-b', value: 51 });
    expect(csvRows(read(dist, 'zh/metrics/score/data.csv'))).toHaveLength(TOTAL + 1);
    const second = loadPage(dist, '/en/metrics/score/2/');
    expect(second.querySelectorAll('[data-history] tbody tr')).toHaveLength(TOTAL - HISTORY_PAGE_SIZE);
    expect([...second.querySelectorAll('.downloads a')].map((a) => a.getAttribute('href'))).toEqual(['/en/metrics/score/data.csv', '/en/metrics/score/data.json']);
    expect(jsonLd(second).find((d) => d['@type'] === 'Dataset')).toMatchObject({ url: 'https://frontier-brief.example/en/metrics/score/', variableMeasured: ['Score'] });
  });
});
