/** Charts, downloads and model pages, built from the fixture's frontmatter. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../helpers/build.ts';
import { jsonLd, loadPage, pageExists, text } from '../helpers/html.ts';

const read = (p: string) => readFileSync(path.join(FIXTURE_DIST, p), 'utf8');

describe('downloads', () => {
  it('JSON holds every figure of the frontmatter, in base units, with flags and sources', () => {
    const data = JSON.parse(read('en/articles/bilingual-story/data.json'));
    expect(data).toMatchObject({ story: 'bilingual-story', language: 'en', published: '2026-03-01', updated: '2026-03-05' });
    expect(data.records.map((r: Record<string, unknown>) => [r.model_id, r.metric_id, r.value, r.unit, r.approximate, r.estimate, r.undisclosed, r.note])).toEqual([
      ['model-a', 'score', 86.4, '%', false, false, false, ''],
      ['model-a', 'speed', 320, 'ms', false, false, false, 'median'],
      ['model-a', 'size', 1.76e12, '', true, false, false, 'MoE'],
      ['model-b', 'score', 12, '%', true, false, false, ''],
      ['model-b', 'speed', null, 'ms', false, false, true, ''],
      ['model-b', 'size', 2.1e12, '', true, true, false, 'MoE'],
    ]);
    expect(data.sources).toEqual([{ title: '来源文档', url: 'https://example.com/source', publisher: 'Example' }]);
  });

  it('CSV holds the same records, labelled in the page language', () => {
    const csv = read('zh/articles/bilingual-story/data.csv').replace(/^\uFEFF/, '');
    const [header, ...rows] = csv.trimEnd().split('\r\n').map((line) => line.split(','));
    expect(header).toEqual(['model_id', 'model', 'vendor', 'metric_id', 'metric', 'unit', 'value', 'display', 'approximate', 'estimate', 'undisclosed', 'note', 'sources']);
    expect(rows.map((r) => [r[0], r[4], r[5], r[6], r[10]])).toEqual([
      ['model-a', '得分', '%', '86.4', 'false'],
      ['model-a', '延迟', '毫秒', '320', 'false'],
      ['model-a', '参数量', '', '1760000000000', 'false'],
      ['model-b', '得分', '%', '12', 'false'],
      ['model-b', '延迟', '毫秒', '', 'true'],
      ['model-b', '参数量', '', '2100000000000', 'false'],
    ]);
  });

  it('are linked under the table and described as a Dataset', () => {
    const doc = loadPage(FIXTURE_DIST, '/en/articles/bilingual-story/');
    expect([...doc.querySelectorAll('.downloads a')].map((a) => a.getAttribute('href'))).toEqual([
      '/en/articles/bilingual-story/data.csv',
      '/en/articles/bilingual-story/data.json',
    ]);
    const dataset = jsonLd(doc).find((d) => d['@type'] === 'Dataset');
    expect(dataset).toMatchObject({
      name: 'Model A and Model B compared',
      variableMeasured: ['Score', 'Latency', 'Parameters'],
      distribution: [
        { encodingFormat: 'text/csv', contentUrl: 'https://frontier-brief.example/en/articles/bilingual-story/data.csv' },
        { encodingFormat: 'application/json', contentUrl: 'https://frontier-brief.example/en/articles/bilingual-story/data.json' },
      ],
    });
  });

  it('exist only for stories with a comparison', () => {
    expect(pageExists(FIXTURE_DIST, '/zh/articles/zh-only-story/data.csv')).toBe(false);
    expect(jsonLd(loadPage(FIXTURE_DIST, '/zh/articles/zh-only-story/')).map((d) => d['@type'])).toEqual(['NewsArticle', 'BreadcrumbList']);
  });
});

describe('charts in the page', () => {
  it('draws frontmatter charts after the table and placed charts where placed, each with its summary', () => {
    const zh = loadPage(FIXTURE_DIST, '/zh/articles/bilingual-story/');
    const figures = [...zh.querySelectorAll('figure.chart')];
    expect(figures.map((f) => f.getAttribute('data-chart-kind'))).toEqual(['bar', 'scatter']);
    expect(zh.querySelector('.table-legend ~ figure.chart')).not.toBeNull();
    const [bar, scatter] = figures;
    expect(bar!.querySelector('canvas')?.getAttribute('role')).toBe('img');
    expect(bar!.querySelector('canvas')?.getAttribute('aria-label')).toBe('Model B 的参数量最大，为约 2.1万亿（估计）。');
    expect(text(bar!.querySelector('figcaption'))).toBe('Model B 的参数量最大，为约 2.1万亿（估计）。');
    expect(text(bar!.querySelector('.chart-legend'))).toContain('估计值');
    expect(text(scatter!.querySelector('figcaption'))).toContain('未绘出：Model B：延迟 未披露');
    const en = loadPage(FIXTURE_DIST, '/en/articles/en-only-story/');
    expect(en.querySelector('.prose > p + figure.chart[data-chart-kind=bar]')).not.toBeNull();
    expect(text(en.querySelector('figure.chart figcaption'))).toBe('Model B has the highest score, 60.0%, 10.0 points above Model A.');
  });
});

describe('model pages', () => {
  it('show the latest figure of each metric, linking its page, and the stories that report the model', () => {
    const doc = loadPage(FIXTURE_DIST, '/en/models/model-b/');
    expect(text(doc.querySelector('h1'))).toBe('Model B');
    const latest = [...doc.querySelectorAll('[data-model-latest] tbody tr')];
    const figure = (row: Element) => text(row.querySelector('td.num')).replace(text(row.querySelector('[data-disagreement]')), '').trim();
    expect(latest.map((r) => [r.getAttribute('data-metric'), figure(r)])).toEqual([
      ['score', '~12.0%'],
      ['speed', 'Undisclosed'],
      ['size', '~2.1T est. MoE'],
    ]);
    expect(latest[0]!.querySelector('th a')?.getAttribute('href')).toBe('/en/metrics/score/');
    expect([...doc.querySelectorAll('.model-list a')].map((a) => a.getAttribute('href'))).toEqual(['/en/articles/bilingual-story/', '/en/articles/en-only-story/']);
    // Two stories report a score (12% and 60%): one small chart, over time, and the disagreement beside the figure.
    expect(doc.querySelectorAll('figure.chart')).toHaveLength(1);
    expect(text(latest[0]!.querySelector('[data-disagreement]'))).toMatch(/^Stories disagree: reported as 12\.0% \(.*\); 60\.0% \(.*\)$/);
  });

  it('are indexed in both languages and linked from the table', () => {
    expect([...loadPage(FIXTURE_DIST, '/zh/models/').querySelectorAll('.model-list a')].map((a) => a.getAttribute('href'))).toEqual([
      '/zh/models/model-a/',
      '/zh/models/model-b/',
    ]);
    const zh = loadPage(FIXTURE_DIST, '/zh/articles/bilingual-story/');
    expect(zh.querySelector('[data-comparison] tbody th a')?.getAttribute('href')).toBe('/zh/models/model-a/');
  });
});
