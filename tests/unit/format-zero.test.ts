/** Zero has no sign wherever a figure is shown: "-0%" in a story is 0, not -0. */
import { describe, expect, it } from 'vitest';
import { parseCell } from '../../src/lib/cell.ts';
import { spokenValue } from '../../src/lib/chart-summary.ts';
import { datasetOf } from '../../src/lib/dataset.ts';
import { formatNumber, viewCell } from '../../src/lib/format.ts';
import type { Story } from '../../src/lib/story.ts';
import type { Metric } from '../../src/schemas/metric.ts';

const percent: Metric = { label: { zh: '变化', en: 'Change' }, format: 'percent', decimals: 1, better: 'higher' };
const number: Metric = { label: { zh: '差值', en: 'Delta' }, format: 'number', decimals: 0, better: 'higher' };
const compact: Metric = { label: { zh: '参数', en: 'Params' }, format: 'compact', decimals: 0, better: 'neutral' };

describe('formatNumber', () => {
  it.each([
    [-0, percent, 'en', '0.0%'],
    [-0, percent, 'zh', '0.0%'],
    [-0, number, 'en', '0'],
    [-0, compact, 'zh', '0'],
    [-0.04, percent, 'en', '0.0%'],
    [-0.4, number, 'en', '0'],
    [-0.001, compact, 'en', '0'],
    [-0.05, percent, 'en', '-0.1%'],
    [-0.5, percent, 'en', '-0.5%'],
    [-3, number, 'zh', '-3'],
    [-1.5e9, compact, 'en', '-1.5B'],
  ] as const)('writes %s as %s in %s', (value, metric, lang, text) => {
    expect(formatNumber(value, metric, lang)).toBe(text);
  });
});

describe('a figure written "-0%" or -0', () => {
  const parsed = (input: string | number, metric: Metric) => {
    const result = parseCell(input, metric);
    if (!result.ok || result.cell.kind !== 'value') throw new Error('expected a figure');
    return result.cell;
  };

  it('shows as 0 in the table and the chart summary', () => {
    expect(viewCell(parsed('-0%', percent), percent, 'en').figure).toBe('0.0%');
    expect(viewCell(parsed(-0, number), number, 'zh').figure).toBe('0');
    expect(spokenValue(parsed('~-0%', percent), percent, 'zh')).toBe('约 0.0%');
  });

  it('shows as 0 in the downloads', () => {
    const story = {
      slug: 's',
      date: new Date('2026-01-01T00:00:00Z'),
      tags: [],
      charts: [],
      draft: false,
      related: [],
      sources: [],
      langs: ['en'],
      translations: { en: { lang: 'en', id: 's/en', file: 'f', title: 'T', summary: 's', faq: [], freshness: 'original' } },
      comparison: { metrics: ['change'], rows: [{ model: 'm', cells: { change: parsed('-0%', percent) } }] },
    } satisfies Story;
    const models = new Map([['m', { name: 'M', vendor: 'V', links: [] }]]);
    const [record] = datasetOf(story, 'en', 'u', models, new Map([['change', percent]])).records;
    expect(record).toMatchObject({ display: '0.0%' });
    expect(JSON.stringify(record!.value)).toBe('0');
  });
});
