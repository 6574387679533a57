/** JSON-LD on each page type parses and carries the fields its type requires. */
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { jsonLd, loadPage } from '../helpers/html.ts';

const REQUIRED: Record<string, string[]> = {
  NewsArticle: ['headline', 'description', 'inLanguage', 'datePublished', 'dateModified', 'author', 'publisher', 'mainEntityOfPage', 'url', 'image'],
  FAQPage: ['mainEntity'],
  Dataset: ['name', 'description', 'url', 'creator', 'variableMeasured', 'distribution'],
  BreadcrumbList: ['itemListElement'],
};

describe.each([
  ['/zh/articles/gpt-5-4-reception/', ['NewsArticle', 'FAQPage', 'Dataset', 'BreadcrumbList']],
  ['/en/articles/ai-agent-autonomy-gap/', ['NewsArticle', 'FAQPage', 'BreadcrumbList']],
  ['/zh/tags/openai/', ['BreadcrumbList']],
  ['/en/models/gpt-4/', ['BreadcrumbList']],
  ['/zh/metrics/mmlu/', ['Dataset', 'BreadcrumbList']],
  ['/en/search/', ['BreadcrumbList']],
])('%s', (path, types) => {
  const data = jsonLd(loadPage(SITE_DIST, path));

  it('has the expected types, each with its required fields', () => {
    expect(data.map((d) => d['@type'])).toEqual(types);
    for (const item of data) {
      expect(item['@context']).toBe('https://schema.org');
      for (const field of REQUIRED[item['@type'] as string]!) expect(item[field], `${item['@type']}.${field}`).toBeTruthy();
    }
  });

  it('has well-formed parts', () => {
    for (const item of data) {
      if (item['@type'] === 'FAQPage') {
        for (const q of item.mainEntity as Record<string, unknown>[]) {
          expect(q['@type']).toBe('Question');
          expect(q.name).toBeTruthy();
          expect((q.acceptedAnswer as Record<string, unknown>).text).toBeTruthy();
        }
      }
      if (item['@type'] === 'BreadcrumbList') {
        (item.itemListElement as Record<string, unknown>[]).forEach((crumb, i) => {
          expect(crumb.position).toBe(i + 1);
          expect(String(crumb.item)).toMatch(/^https:\/\//);
        });
      }
      if (item['@type'] === 'NewsArticle') {
        expect(item.datePublished).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect((item.publisher as Record<string, unknown>).name).toBeTruthy();
      }
      if (item['@type'] === 'Dataset') {
        for (const d of item.distribution as Record<string, unknown>[]) expect(String(d.contentUrl)).toMatch(/data\.(csv|json)$/);
      }
    }
  });
});
