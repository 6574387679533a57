/** A metric's history as a download: one record a figure, newest story first, with its story. */
import { describe, expect, it } from 'vitest';
import type { Cell } from '../../src/lib/cell.ts';
import { metricDatasetOf, metricToCsv, toJson, type MetricRecord } from '../../src/lib/dataset.ts';
import { metricDatasetLd, reportSpan } from '../../src/lib/jsonld.ts';
import { reportsOf } from '../../src/lib/metric-figures.ts';
import type { Lang } from '../../src/schemas/localized.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import type { Model } from '../../src/schemas/model.ts';
import { figure, makeStory } from '../helpers/story.ts';

const SITE = 'https://x.example';
const models = new Map<string, Model>([
  ['a', { name: 'Model A', vendor: 'Acme', links: [] }],
  ['evil', { name: '=HYPERLINK("http://x","y")', vendor: '@SUM(1)', links: [] }],
]);
const metrics = new Map<string, Metric>([
  ['score', { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' }],
  ['size', { label: { zh: '参数量', en: 'Parameters' }, format: 'compact', decimals: 1, better: 'neutral' }],
]);
const value = figure;

const story = (slug: string, date: string, langs: Lang[], rows: Record<string, Record<string, Cell>>) => makeStory(slug, date, rows, langs);

const reports = reportsOf([
  story('old', '2026-01-01', ['en'], { a: { score: value(80), size: value(2.1e12, { approx: true, estimate: true, note: 'MoE est.' }) } }),
  story('new', '2026-03-01', ['zh', 'en'], {
    a: { score: value(86.4, { note: { zh: '厂商修订', en: 'revised by the vendor' } }) },
    evil: { score: { kind: 'undisclosed' } },
  }),
  story('mid', '2026-02-01', ['zh'], { evil: { score: value(-0.5) } }),
]);

const record = (lang: Lang, slug: string, model: string): MetricRecord =>
  metricDatasetOf('score', reports, lang, SITE, models, metrics).records.find((r) => r.story === slug && r.model_id === model)!;

describe('metricDatasetOf', () => {
  it('lists every figure of the metric and no other, newest story first', () => {
    const dataset = metricDatasetOf('score', reports, 'en', SITE, models, metrics);
    expect(dataset).toMatchObject({ metric: 'score', label: 'Score', language: 'en', url: 'https://x.example/en/metrics/score/' });
    expect(dataset.records.map((r) => [r.story, r.model_id, r.metric_id])).toEqual([
      ['new', 'a', 'score'],
      ['new', 'evil', 'score'],
      ['mid', 'evil', 'score'],
      ['old', 'a', 'score'],
    ]);
    expect(metricDatasetOf('size', reports, 'en', SITE, models, metrics).records.map((r) => r.story)).toEqual(['old']);
  });

  it.each<[string, Lang, string, string, Partial<MetricRecord>]>([
    ['a value', 'en', 'old', 'a', { value: 80, display: '80.0%', unit: '%', approximate: false, estimate: false, undisclosed: false, note: '' }],
    ['a note, in the page language', 'zh', 'new', 'a', { value: 86.4, display: '86.4%', note: '厂商修订', metric: '得分' }],
    ['an undisclosed figure', 'en', 'new', 'evil', { value: null, display: '', undisclosed: true, approximate: false }],
    ['a negative figure', 'en', 'mid', 'evil', { value: -0.5, display: '-0.5%', approximate: false }],
    [
      'the story in the page language',
      'zh',
      'new',
      'a',
      { story: 'new', story_title: '标题 new', story_language: 'zh', story_date: '2026-03-01', story_url: 'https://x.example/zh/articles/new/' },
    ],
    [
      'a story without a version in the page language, in its own',
      'zh',
      'old',
      'a',
      { story_title: 'Title old', story_language: 'en', story_date: '2026-01-01', story_url: 'https://x.example/en/articles/old/' },
    ],
  ])('records %s', (_name, lang, slug, model, expected) => {
    expect(record(lang, slug, model)).toMatchObject(expected);
  });

  it('records an estimate with its note', () => {
    const [size] = metricDatasetOf('size', reports, 'en', SITE, models, metrics).records;
    expect(size).toMatchObject({ value: 2.1e12, display: '~2.1T', approximate: true, estimate: true, note: 'MoE est.', unit: '' });
  });
});

describe('metricToCsv and toJson', () => {
  const dataset = metricDatasetOf('score', reports, 'en', SITE, models, metrics);

  it('writes the story download columns, then the story, after a BOM, as RFC 4180', () => {
    const csv = metricToCsv(dataset);
    expect(csv.startsWith('\uFEFFmodel_id,model,vendor,metric_id,metric,unit,value,display,approximate,estimate,undisclosed,note,story,story_title,story_language,story_date,story_url\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const rows = csv.slice(1).trimEnd().split('\r\n');
    expect(rows).toHaveLength(5);
    expect(rows[1]).toBe('a,Model A,Acme,score,Score,%,86.4,86.4%,false,false,false,revised by the vendor,new,Title new,en,2026-03-01,https://x.example/en/articles/new/');
  });

  it('neutralises formula-like text in the CSV and keeps it verbatim in the JSON', () => {
    const rows = metricToCsv(dataset).split('\r\n');
    expect(rows[2]).toBe(`evil,"'=HYPERLINK(""http://x"",""y"")","'@SUM(1)",score,Score,%,,,false,false,true,,new,Title new,en,2026-03-01,https://x.example/en/articles/new/`);
    expect(rows[3]).toBe(`evil,"'=HYPERLINK(""http://x"",""y"")","'@SUM(1)",score,Score,%,-0.5,"'-0.5%",false,false,false,,mid,标题 mid,zh,2026-02-01,https://x.example/zh/articles/mid/`);
    const json = toJson(dataset);
    expect(json).toBe(`${JSON.stringify(dataset, null, 2)}\n`);
    expect(JSON.parse(json).records[2]).toMatchObject({ model: '=HYPERLINK("http://x","y")', vendor: '@SUM(1)', value: -0.5, display: '-0.5%' });
  });
});

describe('metricDatasetLd', () => {
  it('points at the metric downloads, published with the oldest story, modified with the newest', () => {
    const ld = metricDatasetLd('score', { name: 'N', description: 'D', variable: 'Score' }, 'zh', 'https://x.example/zh/metrics/score/', { name: 'P', url: 'https://x.example/zh/' }, reportSpan(reports.filter((r) => r.metric === 'score')));
    expect(ld).toMatchObject({
      '@type': 'Dataset',
      name: 'N',
      inLanguage: 'zh-CN',
      datePublished: '2026-01-01',
      dateModified: '2026-03-01',
      variableMeasured: ['Score'],
      distribution: [
        { encodingFormat: 'text/csv', contentUrl: 'https://x.example/zh/metrics/score/data.csv' },
        { encodingFormat: 'application/json', contentUrl: 'https://x.example/zh/metrics/score/data.json' },
      ],
    });
  });
});
