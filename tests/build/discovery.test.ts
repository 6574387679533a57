/** Feeds, sitemap, robots.txt, tag pages, breadcrumbs, social meta and story navigation. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../helpers/build.ts';
import { jsonLd, loadPage, text } from '../helpers/html.ts';

const SITE = 'https://frontier-brief.example';
const read = (p: string) => readFileSync(path.join(FIXTURE_DIST, p), 'utf8');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', isArray: (name) => ['item', 'category', 'url', 'xhtml:link'].includes(name) });

describe('RSS feeds', () => {
  it.each([
    ['zh', ['双语测试文章：模型对比', '只有中文的文章'], [['阿尔法', '贝塔'], ['阿尔法']]],
    ['en', ['Bilingual test story: model comparison', 'An English-only story'], [['Alpha', 'Beta'], ['Beta']]],
  ])('the %s feed is valid RSS 2.0 listing the stories in that language', (lang, titles, categories) => {
    const xml = read(`${lang}/rss.xml`);
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parser.parse(xml);
    expect(rss['@version']).toBe('2.0');
    const channel = rss.channel;
    for (const field of ['title', 'link', 'description', 'language']) expect(channel[field], field).toBeTruthy();
    expect(channel['atom:link']['@href']).toBe(`${SITE}/${lang}/rss.xml`);
    expect(channel.item.map((i: { title: string }) => i.title)).toEqual(titles);
    expect(channel.item.map((i: { category: string[] }) => i.category)).toEqual(categories);
    for (const item of channel.item) {
      expect(item.link).toMatch(new RegExp(`^${SITE}/${lang}/articles/[a-z-]+/$`));
      expect(item.guid['#text']).toBe(item.link);
      expect(item.description.length).toBeGreaterThan(5);
      // RFC 822 dates, as RSS 2.0 requires.
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} \d{2}:\d{2}:\d{2} GMT$/);
    }
  });

  it('is linked from the head of every page', () => {
    for (const page of ['/zh/', '/en/articles/bilingual-story/', '/zh/tags/', '/en/models/model-a/']) {
      const lang = page.slice(1, 3);
      expect(loadPage(FIXTURE_DIST, page).querySelector('link[rel=alternate][type="application/rss+xml"]')?.getAttribute('href')).toBe(`/${lang}/rss.xml`);
    }
  });
});

describe('sitemap and robots.txt', () => {
  const index = parser.parse(read('sitemap-index.xml'));
  const urls: { loc: string; 'xhtml:link'?: { '@hreflang': string; '@href': string }[] }[] = parser.parse(read('sitemap-0.xml')).urlset.url;
  const alternates = (loc: string) =>
    urls.find((u) => u.loc === `${SITE}${loc}`)?.['xhtml:link']?.map((l) => [l['@hreflang'], l['@href'].replace(SITE, '')]).sort();

  it('lists every page with hreflang alternates where a translation exists', () => {
    expect(index.sitemapindex.sitemap.loc).toBe(`${SITE}/sitemap-0.xml`);
    expect(alternates('/zh/articles/bilingual-story/')).toEqual([['en', '/en/articles/bilingual-story/'], ['zh-CN', '/zh/articles/bilingual-story/']]);
    expect(alternates('/zh/articles/zh-only-story/') ?? []).not.toContainEqual(expect.arrayContaining(['en']));
    expect(alternates('/')).toEqual([['en', '/en/'], ['x-default', '/'], ['zh-CN', '/zh/']]);
    expect(urls.some((u) => u.loc.includes('404'))).toBe(false);
    expect(urls.length).toBeGreaterThan(10);
  });

  it('robots.txt points to it', () => {
    expect(read('robots.txt')).toContain(`Sitemap: ${SITE}/sitemap-index.xml`);
  });
});

describe('tag pages', () => {
  it('list the stories of a tag with localized labels', () => {
    const zh = loadPage(FIXTURE_DIST, '/zh/tags/alpha/');
    expect(text(zh.querySelector('h1'))).toBe('标签：阿尔法');
    expect([...zh.querySelectorAll('.story-list h2 a')].map((a) => a.getAttribute('href'))).toEqual([
      '/zh/articles/bilingual-story/',
      '/zh/articles/zh-only-story/',
    ]);
    const index = loadPage(FIXTURE_DIST, '/en/tags/');
    expect([...index.querySelectorAll('.tag-cloud li')].map(text)).toEqual(['Alpha (2)', 'Beta (2)']);
  });

  it('are linked from every tag on a story', () => {
    const doc = loadPage(FIXTURE_DIST, '/en/articles/bilingual-story/');
    expect([...doc.querySelectorAll('.article-meta .tag-list a')].map((a) => [text(a), a.getAttribute('href')])).toEqual([
      ['Alpha', '/en/tags/alpha/'],
      ['Beta', '/en/tags/beta/'],
    ]);
  });
});

describe('navigation on a story', () => {
  it('has breadcrumbs with BreadcrumbList data', () => {
    const doc = loadPage(FIXTURE_DIST, '/zh/articles/bilingual-story/');
    expect([...doc.querySelectorAll('.breadcrumbs li')].map(text)).toEqual(['首页', '阿尔法', '双语测试文章：模型对比']);
    expect(jsonLd(doc).find((d) => d['@type'] === 'BreadcrumbList')).toMatchObject({
      itemListElement: [
        { position: 1, name: '首页', item: `${SITE}/zh/` },
        { position: 2, name: '阿尔法', item: `${SITE}/zh/tags/alpha/` },
        { position: 3, name: '双语测试文章：模型对比', item: `${SITE}/zh/articles/bilingual-story/` },
      ],
    });
  });

  it('links the previous and next story in the same language', () => {
    const links = (p: string) => [...loadPage(FIXTURE_DIST, p).querySelectorAll('.story-nav a')].map((a) => [a.getAttribute('rel'), a.getAttribute('href')]);
    expect(links('/zh/articles/bilingual-story/')).toEqual([['next', '/zh/articles/zh-only-story/']]);
    expect(links('/en/articles/bilingual-story/')).toEqual([['next', '/en/articles/en-only-story/']]);
    expect(links('/en/articles/en-only-story/')).toEqual([['prev', '/en/articles/bilingual-story/']]);
  });
});

describe('social meta', () => {
  const pages = readdirSync(FIXTURE_DIST, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('index.html') && /^(zh|en)\//.test(f));

  it('on every page: Open Graph and Twitter meta, with a card of 1200×630 that exists (its story\'s, else the site\'s)', () => {
    const failures: string[] = [];
    for (const file of pages) {
      const url = `/${file.replace(/index\.html$/, '')}`;
      const doc = loadPage(FIXTURE_DIST, url);
      const og = (property: string) => doc.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
      const tw = (name: string) => doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? '';
      for (const property of ['og:type', 'og:title', 'og:description', 'og:url', 'og:site_name', 'og:locale', 'og:image:alt']) {
        if (!og(property)) failures.push(`${url}: no ${property}`);
      }
      for (const name of ['twitter:title', 'twitter:description', 'twitter:image:alt']) if (!tw(name)) failures.push(`${url}: no ${name}`);
      if (tw('twitter:card') !== 'summary_large_image') failures.push(`${url}: twitter:card is "${tw('twitter:card')}"`);
      const story = /^\/(zh|en)\/articles\/([^/]+)\//.exec(url);
      const card = story ? `${SITE}/${story[1]}/articles/${story[2]}/og.png` : `${SITE}/${url.slice(1, 3)}/og.png`;
      if (og('og:image') !== card) failures.push(`${url}: og:image is "${og('og:image')}", expected ${card}`);
      if (tw('twitter:image') !== card) failures.push(`${url}: twitter:image is "${tw('twitter:image')}", expected ${card}`);
      if (og('og:image:type') !== 'image/png' || og('og:image:width') !== '1200' || og('og:image:height') !== '630') {
        failures.push(`${url}: og:image is ${og('og:image:type')} ${og('og:image:width')}×${og('og:image:height')}`);
      }
      const png = path.join(FIXTURE_DIST, card.slice(SITE.length));
      if (!existsSync(png)) failures.push(`${url}: ${card} is not in the build`);
      else {
        const bytes = readFileSync(png);
        if (bytes.readUInt32BE(16) !== 1200 || bytes.readUInt32BE(20) !== 630) failures.push(`${url}: ${card} is not 1200×630`);
      }
    }
    expect(pages.length).toBeGreaterThan(20);
    expect(failures).toEqual([]);
  });
});
