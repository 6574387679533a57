import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST } from '../helpers/build.ts';
import { jsonLd, loadPage, pageExists, tableRows, text } from '../helpers/html.ts';

const SITE = 'https://frontier-brief.example';
const page = (p: string) => loadPage(FIXTURE_DIST, p);

describe('article page, both languages', () => {
  const zh = page('/zh/articles/bilingual-story/');
  const en = page('/en/articles/bilingual-story/');

  it('declares its language, canonical URL and alternates', () => {
    expect(zh.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(en.documentElement.getAttribute('lang')).toBe('en');
    expect(zh.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${SITE}/zh/articles/bilingual-story/`);
    const alternates = (doc: Document) =>
      [...doc.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]);
    const expected = [
      ['zh-CN', `${SITE}/zh/articles/bilingual-story/`],
      ['en', `${SITE}/en/articles/bilingual-story/`],
      ['x-default', `${SITE}/zh/articles/bilingual-story/`],
    ];
    expect(alternates(zh)).toEqual(expected);
    expect(alternates(en)).toEqual(expected);
  });

  it('shows title, lede, dates, reading time and localized tags', () => {
    expect(text(zh.querySelector('h1'))).toBe('双语测试文章：模型对比');
    expect(text(en.querySelector('h1'))).toBe('Bilingual test story: model comparison');
    expect(text(zh.querySelector('.lede'))).toBe('这是一篇用于测试的双语文章，包含模型对比表。');
    expect(text(en.querySelector('.lede'))).toBe('A bilingual story for tests, with a model comparison table.');
    const meta = text(zh.querySelector('.article-meta'));
    expect(meta).toContain('发布于 2026年3月1日');
    expect(meta).toContain('更新于 2026年3月5日');
    expect(meta).toMatch(/约 \d+ 分钟读完/);
    expect(meta).toContain('阿尔法');
    const enMeta = text(en.querySelector('.article-meta'));
    expect(enMeta).toContain('Published March 1, 2026');
    expect(enMeta).toContain('Updated March 5, 2026');
    expect(enMeta).toMatch(/\d+ min read/);
    expect(enMeta).toContain('Alpha');
  });

  it('shows the whole body, from its first paragraph to its last, headings and mixed-script text as written', () => {
    const body = (doc: Document) => text(doc.querySelector('.prose'));
    expect(body(zh).startsWith('开头段落，含 删除线 与自动链接 https://example.com/autolink 以及脚注')).toBe(true);
    expect(body(en).startsWith('Opening paragraph with strikethrough and an autolink https://example.com/autolink and a footnote')).toBe(true);
    // The last paragraph comes after the components and the second table: nothing after them is lost.
    const last = (doc: Document) => [...doc.querySelectorAll('.prose > p')].at(-1);
    expect(text(last(zh))).toBe('结尾段落：前沿不再是 scale，而是 architectural intelligence。');
    expect(text(last(en))).toBe('Closing paragraph: the frontier is no longer scale but architectural intelligence.');
    expect(text(last(zh)?.querySelector('em'))).toBe('architectural intelligence');
    const headings = (doc: Document) => [...doc.querySelectorAll('.prose h2:not(#footnote-label), .prose h3')].map(text);
    expect(headings(zh)).toEqual(['技术细节', '子标题：延迟']);
    expect(headings(en)).toEqual(['Technical details', 'Subheading: latency']);
  });

  it('renders the comparison table from frontmatter, with marks in the page language', () => {
    expect(tableRows(zh)).toEqual([
      ['模型', '得分 越高越好', '延迟 毫秒 越低越好', '参数量'],
      ['Model A Acme', '86.4% (本列最佳)', '320 中位数', '约1.76万亿 MoE'],
      ['Model B Globex', '约12.0%', '未披露', '约2.1万亿 估 MoE'],
    ]);
    expect(tableRows(en)).toEqual([
      ['Model', 'Score higher is better', 'Latency ms lower is better', 'Parameters'],
      ['Model A Acme', '86.4% (best in column)', '320 median', '~1.76T MoE'],
      ['Model B Globex', '~12.0%', 'Undisclosed', '~2.1T est. MoE'],
    ]);
    expect(text(zh.querySelector('[data-comparison] caption'))).toBe('模型 A 与模型 B 对比');
    expect(text(zh.querySelector('.table-title'))).toBe('模型 A 与模型 B 对比');
    expect(zh.querySelector('td[data-kind=undisclosed]')).not.toBeNull();
    expect(text(en.querySelector('.table-legend'))).toContain('est. = estimate, not a published figure');
  });

  it('renders GFM: strikethrough, autolinks, footnotes and tables in a scroll region', () => {
    for (const doc of [zh, en]) {
      expect(doc.querySelector('.prose del')).not.toBeNull();
      expect(doc.querySelector('.prose a[href="https://example.com/autolink"]')).not.toBeNull();
      expect(doc.querySelector('.prose sup a[href="#user-content-fn-1"]')).not.toBeNull();
      expect(doc.querySelectorAll('.prose .table-scroll table')).toHaveLength(2);
    }
    expect(text(zh.querySelector('#footnote-label'))).toBe('注释');
    expect(text(en.querySelector('#footnote-label'))).toBe('Notes');
  });

  it('has a table of contents whose every anchor lands on an element, Chinese headings included', () => {
    const links = [...zh.querySelectorAll('.toc a')].map((a) => a.getAttribute('href')!);
    expect(links).toEqual(['#技术细节', '#子标题延迟', '#sources', '#faq']);
    for (const doc of [zh, en]) {
      for (const a of doc.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
        expect(doc.getElementById(id), `#${id}`).not.toBeNull();
      }
    }
  });

  it('places the takeaway callout after the table, then the sources and the FAQ', () => {
    for (const doc of [zh, en]) expect(doc.querySelector('.model-table ~ .callout')).not.toBeNull();
    expect(text(zh.querySelector('.callout .callout-label'))).toBe('数据要点');
    expect(text(zh.querySelector('.callout .callout-label + p'))).toBe('要点：模型 A 得分更高。');
    expect(text(en.querySelector('.callout .callout-label'))).toBe('Data Takeaway');
    expect(text(en.querySelector('.callout .callout-label + p'))).toBe('Takeaway: Model A scores higher.');
    expect(zh.querySelector('#sources a')?.getAttribute('href')).toBe('https://example.com/source');
    expect([...zh.querySelectorAll('#faq dt')].map(text)).toEqual(['这篇文章讲什么？', '第二个问题？']);
    expect([...en.querySelectorAll('#faq dt')].map(text)).toEqual(['What is this story about?', 'Second question?']);
  });

  it('publishes NewsArticle and FAQPage JSON-LD that match the frontmatter', () => {
    const [article, faq] = jsonLd(zh);
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: '双语测试文章：模型对比',
      description: '这是一篇用于测试的双语文章，包含模型对比表。',
      inLanguage: 'zh-CN',
      datePublished: '2026-03-01',
      dateModified: '2026-03-05',
      url: `${SITE}/zh/articles/bilingual-story/`,
      keywords: ['阿尔法', '贝塔'],
    });
    expect(faq).toMatchObject({
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: '这篇文章讲什么？', acceptedAnswer: { '@type': 'Answer', text: '它用于测试问答结构化数据。' } },
        { name: '第二个问题？' },
      ],
    });
    // The FAQPage data asks what the page shows, in the page's language.
    for (const doc of [zh, en]) {
      const data = jsonLd(doc).find((d) => d['@type'] === 'FAQPage') as { mainEntity: { name: string }[] };
      expect(data.mainEntity.map((q) => q.name)).toEqual([...doc.querySelectorAll('#faq dt')].map(text));
    }
    expect(jsonLd(en)[0]).toMatchObject({ headline: 'Bilingual test story: model comparison', inLanguage: 'en' });
  });

  it('links the translation from the language switch', () => {
    const link = zh.querySelector('.lang-switch a');
    expect(link?.getAttribute('href')).toBe('/en/articles/bilingual-story/');
    expect(text(link)).toBe('English');
    expect(en.querySelector('.lang-switch a')?.getAttribute('href')).toBe('/zh/articles/bilingual-story/');
  });

  it('lists the related stories as cards', () => {
    const card = zh.querySelector('#related .story-card a');
    expect(card?.getAttribute('href')).toBe('/zh/articles/zh-only-story/');
    // The related story has no English version: the English card links the Chinese one and says so.
    const enCard = en.querySelector('#related .story-card');
    expect(enCard?.querySelector('a')?.getAttribute('href')).toBe('/zh/articles/zh-only-story/');
    expect(text(enCard)).toContain('In Chinese only');
  });

  it('lists several related stories in the order written, each in the page language where it has one', () => {
    // en-only-story names zh-only-story (older) first, then bilingual-story: reading order, not date order.
    const cards = [...page('/en/articles/en-only-story/').querySelectorAll('#related .story-card')];
    expect(cards.map((c) => [c.querySelector('a')?.getAttribute('href'), text(c.querySelector('h3'))])).toEqual([
      ['/zh/articles/zh-only-story/', '只有中文的文章'],
      ['/en/articles/bilingual-story/', 'Bilingual test story: model comparison'],
    ]);
    expect(text(cards[0])).toContain('In Chinese only');
    expect(text(cards[1])).not.toContain('In Chinese only');
  });
});

describe('a story in one language', () => {
  it('exists only in that language and says so plainly in the switch', () => {
    expect(pageExists(FIXTURE_DIST, '/en/articles/zh-only-story/')).toBe(false);
    const zh = page('/zh/articles/zh-only-story/');
    expect([...zh.querySelectorAll('link[hreflang]')].map((l) => l.getAttribute('hreflang'))).toEqual(['zh-CN', 'x-default']);
    expect(text(zh.querySelector('.lang-switch'))).toContain('本文暂无英文版。');
    expect(zh.querySelector('.lang-switch a')?.getAttribute('href')).toBe('/en/');
    const en = page('/en/articles/en-only-story/');
    expect(text(en.querySelector('.lang-switch'))).toContain('This story is not available in Chinese yet.');
  });

  it('gets its table after the body when the body does not place it', () => {
    const en = page('/en/articles/en-only-story/');
    expect(tableRows(en)).toEqual([['Model', 'Score higher is better'], ['Model A Acme', '50.0%'], ['Model B Globex', '60.0% (best in column)']]);
    expect(en.querySelector('.prose > p + .model-table')).not.toBeNull();
  });
});

describe('home pages', () => {
  it('list every story newest first, in the page language where there is one', () => {
    const zh = page('/zh/');
    const cards = [...zh.querySelectorAll('.story-list .story-card')];
    expect(cards.map((c) => c.querySelector('a')?.getAttribute('href'))).toEqual([
      '/zh/articles/bilingual-story/',
      '/zh/articles/zh-only-story/',
      '/en/articles/en-only-story/',
    ]);
    expect(text(cards[2])).toContain('仅有英文版');
    expect(text(cards[0])).toContain('2026年3月1日');
    expect(text(cards[0])).toContain('这是一篇用于测试的双语文章');
    expect(page('/en/').querySelector('link[hreflang=x-default]')?.getAttribute('href')).toBe(`${SITE}/`);
  });

  it('/ offers both languages as plain links and does not redirect without JavaScript', () => {
    const root = page('/');
    expect([...root.querySelectorAll('main a')].map((a) => a.getAttribute('href'))).toEqual(['/zh/', '/en/']);
    expect(root.querySelector('meta[http-equiv=refresh]')).toBeNull();
  });

  it('404 speaks both languages', () => {
    const notFound = loadPage(FIXTURE_DIST, '/404.html');
    expect(text(notFound.querySelector('main'))).toContain('页面不存在');
    expect(text(notFound.querySelector('main'))).toContain('Page not found');
  });
});
