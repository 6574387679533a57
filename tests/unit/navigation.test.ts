import { describe, expect, it } from 'vitest';
import { breadcrumbLd, prevNext, storiesTagged, tagsInUse } from '../../src/lib/navigation.ts';
import { fixSitemapEntry } from '../../src/build/sitemap.ts';
import type { Story } from '../../src/lib/story.ts';

function story(slug: string, date: string, langs: ('zh' | 'en')[], tags: string[] = []): Story {
  const translations = Object.fromEntries(langs.map((lang) => [lang, { lang, id: `${slug}/${lang}`, file: 'f', title: slug, summary: 's', faq: [], freshness: 'original' as const }]));
  return { slug, date: new Date(`${date}T00:00:00Z`), tags, charts: [], draft: false, related: [], sources: [], langs, translations };
}

const stories = [
  story('b', '2026-02-01', ['zh', 'en'], ['x', 'y']),
  story('a', '2026-01-01', ['zh', 'en'], ['x']),
  story('zh-only', '2026-01-15', ['zh'], ['y']),
  story('c', '2026-03-01', ['en'], ['x']),
];

describe('prevNext', () => {
  it.each([
    ['b', 'zh', { older: 'zh-only', newer: undefined }],
    ['b', 'en', { older: 'a', newer: 'c' }],
    ['a', 'zh', { older: undefined, newer: 'zh-only' }],
    ['c', 'en', { older: 'b', newer: undefined }],
    ['c', 'zh', { older: undefined, newer: undefined }],
  ] as const)('%s in %s', (slug, lang, expected) => {
    const { older, newer } = prevNext(stories, slug, lang);
    expect({ older: older?.slug, newer: newer?.slug }).toEqual(expected);
  });
});

describe('tags', () => {
  it('counts tags in use, most used first', () => {
    expect(tagsInUse(stories)).toEqual([{ tag: 'x', count: 3 }, { tag: 'y', count: 2 }]);
  });
  it('lists a tag’s stories newest first', () => {
    expect(storiesTagged(stories, 'x').map((s) => s.slug)).toEqual(['c', 'b', 'a']);
  });
});

describe('breadcrumbLd', () => {
  it('numbers the crumbs and makes their URLs absolute', () => {
    expect(breadcrumbLd([{ name: 'Home', path: '/en/' }, { name: 'Tags', path: '/en/tags/' }], 'https://x.example')).toEqual({
      '@context': 'https://schema.org',
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://x.example/en/' },
        { '@type': 'ListItem', position: 2, name: 'Tags', item: 'https://x.example/en/tags/' },
      ],
    });
  });
});

describe('fixSitemapEntry', () => {
  const languages = { zh: 'zh-CN', en: 'en' };
  const site = 'https://x.example';
  it('makes / the x-default of the home pages instead of a Chinese page', () => {
    expect(fixSitemapEntry({ url: `${site}/`, links: [{ url: `${site}/`, lang: 'zh-CN' }] }, languages).links).toEqual([
      { url: `${site}/zh/`, lang: 'zh-CN' },
      { url: `${site}/en/`, lang: 'en' },
      { url: `${site}/`, lang: 'x-default' },
    ]);
    expect(
      fixSitemapEntry({ url: `${site}/zh/`, links: [{ url: `${site}/`, lang: 'zh-CN' }, { url: `${site}/zh/`, lang: 'zh-CN' }, { url: `${site}/en/`, lang: 'en' }] }, languages).links,
    ).toEqual([
      { url: `${site}/zh/`, lang: 'zh-CN' },
      { url: `${site}/en/`, lang: 'en' },
      { url: `${site}/`, lang: 'x-default' },
    ]);
  });
  it('leaves other pages as they are', () => {
    const item = { url: `${site}/en/articles/a/`, links: [{ url: `${site}/en/articles/a/`, lang: 'en' }] };
    expect(fixSitemapEntry(item, languages)).toEqual(item);
  });
});
