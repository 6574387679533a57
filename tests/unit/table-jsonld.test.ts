import { describe, expect, it } from 'vitest';
import { faqPageLd, newsArticleLd, serializeLd } from '../../src/lib/jsonld.ts';
import type { Story } from '../../src/lib/story.ts';
import { tableView } from '../../src/lib/table.ts';
import type { Metric } from '../../src/schemas/metric.ts';
import type { Model } from '../../src/schemas/model.ts';

const models = new Map<string, Model>([
  ['a', { name: 'A', vendor: 'VA', links: [] }],
  ['b', { name: 'B', vendor: 'VB', links: [] }],
  ['c', { name: 'C', vendor: 'VC', links: [] }],
]);
const metrics = new Map<string, Metric>([
  ['score', { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' }],
  ['latency', { label: { zh: '延迟', en: 'Latency' }, unit: { zh: '毫秒', en: 'ms' }, format: 'number', decimals: 0, better: 'lower' }],
  ['size', { label: { zh: '参数', en: 'Size' }, format: 'compact', decimals: 0, better: 'neutral' }],
]);
const value = (v: number, extra = {}) => ({ kind: 'value' as const, value: v, approx: false, estimate: false, ...extra });

describe('tableView', () => {
  const comparison = {
    metrics: ['score', 'latency', 'size'],
    rows: [
      { model: 'a', cells: { score: value(86.4), latency: value(320), size: value(1e12, { approx: true }) } },
      { model: 'b', cells: { score: value(88.1), latency: { kind: 'undisclosed' as const }, size: value(2e12, { estimate: true }) } },
      { model: 'c', cells: { score: value(88.1), latency: value(190), size: value(3e12) } },
    ],
  };

  it('labels columns in the page language and marks the best figure of each directed column, ties included', () => {
    const view = tableView(comparison, models, metrics, 'zh');
    expect(view.columns.map((c) => [c.label, c.unit])).toEqual([['得分', undefined], ['延迟', '毫秒'], ['参数', undefined]]);
    expect(view.rows.map((r) => r.cells.map((c) => c.best))).toEqual([
      [false, false, false],
      [true, false, false],
      [true, true, false],
    ]);
    expect(view.uses).toEqual({ approx: true, estimate: true, undisclosed: true, best: true });
  });

  it('marks nothing best in a column with a single figure', () => {
    const single = { metrics: ['latency'], rows: [{ model: 'a', cells: { latency: value(5) } }, { model: 'b', cells: { latency: { kind: 'undisclosed' as const } } }] };
    expect(tableView(single, models, metrics, 'en').rows.flatMap((r) => r.cells.map((c) => c.best))).toEqual([false, false]);
  });
});

describe('structured data', () => {
  const story: Story = {
    slug: 's',
    date: new Date('2026-11-26T00:00:00Z'),
    tags: ['t'],
    charts: [],
    draft: false,
    related: [],
    sources: [{ title: 'Src', url: 'https://example.com/src' }],
    langs: ['zh'],
    translations: { zh: { lang: 'zh', id: 's/zh', file: 'f', title: '标题 </script>', summary: '摘要', faq: [{ q: '问？', a: '答。' }], freshness: 'original' } },
  };
  const translation = story.translations.zh!;

  it('builds NewsArticle from the frontmatter', () => {
    expect(newsArticleLd(story, translation, 'https://x.example/zh/articles/s/', { name: '前沿简报', url: 'https://x.example/zh/' }, ['标签'], 'https://x.example/zh/articles/s/og.png')).toMatchObject({
      '@type': 'NewsArticle',
      image: { '@type': 'ImageObject', url: 'https://x.example/zh/articles/s/og.png', width: 1200, height: 630 },
      headline: '标题 </script>',
      inLanguage: 'zh-CN',
      datePublished: '2026-11-26',
      dateModified: '2026-11-26',
      keywords: ['标签'],
      citation: ['https://example.com/src'],
    });
  });

  it('builds FAQPage only when there are questions', () => {
    expect(faqPageLd(translation.faq, 'zh', 'u')).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [{ '@type': 'Question', name: '问？', acceptedAnswer: { '@type': 'Answer', text: '答。' } }],
    });
    expect(faqPageLd([], 'zh', 'u')).toBeUndefined();
  });

  it('serialises without a way to close the script element', () => {
    const text = serializeLd({ headline: '标题 </script>' });
    expect(text).not.toContain('</script>');
    expect(JSON.parse(text)).toEqual({ headline: '标题 </script>' });
  });
});
