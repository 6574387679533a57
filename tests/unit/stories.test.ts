import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/lib/problems.ts';
import { buildStories, sortNewestFirst, type ArticleFileInput, type Registries } from '../../src/lib/stories.ts';
import type { ArticleFile } from '../../src/schemas/article.ts';

const registries: Registries = {
  models: new Map([
    ['m1', { name: 'M1', vendor: 'V', links: [] }],
    ['m2', { name: 'M2', vendor: 'V', links: [] }],
  ]),
  metrics: new Map([['score', { label: { zh: '得分', en: 'Score' }, format: 'percent', decimals: 1, better: 'higher' }]]),
  tags: new Map([['t', { zh: '标签', en: 'Tag' }]]),
};

function file(id: string, data: Partial<ArticleFile>): ArticleFileInput {
  return { file: `content/articles/${id}.mdx`, id, data: { title: id, summary: 's', faq: [], ...data } };
}

const day = (text: string) => new Date(`${text}T00:00:00Z`);

function problemsOf(inputs: ArticleFileInput[]) {
  try {
    buildStories(inputs, registries);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  throw new Error('expected a ContentError');
}

describe('buildStories', () => {
  it('pairs translations and takes neutral facts from whichever file states them', () => {
    const [story] = buildStories(
      [
        file('a/en', { title: 'English' }),
        file('a/zh', { title: '中文', date: day('2026-01-02'), tags: ['t'], comparison: { metrics: ['score'], rows: { m1: { score: '~12%' } } } }),
      ],
      registries,
    );
    expect(story).toMatchObject({
      slug: 'a',
      langs: ['zh', 'en'],
      date: day('2026-01-02'),
      tags: ['t'],
      comparison: { metrics: ['score'], rows: [{ model: 'm1', cells: { score: { kind: 'value', value: 12, approx: true } } }] },
    });
    expect(story!.translations.en!.title).toBe('English');
    expect(story!.translations.zh!.title).toBe('中文');
  });

  it('accepts a neutral field repeated with the same value, and names both files when they differ', () => {
    expect(() =>
      buildStories([file('a/zh', { date: day('2026-01-02'), tags: ['t'] }), file('a/en', { date: day('2026-01-02') })], registries),
    ).not.toThrow();
    expect(problemsOf([file('a/zh', { date: day('2026-01-02'), tags: ['t'] }), file('a/en', { date: day('2026-01-03') })])).toEqual([
      {
        file: 'content/articles/a/zh.mdx and content/articles/a/en.mdx',
        field: 'date',
        value: [day('2026-01-02'), day('2026-01-03')],
        expected: 'the same value in both files, or the field written in one file only',
      },
    ]);
  });

  it('reports every problem at once, each with file, field and value', () => {
    const problems = problemsOf([
      file('a/zh', {
        date: day('2026-01-02'),
        tags: ['t', 'nope'],
        related: ['missing', 'a'],
        comparison: { metrics: ['score', 'speed'], rows: { m1: { score: 101 }, m9: { score: 1 }, m2: { extra: 1 } } },
      }),
      file('b/fr', {}),
      file('c/zh', {}),
    ]);
    const seen = problems.map((p) => [p.file, p.field, p.value]);
    expect(seen).toEqual(
      expect.arrayContaining([
        ['content/articles/b/fr.mdx', '(file name)', 'b/fr'],
        ['content/articles/a/zh.mdx', 'tags[1]', 'nope'],
        ['content/articles/a/zh.mdx', 'comparison.metrics[1]', 'speed'],
        ['content/articles/a/zh.mdx', 'comparison.rows.m1.score', 101],
        ['content/articles/a/zh.mdx', 'comparison.rows.m9', 'm9'],
        ['content/articles/a/zh.mdx', 'comparison.rows.m2.score', undefined],
        ['content/articles/a/zh.mdx', 'comparison.rows.m2.extra', 1],
        ['content/articles/a/zh.mdx', 'related[0]', 'missing'],
        ['content/articles/a/zh.mdx', 'related[1]', 'a'],
        ['content/articles/c/zh.mdx', 'date', undefined],
        ['content/articles/c/zh.mdx', 'tags', undefined],
      ]),
    );
    expect(problems).toHaveLength(11);
  });

  it('rejects an update before publication', () => {
    expect(problemsOf([file('a/zh', { date: day('2026-01-02'), updated: day('2026-01-01'), tags: ['t'] })])[0]).toMatchObject({
      field: 'updated',
    });
  });
});

describe('buildStories with drafts', () => {
  const published = file('pub/zh', { date: day('2026-01-02'), tags: ['t'], related: ['wip'] });
  const draft = file('wip/zh', { date: day('2026-01-03'), draft: true });

  it('keeps drafts for astro dev, leaves them out of a production build, and lets a draft wait for its tags', () => {
    expect(buildStories([file('pub/zh', { date: day('2026-01-02'), tags: ['t'] }), draft], registries).map((s) => [s.slug, s.draft, s.tags])).toEqual([
      ['wip', true, []],
      ['pub', false, ['t']],
    ]);
    expect(buildStories([file('pub/zh', { date: day('2026-01-02'), tags: ['t'] }), draft], registries, [], { drafts: false }).map((s) => s.slug)).toEqual(['pub']);
  });

  it('refuses a published story that relates to a draft, but only where drafts are left out', () => {
    expect(buildStories([published, draft], registries).map((s) => s.slug)).toEqual(['wip', 'pub']);
    let problems: unknown[] = [];
    try {
      buildStories([published, draft], registries, [], { drafts: false });
    } catch (error) {
      problems = (error as ContentError).problems;
    }
    expect(problems).toEqual([expect.objectContaining({ field: 'related[0]', value: 'wip', expected: expect.stringMatching(/^a published story: this one is a draft/) })]);
  });

  it('asks a story for its tags once it is published', () => {
    expect(problemsOf([file('wip/zh', { date: day('2026-01-03') })])).toEqual([expect.objectContaining({ field: 'tags', value: undefined })]);
  });
});

describe('sortNewestFirst', () => {
  it('orders by date, then slug, whatever the input order', () => {
    const stories = buildStories(
      [file('b/zh', { date: day('2026-01-01'), tags: ['t'] }), file('c/zh', { date: day('2026-02-01'), tags: ['t'] }), file('a/zh', { date: day('2026-01-01'), tags: ['t'] })],
      registries,
    );
    expect(stories.map((s) => s.slug)).toEqual(['c', 'a', 'b']);
    expect(sortNewestFirst([...stories].reverse()).map((s) => s.slug)).toEqual(['c', 'a', 'b']);
  });
});
