import { describe, expect, it } from 'vitest';
import { pageLanguages, sideBySidePairs, sideBySidePartner } from '../../src/lib/alternates.ts';
import { tocTree } from '../../src/lib/toc.ts';
import { absoluteUrl, articlePath, homePath } from '../../src/lib/urls.ts';

describe('tocTree', () => {
  it('nests h3 under the h2 before it and skips other depths', () => {
    expect(
      tocTree([
        { depth: 3, slug: 'early', text: 'Early' },
        { depth: 2, slug: '技术细节', text: '技术细节' },
        { depth: 3, slug: 'sub', text: 'Sub' },
        { depth: 4, slug: 'deep', text: 'Deep' },
        { depth: 2, slug: 'footnote-label', text: 'Footnotes' },
        { depth: 2, slug: 'b', text: 'B' },
      ]),
    ).toEqual([
      { slug: 'early', text: 'Early', children: [] },
      { slug: '技术细节', text: '技术细节', children: [{ slug: 'sub', text: 'Sub' }] },
      { slug: 'b', text: 'B', children: [] },
    ]);
  });
});

describe('pageLanguages', () => {
  it('lists every language, with a path only where the page exists', () => {
    expect(pageLanguages('zh', (l) => (l === 'zh' ? '/zh/articles/a/' : undefined))).toEqual({
      lang: 'zh',
      alternates: [{ lang: 'zh', path: '/zh/articles/a/' }, { lang: 'en' }],
      xDefault: '/zh/articles/a/',
    });
  });
  it('points x-default at the chooser when there is one', () => {
    expect(pageLanguages('en', (l) => homePath(l), '/').xDefault).toBe('/');
  });
});

describe('sideBySidePartner', () => {
  it('pairs a language with the next one in the site order that the story has, going round', () => {
    expect(sideBySidePartner('zh', ['zh', 'en'])).toBe('en');
    expect(sideBySidePartner('en', ['zh', 'en'])).toBe('zh');
    const order = ['zh', 'en', 'fr'];
    expect(sideBySidePartner('zh', ['zh', 'en', 'fr'], order)).toBe('en');
    expect(sideBySidePartner('en', ['zh', 'en', 'fr'], order)).toBe('fr');
    expect(sideBySidePartner('fr', ['zh', 'en', 'fr'], order)).toBe('zh');
    expect(sideBySidePartner('zh', ['zh', 'fr'], order)).toBe('fr');
    expect(sideBySidePartner('fr', ['en', 'fr'], order)).toBe('en');
    expect(sideBySidePartner('zh', ['zh'], order)).toBeUndefined();
  });
  it('lists each pair of languages the side-by-side pages show once', () => {
    expect(sideBySidePairs(['zh', 'en'])).toEqual([['zh', 'en']]);
    expect(sideBySidePairs(['en'])).toEqual([]);
    expect(sideBySidePairs(['zh', 'en', 'fr'], ['zh', 'en', 'fr'])).toEqual([['zh', 'en'], ['en', 'fr'], ['zh', 'fr']]);
    expect(sideBySidePairs(['fr', 'en'], ['zh', 'en', 'fr'])).toEqual([['en', 'fr']]);
  });
});

describe('urls', () => {
  it.each([
    [homePath('zh'), '/zh/'],
    [homePath('en', 2), '/en/2/'],
    [articlePath('en', 'gpt-5-4-reception'), '/en/articles/gpt-5-4-reception/'],
    [absoluteUrl('https://site.example', '/zh/'), 'https://site.example/zh/'],
  ])('%s', (actual, expected) => expect(actual).toBe(expected));
});
