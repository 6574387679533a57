import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { articleFileSchema } from '../../src/schemas/article.ts';
import { describeIssue, reportingValues } from '../../src/schemas/errors.ts';
import { metricSchema } from '../../src/schemas/metric.ts';
import { modelSchema } from '../../src/schemas/model.ts';

describe('articleFileSchema', () => {
  it('accepts a translation with only localized fields', () => {
    expect(articleFileSchema.parse({ title: 'T', summary: 'S' })).toEqual({ title: 'T', summary: 'S', faq: [] });
  });
  it.each([
    ['a missing title', { summary: 'S' }, 'title'],
    ['an empty summary', { title: 'T', summary: ' ' }, 'summary'],
    ['a misspelt field', { title: 'T', summary: 'S', summery: 'x' }, ''],
    ['a bad related slug', { title: 'T', summary: 'S', related: ['Not A Slug'] }, 'related.0'],
    ['a source without a URL', { title: 'T', summary: 'S', sources: [{ title: 'x', url: 'nope' }] }, 'sources.0.url'],
    ['a tag list written as a string', { title: 'T', summary: 'S', tags: 'ai' }, 'tags'],
  ])('rejects %s', (_name, data, path) => {
    const result = articleFileSchema.safeParse(data);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toContain(path);
  });
});

describe('registry schemas', () => {
  it('accept the documented fields and default what they may', () => {
    expect(metricSchema.parse({ label: { zh: '得分', en: 'Score' }, format: 'percent', better: 'higher' })).toMatchObject({ decimals: 0 });
    expect(modelSchema.parse({ name: 'GPT-4', vendor: 'OpenAI', released: '2023-03-14' })).toEqual({
      name: 'GPT-4',
      vendor: 'OpenAI',
      released: new Date('2023-03-14T00:00:00Z'),
      links: [],
    });
  });
  it('reject a metric label missing a language', () => {
    expect(metricSchema.safeParse({ label: { zh: '得分' }, format: 'percent', better: 'higher' }).success).toBe(false);
  });
});

describe('reportingValues', () => {
  it('quotes the value and what was expected', () => {
    const result = reportingValues(articleFileSchema).safeParse({ title: 'T', summary: 'S', tags: 'ai' });
    expect(result.error!.issues).toMatchObject([{ path: ['tags'], message: 'the file has "ai"; expected array, received string' }]);
  });
  it('says when a field is missing, and names unknown fields', () => {
    const result = reportingValues(articleFileSchema).safeParse({ summary: 'S', summery: 'x' });
    const messages = result.error!.issues.map((i) => i.message);
    expect(messages).toContain('missing; expected string, received undefined');
    expect(messages).toContain('unknown field "summery"; expected only the documented fields (a misspelt name?)');
  });
  it('passes valid data through unchanged', () => {
    expect(reportingValues(z.object({ a: z.number() })).parse({ a: 1 })).toEqual({ a: 1 });
    expect(describeIssue({ code: 'invalid_type', expected: 'number', input: 'x', path: [], message: '' } as never)).toBe(
      'the file has "x"; expected number, received string',
    );
  });
});
