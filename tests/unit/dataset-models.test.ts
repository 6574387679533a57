import { describe, expect, it } from 'vitest';
import { datasetOf, toCsv } from '../../src/lib/dataset.ts';
import { coverageOf, latestByMetric, metricTimeline, TIMELINE_POINTS } from '../../src/lib/model-pages.ts';
import { reportsOf } from '../../src/lib/metric-figures.ts';
import type { Story } from '../../src/lib/story.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import type { Model } from '../../src/schemas/model.ts';
import { makeStory } from '../helpers/story.ts';

const models = new Map<string, Model>([
  ['a', { name: 'Model "A"', vendor: 'Acme, Inc.', links: [] }],
  ['b', { name: 'B', vendor: 'Globex', links: [] }],
]);
const metrics = new Map<string, Metric>([
  ['score', { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' }],
  ['speed', { label: { zh: '延迟', en: 'Latency' }, unit: { zh: '毫秒', en: 'ms' }, format: 'number', decimals: 0, better: 'lower' }],
]);
const v = (value: number, flags = {}) => ({ kind: 'value' as const, value, approx: false, estimate: false, ...flags });

/** A story in both languages with one source and, when given, its comparison as written. */
function story(slug: string, date: string, rows: Story['comparison']): Story {
  return { ...makeStory(slug, date, undefined, ['zh', 'en']), sources: [{ title: 'Src', url: 'https://example.com/s', note: { zh: '说明', en: 'note' } }], ...(rows ? { comparison: rows } : {}) };
}

const older = story('older', '2026-01-01', {
  metrics: ['score', 'speed'],
  rows: [
    { model: 'a', cells: { score: v(80, { approx: true }), speed: { kind: 'undisclosed' } } },
    { model: 'b', cells: { score: v(70), speed: v(100, { estimate: true }) } },
  ],
});
const newer = story('newer', '2026-02-01', { metrics: ['score'], rows: [{ model: 'a', cells: { score: v(82) } }] });
const none = story('none', '2026-03-01', undefined);

describe('datasetOf and toCsv', () => {
  const dataset = datasetOf(older, 'en', 'https://x.example/en/articles/older/', models, metrics);

  it('has one record a figure, in base units, with flags', () => {
    expect(dataset.records).toEqual([
      { model_id: 'a', model: 'Model "A"', vendor: 'Acme, Inc.', metric_id: 'score', metric: 'Score', unit: '%', value: 80, display: '~80.0%', approximate: true, estimate: false, undisclosed: false, note: '' },
      { model_id: 'a', model: 'Model "A"', vendor: 'Acme, Inc.', metric_id: 'speed', metric: 'Latency', unit: 'ms', value: null, display: '', approximate: false, estimate: false, undisclosed: true, note: '' },
      { model_id: 'b', model: 'B', vendor: 'Globex', metric_id: 'score', metric: 'Score', unit: '%', value: 70, display: '70.0%', approximate: false, estimate: false, undisclosed: false, note: '' },
      { model_id: 'b', model: 'B', vendor: 'Globex', metric_id: 'speed', metric: 'Latency', unit: 'ms', value: 100, display: '100', approximate: false, estimate: true, undisclosed: false, note: '' },
    ]);
    expect(dataset.sources).toEqual([{ title: 'Src', url: 'https://example.com/s', note: 'note' }]);
    expect(datasetOf(older, 'zh', 'u', models, metrics).records[1]).toMatchObject({ metric: '延迟', unit: '毫秒' });
  });

  it('writes RFC 4180 CSV with quoting and a BOM', () => {
    const csv = toCsv(dataset);
    expect(csv.startsWith('\uFEFFmodel_id,model,vendor,metric_id,metric,unit,value,display,approximate,estimate,undisclosed,note,sources\r\n')).toBe(true);
    const lines = csv.slice(1).trimEnd().split('\r\n');
    expect(lines).toHaveLength(5);
    expect(lines[1]).toBe('a,"Model ""A""","Acme, Inc.",score,Score,%,80,~80.0%,true,false,false,,https://example.com/s');
    expect(lines[2]).toBe('a,"Model ""A""","Acme, Inc.",speed,Latency,ms,,,false,false,true,,https://example.com/s');
  });
});

describe('model pages', () => {
  const stories = [older, none, newer];

  it('finds the stories that report a model, newest first', () => {
    expect(coverageOf(stories, 'a').map((c) => c.story.slug)).toEqual(['newer', 'older']);
    expect(coverageOf(stories, 'b').map((c) => c.story.slug)).toEqual(['older']);
    expect(coverageOf(stories, 'zzz')).toEqual([]);
  });

  it('gives the latest figure of each metric, in the order the metrics first appear', () => {
    const reports = reportsOf(stories);
    expect(latestByMetric(reports, 'a').map((r) => [r.metric, r.story.slug])).toEqual([['score', 'newer'], ['speed', 'older']]);
    expect(latestByMetric(reports, 'zzz')).toEqual([]);
  });

  it('charts a metric over time, oldest first, only with two figures or more, and at most TIMELINE_POINTS', () => {
    const reports = reportsOf(stories);
    const chart = metricTimeline(reports, models.get('a')!, 'a', 'score', metrics.get('score')!, 'en')!;
    expect(chart.categories).toEqual(['January 1, 2026', 'February 1, 2026']);
    expect(chart.series.map((s) => s.values)).toEqual([[80, 82]]);
    expect(chart.summary).toBe('Model "A", Score: 2 stories report a figure, from ~80.0% (January 1, 2026) to 82.0% (February 1, 2026).');
    // One figure (and an undisclosed one) make no chart.
    expect(metricTimeline(reports, models.get('a')!, 'a', 'speed', metrics.get('speed')!, 'en')).toBeUndefined();
    const many = Array.from({ length: TIMELINE_POINTS + 6 }, (_, i) =>
      story(`s${i}`, `2026-01-${String(i + 1).padStart(2, '0')}`, { metrics: ['score'], rows: [{ model: 'a', cells: { score: v(50 + i) } }] }),
    );
    const capped = metricTimeline(reportsOf(many), models.get('a')!, 'a', 'score', metrics.get('score')!, 'zh')!;
    expect(capped.categories).toHaveLength(TIMELINE_POINTS);
    expect(capped.series[0]!.values.at(-1)).toBe(50 + TIMELINE_POINTS + 5);
    expect(capped.summary).toContain(`${TIMELINE_POINTS + 6} 篇报道给出数据，图中为最近 ${TIMELINE_POINTS} 篇`);
  });
});
