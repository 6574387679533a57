/** What a story's page shows besides its body (src/lib/article-view.ts), from the story and the site. */
import { describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { articleView, type ArticleSite } from '../../src/lib/article-view.ts';
import type { Story } from '../../src/lib/story.ts';
import { figure, makeStory } from '../helpers/story.ts';

const ORIGIN = new URL('https://example.org');

function siteOf(stories: Story[], related: Record<string, string[]> = {}): ArticleSite {
  return {
    stories,
    bySlug: new Map(stories.map((s) => [s.slug, s])),
    models: new Map([
      ['m1', { name: 'Model One', vendor: 'Acme', links: [] }],
      ['m2', { name: 'Model Two', vendor: 'Acme', links: [] }],
      ['m3', { name: 'Model Three', vendor: 'Globex', links: [] }],
    ]),
    metrics: new Map([['score', { label: { zh: '得分', en: 'Score' }, kind: 'score', better: 'higher' }]]) as unknown as ArticleSite['metrics'],
    tags: new Map([
      ['alpha', { zh: '甲', en: 'Alpha' }],
      ['beta', { zh: '乙', en: 'Beta' }],
    ]),
    related: new Map(stories.map((s) => [s.slug, { zh: [], en: (related[s.slug] ?? []).map((slug) => ({ slug, by: 'editor' as const })) }])),
  };
}

describe('articleView', () => {
  const main: Story = {
    ...makeStory('main', '2026-02-01', { m1: { score: figure(1) }, m2: { score: figure(2) }, m3: { score: figure(3) } }, ['en', 'zh']),
    tags: ['beta', 'alpha'],
    sources: [{ title: 'A source', url: 'https://example.com/' }],
  };
  main.translations.en = { ...main.translations.en!, faq: [{ q: 'Why?', a: 'Because.' }] };
  const older = makeStory('older', '2026-01-01');
  const newer = makeStory('newer', '2026-03-01');
  const view = articleView(main, 'en', siteOf([newer, main, older], { main: ['older'] }), ORIGIN);

  it('names the tags in the page language, and leads the breadcrumbs through the first tag', () => {
    expect(view.tagLabels).toEqual(['Beta', 'Alpha']);
    expect(view.crumbs).toEqual([
      { name: t('en', 'nav.home'), path: '/en/' },
      { name: 'Beta', path: '/en/tags/beta/' },
      { name: 'Title main', path: '/en/articles/main/' },
    ]);
  });

  it('gives a draft without tags breadcrumbs without a tag', () => {
    const draft = { ...makeStory('wip', '2026-02-01'), draft: true };
    expect(articleView(draft, 'en', siteOf([draft]), ORIGIN).crumbs.map((c) => c.path)).toEqual(['/en/', '/en/articles/wip/']);
  });

  it('publishes the article, its FAQ and its comparison as structured data, and only what the story has', () => {
    expect(view.jsonLd.map((ld) => ld['@type'])).toEqual(['NewsArticle', 'FAQPage', 'Dataset']);
    expect(view.jsonLd[0]).toMatchObject({ url: 'https://example.org/en/articles/main/', keywords: ['Beta', 'Alpha'], publisher: { url: 'https://example.org/en/' } });
    expect(view.jsonLd[2]).toMatchObject({ variableMeasured: ['Score'] });
    expect(articleView(older, 'en', siteOf([older]), ORIGIN).jsonLd.map((ld) => ld['@type'])).toEqual(['NewsArticle']);
  });

  it('ends the contents with the sources and the FAQ, where the story has them', () => {
    expect(view.tocExtra).toEqual([
      { slug: 'sources', text: t('en', 'article.sources') },
      { slug: 'faq', text: t('en', 'article.faq') },
    ]);
    expect(articleView(older, 'en', siteOf([older]), ORIGIN).tocExtra).toEqual([]);
  });

  it('lists the comparison\'s models and their vendors once each, for search filters', () => {
    expect(view.modelNames).toEqual(['Model One', 'Model Two', 'Model Three']);
    expect(view.vendors).toEqual(['Acme', 'Globex']);
  });

  it('finds the stories before and after it, the related cards, and its page in each language', () => {
    expect([view.older?.slug, view.newer?.slug]).toEqual(['older', 'newer']);
    expect(view.related.map((s) => s.slug)).toEqual(['older']);
    expect(view.languages.alternates).toEqual([
      { lang: 'zh', path: '/zh/articles/main/' },
      { lang: 'en', path: '/en/articles/main/' },
    ]);
    expect(articleView(older, 'en', siteOf([older]), ORIGIN).languages.alternates).toEqual([{ lang: 'zh' }, { lang: 'en', path: '/en/articles/older/' }]);
  });
});
