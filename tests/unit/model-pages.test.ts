/** Which models get a page: the ones the given stories (a build's published stories) report. */
import { describe, expect, it } from 'vitest';
import { modelsWithPages } from '../../src/lib/model-pages.ts';
import type { Story } from '../../src/lib/stories.ts';

const figure = { kind: 'value', value: 1, approx: false, estimate: false } as const;

function story(slug: string, models: string[] | undefined): Story {
  return {
    slug,
    date: new Date('2026-01-01T00:00:00Z'),
    tags: [],
    charts: [],
    draft: false,
    related: [],
    sources: [],
    langs: ['en'],
    translations: { en: { lang: 'en', id: `${slug}/en`, file: 'f', title: slug, summary: 's', faq: [], freshness: 'original' } },
    ...(models ? { comparison: { metrics: ['score'], rows: models.map((model) => ({ model, cells: { score: figure } })) } } : {}),
  };
}

describe('modelsWithPages', () => {
  it.each([
    ['every model a story reports, once', [story('a', ['m1', 'm2']), story('b', ['m2'])], ['m1', 'm2']],
    ['none for stories without a comparison', [story('a', undefined)], []],
    ['none without stories', [], []],
  ] as const)('gives %s', (_name, stories, ids) => {
    expect([...modelsWithPages([...stories])].sort()).toEqual(ids);
  });
});
