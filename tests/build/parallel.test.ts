/**
 * Side-by-side reading (/{lang}/articles/{slug}/parallel/): what a reader, a search engine and an
 * editor get, in the real site's build, the fixture's, and one copy of the fixture whose two
 * languages do not pair in one section.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localeOf } from '../../src/lib/format.ts';
import { contentDir, projectRoot } from '../../src/build/site-env.ts';
import { articlePath, parallelPath } from '../../src/lib/urls.ts';
import { LANGS, type Lang } from '../../src/schemas/localized.ts';
import { FIXTURE_CONTENT, FIXTURE_DIST, SITE_DIST, buildSite, copyFixture, removeDir, runScript as run } from '../helpers/build.ts';
import { loadPage, pageExists, text } from '../helpers/html.ts';

const otherOf = (lang: Lang) => LANGS.find((l) => l !== lang)!;

/** Stories of a content folder written in every language and not drafts: each should have side-by-side pages. */
function bilingualStories(content: string): string[] {
  const articles = path.join(content, 'articles');
  return readdirSync(articles).filter((slug) =>
    LANGS.every((l) => {
      const file = path.join(articles, slug, `${l}.mdx`);
      return existsSync(file) && !/^draft:\s*true\s*$/m.test(readFileSync(file, 'utf8'));
    }),
  );
}

const STORIES = bilingualStories(contentDir({}));
/** Every side-by-side page of the real site, with its story and leading language. */
const PAGES = STORIES.flatMap((slug) => LANGS.map((lang) => ({ slug, lang, path: parallelPath(lang, slug) })));


/** Every check over the pages as one list of failures: one test per behaviour, not per page. */
function failuresOver<T>(items: T[], check: (item: T, fail: (message: string) => void) => void): string[] {
  const failures: string[] = [];
  for (const item of items) check(item, (message) => failures.push(message));
  return failures;
}

const headingTexts = (nodes: Iterable<Element>) => [...nodes].map((h) => text(h));

/** The body headings of an article page, in order. */
function articleHeadings(doc: Document): string[] {
  return headingTexts([...doc.querySelectorAll('.prose h2, .prose h3, .prose h4')].filter((h) => !h.closest('.footnotes')));
}

/** Headings shown beside their translation on a side-by-side page, as [lead, other]. */
function pairedHeadings(doc: Document): [string, string][] {
  return [...doc.querySelectorAll('.parallel-body > .pair')].flatMap((pair) => {
    const lead = pair.querySelector(':scope > .pair-lead > h2, :scope > .pair-lead > h3, :scope > .pair-lead > h4');
    const other = pair.querySelector(':scope > .pair-other > h2, :scope > .pair-other > h3, :scope > .pair-other > h4');
    return lead || other ? [[text(lead), text(other)] as [string, string]] : [];
  });
}

/** The URLs Pagefind can return as results, from its fragments (gzip; JSON after a 12-byte signature). */
function searchResultUrls(dist: string, lang: Lang): string[] {
  const dir = path.join(dist, 'pagefind', lang, 'fragment');
  return readdirSync(dir).map((file) => {
    const data = gunzipSync(readFileSync(path.join(dir, file)));
    expect(data.subarray(0, 12).toString()).toBe('pagefind_dcd');
    return (JSON.parse(data.subarray(12).toString()) as { url: string }).url;
  });
}

describe('side-by-side pages of the real stories', () => {
  it('exist for every bilingual story in both leading languages, linked from the article', () => {
    expect(STORIES.length).toBeGreaterThan(0);
    const label: Record<Lang, string> = { zh: '中英对照', en: 'Read side by side' };
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      if (!pageExists(SITE_DIST, page)) return fail(`${page}: not built`);
      const links = [...loadPage(SITE_DIST, articlePath(lang, slug)).querySelectorAll('a.parallel-link')];
      if (links.length !== 1) return fail(`${articlePath(lang, slug)}: ${links.length} links to the side-by-side page`);
      if (links[0]!.getAttribute('href') !== page) fail(`${articlePath(lang, slug)}: links to ${links[0]!.getAttribute('href')}`);
      if (text(links[0]) !== label[lang]) fail(`${articlePath(lang, slug)}: link says "${text(links[0])}"`);
    });
    expect(failures).toEqual([]);
  });

  it('speak the leading language and send search engines to the article: canonical, no alternates, no sitemap entry', () => {
    const sitemap = readFileSync(path.join(SITE_DIST, 'sitemap-0.xml'), 'utf8');
    const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      const doc = loadPage(SITE_DIST, page);
      const article = loadPage(SITE_DIST, articlePath(lang, slug));
      if (doc.documentElement.getAttribute('lang') !== localeOf(lang)) fail(`${page}: <html lang="${doc.documentElement.getAttribute('lang')}">`);
      const canonical = doc.querySelector('link[rel=canonical]')?.getAttribute('href');
      const expected = article.querySelector('link[rel=canonical]')?.getAttribute('href');
      if (!expected || canonical !== expected) fail(`${page}: canonical ${canonical}, the article's is ${expected}`);
      const alternates = doc.querySelectorAll('link[rel=alternate][hreflang]').length;
      if (alternates) fail(`${page}: ${alternates} hreflang alternates`);
      if (listed.includes(page)) fail(`${page}: in sitemap-0.xml`);
      if (!listed.includes(articlePath(lang, slug))) fail(`${articlePath(lang, slug)}: missing from sitemap-0.xml`);
    });
    expect(failures).toEqual([]);
  });

  it('are never a search result: each language’s index holds its article pages and nothing else', () => {
    for (const lang of LANGS) {
      const entry = JSON.parse(readFileSync(path.join(SITE_DIST, 'pagefind', lang, 'pagefind-entry.json'), 'utf8')) as {
        languages: Record<string, { page_count: number }>;
      };
      const articles = readdirSync(path.join(SITE_DIST, lang, 'articles')).map((slug) => articlePath(lang, slug));
      expect(searchResultUrls(SITE_DIST, lang).sort(), lang).toEqual(articles.sort());
      expect(Object.values(entry.languages).reduce((n, l) => n + l.page_count, 0), lang).toBe(articles.length);
    }
  });

  it('hold both titles in one <h1>, the second announced as the translation', () => {
    const announce: Record<Lang, string> = { zh: '译文：', en: 'Translation:' };
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      const doc = loadPage(SITE_DIST, page);
      const other = otherOf(lang);
      const h1s = doc.querySelectorAll('h1');
      if (h1s.length !== 1) return fail(`${page}: ${h1s.length} <h1>`);
      const leadTitle = text(loadPage(SITE_DIST, articlePath(lang, slug)).querySelector('h1'));
      const otherTitle = text(loadPage(SITE_DIST, articlePath(other, slug)).querySelector('h1'));
      const spans = [...h1s[0]!.children];
      const label = spans.find((s) => s.classList.contains('visually-hidden'));
      const second = label?.nextElementSibling;
      if (text(spans[0]) !== leadTitle || spans[0]!.getAttribute('lang') !== localeOf(lang)) fail(`${page}: first title "${text(spans[0])}" (lang ${spans[0]?.getAttribute('lang')})`);
      if (text(label) !== announce[lang]) fail(`${page}: the hidden label says "${text(label)}"`);
      if (text(second) !== otherTitle || second?.getAttribute('lang') !== localeOf(other)) fail(`${page}: translated title "${text(second)}" (lang ${second?.getAttribute('lang')})`);
    });
    expect(failures).toEqual([]);
  });

  it('mark every block with its language', () => {
    const failures = failuresOver(PAGES, ({ lang, path: page }, fail) => {
      const doc = loadPage(SITE_DIST, page);
      const expected = { 'pair-lead': localeOf(lang), 'pair-other': localeOf(otherOf(lang)) };
      for (const [cls, locale] of Object.entries(expected)) {
        const wrong = [...doc.querySelectorAll(`.${cls}`)].filter((b) => b.getAttribute('lang') !== locale);
        if (wrong.length) fail(`${page}: ${wrong.length} .${cls} without lang="${locale}" (first: ${text(wrong[0]).slice(0, 60)})`);
      }
      const halves = [...doc.querySelectorAll('.pair')].filter((p) => !p.querySelector(':scope > .pair-lead') || !p.querySelector(':scope > .pair-other'));
      if (halves.length) fail(`${page}: ${halves.length} pairs missing a language`);
    });
    expect(failures).toEqual([]);
  });

  it('label each Data Takeaway in its own column’s language, as its article does', () => {
    const labels = (scope: Document | Element | null | undefined) => [...(scope?.querySelectorAll('aside.callout') ?? [])].map((a) => [text(a.querySelector('.callout-label')), a.getAttribute('aria-label')]);
    const pages = [...PAGES.map((p) => ({ ...p, dist: SITE_DIST })), ...LANGS.map((lang) => ({ slug: 'bilingual-story', lang, path: parallelPath(lang, 'bilingual-story'), dist: FIXTURE_DIST }))];
    let callouts = 0;
    const failures = failuresOver(pages, ({ slug, lang, path: page, dist }, fail) => {
      const doc = loadPage(dist, page);
      for (const [cls, l] of [['pair-lead', lang], ['pair-other', otherOf(lang)]] as const) {
        const expected = labels(loadPage(dist, articlePath(l, slug)).querySelector('.prose'));
        const found = [...doc.querySelectorAll(`.parallel-body .${cls}`)].flatMap((block) => labels(block));
        callouts += found.length;
        if (JSON.stringify(found) !== JSON.stringify(expected)) fail(`${page}: .${cls} (${l}) Takeaways labelled ${JSON.stringify(found)}, the ${l} article's ${JSON.stringify(expected)}`);
      }
    });
    expect(failures).toEqual([]);
    expect(callouts, 'Takeaways checked').toBeGreaterThan(0);
  });

  it('show every heading of both articles, in order, each in its own language’s column', () => {
    // Whether the sections pair is the content's business (npm run i18n reports it); the fixture's tests below cover pairing.
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      const doc = loadPage(SITE_DIST, page);
      for (const [cls, l] of [['pair-lead', lang], ['pair-other', otherOf(lang)]] as const) {
        const expected = articleHeadings(loadPage(SITE_DIST, articlePath(l, slug)));
        const found = headingTexts([...doc.querySelectorAll(`.parallel-body .${cls} h2, .parallel-body .${cls} h3, .parallel-body .${cls} h4`)].filter((h) => !h.closest('.footnotes')));
        if (!expected.length) fail(`${articlePath(l, slug)}: no headings to compare with`);
        if (JSON.stringify(found) !== JSON.stringify(expected)) fail(`${page}: .${cls} headings ${JSON.stringify(found)}, the ${l} article has ${JSON.stringify(expected)}`);
      }
    });
    expect(failures).toEqual([]);
  });

  it('draw the comparison table once, with both captions and every column label in both languages', () => {
    /** A column's label: the header cell's own first text, before its unit and other marks. */
    const labels = (doc: Document) => [...doc.querySelectorAll('[data-comparison] thead th')].map((th) => (th.firstChild?.textContent ?? '').trim());
    const caption = (doc: Document) => text(doc.querySelector('[data-comparison] caption'));
    let tables = 0;
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      const doc = loadPage(SITE_DIST, page);
      const lead = loadPage(SITE_DIST, articlePath(lang, slug));
      const other = loadPage(SITE_DIST, articlePath(otherOf(lang), slug));
      const count = doc.querySelectorAll('[data-comparison]').length;
      const expected = lead.querySelectorAll('[data-comparison]').length;
      if (count !== expected) return fail(`${page}: ${count} comparison tables, the article has ${expected}`);
      if (!count) return;
      tables++;
      const title = doc.querySelector('.table-title');
      const also = title?.querySelector('.table-title-also');
      if ((title?.firstChild?.textContent ?? '').trim() !== caption(lead)) fail(`${page}: table title "${text(title)}" does not start with "${caption(lead)}"`);
      if (text(also) !== caption(other) || also?.getAttribute('lang') !== localeOf(otherOf(lang))) fail(`${page}: second title "${text(also)}" (lang ${also?.getAttribute('lang')}), expected "${caption(other)}"`);
      if (!caption(doc).startsWith(caption(lead)) || !caption(doc).endsWith(caption(other))) fail(`${page}: table caption "${caption(doc)}"`);
      if (JSON.stringify(labels(doc)) !== JSON.stringify(labels(lead))) fail(`${page}: column labels ${JSON.stringify(labels(doc))}, expected ${JSON.stringify(labels(lead))}`);
      const second = [...doc.querySelectorAll('[data-comparison] thead th')].map((th) => th.querySelector('.col-also'));
      if (JSON.stringify(second.map((s) => text(s))) !== JSON.stringify(labels(other))) fail(`${page}: second column labels ${JSON.stringify(second.map((s) => text(s)))}, expected ${JSON.stringify(labels(other))}`);
      if (second.some((s) => s?.getAttribute('lang') !== localeOf(otherOf(lang)))) fail(`${page}: a second column label without lang="${localeOf(otherOf(lang))}"`);
    });
    expect(failures).toEqual([]);
    expect(tables, 'pages with a table checked').toBeGreaterThan(0);
  });

  it('draw each chart once, in the leading language', () => {
    const titles = (doc: Document) => [...doc.querySelectorAll('figure.chart .chart-title')].map((t) => text(t));
    let charts = 0;
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      const expected = titles(loadPage(SITE_DIST, articlePath(lang, slug)));
      const found = titles(loadPage(SITE_DIST, page));
      charts += found.length;
      if (JSON.stringify(found) !== JSON.stringify(expected)) fail(`${page}: charts ${JSON.stringify(found)}, the article has ${JSON.stringify(expected)}`);
    });
    expect(failures).toEqual([]);
    expect(charts, 'charts checked').toBeGreaterThan(0);
  });

  it('set each FAQ question and answer beside its translation', () => {
    const faq = (doc: Document) => [...doc.querySelectorAll('.faq dt')].map((dt) => [text(dt), text(dt.nextElementSibling)]);
    const failures = failuresOver(PAGES, ({ slug, lang, path: page }, fail) => {
      const lead = faq(loadPage(SITE_DIST, articlePath(lang, slug)));
      const other = faq(loadPage(SITE_DIST, articlePath(otherOf(lang), slug)));
      const expected = lead.map(([q, a], k) => [q, other[k]?.[0], a, other[k]?.[1]]);
      const found = [...loadPage(SITE_DIST, page).querySelectorAll('.faq-pair')].map((pair) =>
        ['dt.pair-lead', 'dt.pair-other', 'dd.pair-lead', 'dd.pair-other'].map((s) => text(pair.querySelector(s))),
      );
      if (!lead.length) fail(`${articlePath(lang, slug)}: no FAQ to compare with`);
      if (JSON.stringify(found) !== JSON.stringify(expected)) fail(`${page}: FAQ pairs ${JSON.stringify(found)}, expected ${JSON.stringify(expected)}`);
    });
    expect(failures).toEqual([]);
  });

  it('keep ids unique, and every in-page link (footnotes included) lands in its own language', () => {
    const side = (e: Element) => e.closest('.pair-lead, .pair-other')?.getAttribute('lang');
    const fixturePages = LANGS.map((lang) => ({ dist: FIXTURE_DIST, path: parallelPath(lang, 'bilingual-story') }));
    const failures = failuresOver([...PAGES.map((p) => ({ dist: SITE_DIST, path: p.path })), ...fixturePages], ({ dist, path: page }, fail) => {
      const doc = loadPage(dist, page);
      const ids = [...doc.querySelectorAll('[id]')].map((e) => e.id);
      const repeated = [...new Set(ids.filter((id, k) => ids.indexOf(id) !== k))];
      if (repeated.length) fail(`${page}: ids used twice: ${repeated.join(', ')}`);
      for (const a of doc.querySelectorAll('a[href^="#"]')) {
        const id = decodeURIComponent(a.getAttribute('href')!.slice(1));
        const target = doc.getElementById(id);
        if (!target) fail(`${page}: ${a.getAttribute('href')} leads nowhere`);
        else if (side(a) && side(target) && side(a) !== side(target)) fail(`${page}: ${a.getAttribute('href')} leads from ${side(a)} into ${side(target)}`);
      }
    });
    expect(failures).toEqual([]);
    // The fixture has a footnote in each language: both must be reachable on its page.
    expect(loadPage(FIXTURE_DIST, parallelPath('zh', 'bilingual-story')).querySelectorAll('.pair-other a[data-footnote-ref]')).toHaveLength(1);
  });
});

describe('the fixture’s bilingual story', () => {
  it('pairs section by section: each heading beside its translation, nothing shown as columns', () => {
    const expected = { zh: [['技术细节', 'Technical details'], ['子标题：延迟', 'Subheading: latency']], en: [['Technical details', '技术细节'], ['Subheading: latency', '子标题：延迟']] };
    for (const lang of LANGS) {
      const doc = loadPage(FIXTURE_DIST, parallelPath(lang, 'bilingual-story'));
      expect(pairedHeadings(doc), lang).toEqual(expected[lang]);
      expect(doc.querySelectorAll('.parallel-columns'), lang).toHaveLength(0);
    }
  });
});

describe('a story in one language', () => {
  it('has no side-by-side page and no link to one', () => {
    for (const [slug, lang] of [['zh-only-story', 'zh'], ['en-only-story', 'en']] as const) {
      expect(LANGS.filter((l) => pageExists(FIXTURE_DIST, parallelPath(l, slug))), slug).toEqual([]);
      expect(loadPage(FIXTURE_DIST, articlePath(lang, slug)).querySelector('a.parallel-link'), slug).toBeNull();
    }
  });
});

describe('a section whose paragraphs do not pair', () => {
  let dir = '';
  let content = '';
  let dist = '';
  const zhFile = () => path.join(content, 'articles/bilingual-story/zh.mdx');
  const enFile = () => path.join(content, 'articles/bilingual-story/en.mdx');
  const ZH = ['背景第一段。', '背景第二段。', '背景第三段。'];
  const EN = ['Background, first paragraph.', 'Background, second paragraph.'];

  async function addSection(file: string, before: string, heading: string, paragraphs: string[]) {
    const source = await readFile(file, 'utf8');
    const edited = source.replace(`\n${before}\n`, `\n## ${heading}\n\n${paragraphs.join('\n\n')}\n\n${before}\n`);
    expect(edited, file).not.toBe(source);
    await writeFile(file, edited);
  }

  beforeAll(async () => {
    dir = await copyFixture('parallel-unpaired');
    content = path.join(dir, 'content');
    dist = path.join(dir, 'dist');
    // A new section between the opening and "技术细节": three paragraphs in Chinese, two in English.
    await addSection(zhFile(), '## 技术细节', '背景', ZH);
    await addSection(enFile(), '## Technical details', 'Background', EN);
    // The translation is otherwise current, as an editor would leave it.
    expect(run('i18n.ts', content, '--stamp', 'bilingual-story', 'en').code).toBe(0);
    const { code, output } = await buildSite(content, dist);
    expect(code, output).toBe(0);
  });
  afterAll(() => removeDir(dir));

  it('shows that section whole in both languages, as two columns with a note', () => {
    for (const lang of LANGS) {
      const doc = loadPage(dist, parallelPath(lang, 'bilingual-story'));
      const columns = [...doc.querySelectorAll('.parallel-columns')];
      expect(columns, lang).toHaveLength(1);
      const paragraphs = (cls: string) => [...columns[0]!.querySelectorAll(`.${cls} p`)].map((p) => text(p));
      const heading = (cls: string) => text(columns[0]!.querySelector(`.${cls} h2`));
      const side = { zh: { heading: '背景', paragraphs: ZH }, en: { heading: 'Background', paragraphs: EN } };
      expect([heading('pair-lead'), paragraphs('pair-lead')], lang).toEqual([side[lang].heading, side[lang].paragraphs]);
      expect([heading('pair-other'), paragraphs('pair-other')], lang).toEqual([side[otherOf(lang)].heading, side[otherOf(lang)].paragraphs]);
      expect(columns[0]!.querySelector('.pair-lead')?.getAttribute('lang'), lang).toBe(localeOf(lang));
      expect(columns[0]!.querySelector('.pair-other')?.getAttribute('lang'), lang).toBe(localeOf(otherOf(lang)));
      expect(text(columns[0]!.querySelector('.parallel-note')), lang).not.toBe('');
    }
  });

  it('still pairs the sections before and after it', () => {
    const zh = loadPage(dist, parallelPath('zh', 'bilingual-story'));
    const en = loadPage(dist, parallelPath('en', 'bilingual-story'));
    expect(pairedHeadings(zh)).toEqual([['技术细节', 'Technical details'], ['子标题：延迟', 'Subheading: latency']]);
    expect(pairedHeadings(en)).toEqual([['Technical details', '技术细节'], ['Subheading: latency', '子标题：延迟']]);
    // The opening, before the new section, is a pair too.
    const first = zh.querySelector('.parallel-body > *');
    expect(first?.classList.contains('pair')).toBe(true);
    expect(text(first?.querySelector('.pair-lead'))).toMatch(/^开头段落/);
    expect(text(first?.querySelector('.pair-other'))).toMatch(/^Opening paragraph/);
  });

  it('npm run check warns, naming both files, the section and the counts, and passes', () => {
    const { code, output } = run('check.ts', content, '--content-only');
    expect(code, output).toBe(0);
    // Other warnings (figures that differ between stories) are not about pairing.
    const warnings = output.split('\n').filter((l) => l.startsWith('warning:') && l.includes('do not pair'));
    expect(warnings, output).toHaveLength(1);
    const rel = (file: string) => path.relative(projectRoot, file);
    expect(warnings[0]).toContain(rel(zhFile()));
    expect(warnings[0]).toContain(rel(enFile()));
    expect(warnings[0]).toContain('"背景" in zh (4 blocks) against "Background" in en (3 blocks)');
    expect(output).toContain('Content is valid');
  });

  it('npm run i18n lists the story as unpaired, and as nothing else', () => {
    const { code, output } = run('i18n.ts', content);
    expect(code, output).toBe(0);
    const lines = output.split('\n').filter((l) => l.includes('bilingual-story'));
    expect(lines, output).toHaveLength(1);
    expect(lines[0]).toMatch(/^unpaired +bilingual-story: .*"背景" in zh \(4 blocks\) against "Background" in en \(3 blocks\)/);
  });

  it('the fixture as it is pairs fully: no warning, nothing unpaired', () => {
    const check = run('check.ts', FIXTURE_CONTENT, '--content-only');
    expect(check.code, check.output).toBe(0);
    expect(check.output).not.toMatch(/do not pair/);
    expect(run('i18n.ts', FIXTURE_CONTENT).output).not.toMatch(/unpaired/);
  });
});
