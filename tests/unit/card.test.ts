/** What a social card shows (src/lib/cards/card.ts): pure functions, no drawing. */
import { describe, expect, it } from 'vitest';
import { CARD_BARS, CARD_TAGS, siteCard, storyCard } from '../../src/lib/cards/card.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import type { Model } from '../../src/schemas/model.ts';
import { figure, makeStory } from '../helpers/story.ts';

const model = (name: string): Model => ({ name, vendor: 'V', links: [] }) as unknown as Model;
const metric = (label: string, better: Metric['better'], extra: Partial<Metric> = {}): Metric =>
  ({ label: { zh: label, en: label }, format: 'number', decimals: 1, better, ...extra }) as Metric;

const site = {
  models: new Map(['a', 'b', 'c', 'd', 'e'].map((id) => [id, model(`Model ${id.toUpperCase()}`)])),
  metrics: new Map([
    ['score', metric('Score', 'higher', { format: 'percent', unit: { zh: '%', en: '%' } })],
    ['price', metric('Price', 'lower')],
  ]),
  tags: new Map(['t1', 't2', 't3', 't4'].map((id) => [id, { zh: `标签${id}`, en: `Tag ${id}` }])),
};

describe('storyCard', () => {
  const rows = {
    a: { score: figure(70), price: figure(3) },
    b: { score: figure(90), price: figure(1.5, { estimate: true }) },
    c: { score: { kind: 'undisclosed' as const }, price: figure(9) },
    d: { score: figure(80), price: figure(2, { approx: true }) },
    e: { score: figure(60), price: figure(4) },
  };

  it('charts the first metric best first, the best four figures, as the table writes them', () => {
    const card = storyCard({ ...makeStory('s', '2026-03-08', rows, ['en']), tags: ['t1', 't2', 't3', 't4'] }, 'en', site);
    expect(card.chart?.label).toBe('Score (%)');
    expect(card.chart?.bars.map((b) => [b.name, b.figure])).toEqual([
      ['Model B', '90.0%'],
      ['Model D', '80.0%'],
      ['Model A', '70.0%'],
      ['Model E', '60.0%'],
    ]);
    expect(card.chart!.bars).toHaveLength(CARD_BARS);
    expect(card.tags).toEqual(['Tag t1', 'Tag t2', 'Tag t3']);
    expect(card.tags).toHaveLength(CARD_TAGS);
    expect(card.date).toBe('March 8, 2026');
    expect(card.alt).toBe('Frontier Brief: Title s, with a bar chart of Score (%)');
  });

  it("charts the first chart's metric, lowest first when lower is better, with estimate and approximate marks", () => {
    const story = { ...makeStory('s', '2026-03-08', rows, ['zh']), charts: [{ type: 'bar' as const, metric: 'price' }] };
    const card = storyCard(story, 'zh', site);
    expect(card.chart?.bars.map((b) => b.figure)).toEqual(['1.5 估', '约2.0', '3.0', '4.0']);
    expect(card.site).toBe('前沿简报');
    expect(card.date).toBe('2026年3月8日');
  });

  it('has no chart without a table, and says so in its alt text', () => {
    const card = storyCard(makeStory('s', '2026-03-08', undefined, ['en']), 'en', site);
    expect(card.chart).toBeUndefined();
    expect(card.alt).toBe('Frontier Brief: Title s');
  });
});

describe('siteCard', () => {
  it("shows the site's name and tagline in each language", () => {
    expect(siteCard('zh')).toMatchObject({ site: '前沿简报', title: 'AI 产业的双语深度分析', tags: [], note: '中英双语 · 模型数据对比 · 图表 · 延伸阅读' });
    expect(siteCard('en')).toMatchObject({ site: 'Frontier Brief', title: 'Bilingual analysis of the AI industry' });
  });
});
