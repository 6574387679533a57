/** The editors' workflow: npm run check, npm run new, drafts, translation freshness. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/build/site-env.ts';
import { buildSite, copyFixture, removeDir, runScript as run } from '../helpers/build.ts';
import { loadPage, pageExists, text } from '../helpers/html.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map(removeDir)));

async function fixture(name: string) {
  const dir = await copyFixture(name);
  dirs.push(dir);
  return { dir, content: path.join(dir, 'content'), dist: path.join(dir, 'dist') };
}


async function edit(file: string, change: (s: string) => string) {
  const before = await readFile(file, 'utf8');
  const after = change(before);
  expect(after, `editing ${file}`).not.toBe(before);
  await writeFile(file, after);
}

describe('npm run check', () => {
  it('lists every problem of every broken story at once, with file, line and field', async () => {
    const { content } = await fixture('check');
    const articles = path.join(content, 'articles');
    await edit(path.join(articles, 'bilingual-story/zh.mdx'), (s) => s.replace('tags: [alpha, beta]', 'tags: [alpha, gamma]').replace('score: 86.4', 'score: 186.4'));
    await edit(path.join(articles, 'bilingual-story/en.mdx'), (s) => s.replace(/^title: .*\n/m, ''));
    await edit(path.join(articles, 'zh-only-story/zh.mdx'), (s) => s.replace('date: 2026-02-01', 'date: 2026-02-30'));
    await edit(path.join(articles, 'en-only-story/en.mdx'), (s) => s.replace('model-b: { score: 60 }', 'model-z: { score: 60 }').replace('summary:', 'summery:'));
    await edit(path.join(content, 'models/model-a.yaml'), (s) => s.replace('released: 2025-01-15', 'released: 2025-13-01'));

    const { code, output } = run('check.ts', content, '--content-only');
    expect(code).toBe(1);
    const lines = output.trim().split('\n');
    const expected = [
      /bilingual-story\/en\.mdx:2: field "title" is \(missing\); expected string/,
      /bilingual-story\/zh\.mdx:6: field "tags\[1\]" is "gamma"; expected a tag id from content\/tags\.yaml/,
      /bilingual-story\/zh\.mdx:11: field "comparison\.rows\.model-a\.score" is 186\.4; expected a value between 0 and 100/,
      /en-only-story\/en\.mdx:3: field "\(frontmatter\)" is .*; expected only the documented fields|en-only-story\/en\.mdx:3: field "summery"/,
      /zh-only-story\/zh\.mdx:4: field "date" is "2026-02-30"; expected a real day written YYYY-MM-DD/,
      /models\/model-a\.yaml:3: field "released" is "2025-13-01"; expected a real day/,
    ];
    for (const pattern of expected) expect(lines.some((l) => pattern.test(l)), `${pattern}\n${output}`).toBe(true);
    expect(output).toMatch(/\d+ problems in /);
  });

  it('does not run the type-check over content with problems, nor end with its "0 errors"', async () => {
    const { content } = await fixture('check-typecheck');
    await edit(path.join(content, 'articles/bilingual-story/zh.mdx'), (s) => s.replace('score: 86.4', 'score: 186.4'));
    const { code, output } = run('check.ts', content);
    expect(code).toBe(1);
    expect(output).toMatch(/1 problem in /);
    expect(output).toContain('The type-check (astro check) runs once the content has no problems.');
    expect(output).not.toMatch(/0 errors/);
  });

  it('warns when a related list is longer than a story shows, naming what will not show', async () => {
    const { content } = await fixture('related-long');
    const extra = ['one', 'two', 'three', 'four'];
    for (const slug of extra) {
      await mkdir(path.join(content, 'articles', slug), { recursive: true });
      await writeFile(path.join(content, 'articles', slug, 'en.mdx'), `---\ntitle: Story ${slug}\nsummary: S.\ndate: 2026-01-0${extra.indexOf(slug) + 1}\ntags: [beta]\n---\n\nBody.\n`);
    }
    await edit(path.join(content, 'articles/bilingual-story/zh.mdx'), (s) => s.replace('related: [zh-only-story]', `related: [zh-only-story, ${extra.join(', ')}]`));
    const { code, output } = run('check.ts', content, '--content-only');
    expect(output).toMatch(/bilingual-story\/zh\.mdx and \S*bilingual-story\/en\.mdx: related lists 5 stories, and a story shows the first 4 of them; four will not show\./);
    expect(code).toBe(0);
  });

  it('passes on valid content', () => {
    const { code, output } = run('check.ts', path.join(projectRoot, 'tests/fixtures/site/content'), '--content-only');
    expect(output).toContain('Content is valid: 3 published stories (checked in');
    expect(code).toBe(0);
  });
});

describe('npm run new', () => {
  it('creates a story that checks and builds as it is, as a draft until published', async () => {
    const { content, dist } = await fixture('new');
    const created = run('new-story.ts', content, 'fresh-story', '--lang', 'both');
    expect(created.code).toBe(0);
    const checked = run('check.ts', content, '--content-only');
    expect(checked.code).toBe(0);
    expect(checked.output).toContain('Content is valid: 3 published stories, 1 draft (checked in');
    expect((await buildSite(content, dist)).code).toBe(0);
    expect(pageExists(dist, '/zh/articles/fresh-story/')).toBe(false);

    // The second file is not yet a translation of anything: it is not stamped against the
    // template's text, and npm run i18n lists it until it is.
    const zh = path.join(content, 'articles/fresh-story/zh.mdx');
    const en = path.join(content, 'articles/fresh-story/en.mdx');
    expect(await readFile(en, 'utf8')).not.toMatch(/^translated:/m);
    expect(run('i18n.ts', content).output).toContain('unstamped  fresh-story/en.mdx: not marked as a translation; once it matches the original, npm run i18n -- --stamp fresh-story en');

    await edit(zh, (s) => s.replace(/^draft: true\n/m, ''));
    // The template chooses no tag for the editor: a draft may wait, a published story may not.
    expect(run('check.ts', content, '--content-only').output).toMatch(/fresh-story\/zh\.mdx or \S*fresh-story\/en\.mdx: field "tags" is \(missing\)/);
    await edit(zh, (s) => s.replace(/^# tags: \[.*\]$/m, 'tags: [beta]'));
    // An editor uncomments the comparison (with the fixture's ids) and each file's table caption.
    await edit(zh, (s) =>
      s
        .replace(/^# (comparison:|  metrics: .*|  rows:|    [\w-]+: \{.*\})$/gm, '$1')
        .replace('[mmlu, latency]', '[score, speed]')
        .replace(/gpt-4: \{ mmlu: (\S+), latency: (\S+) \}/, 'model-a: { score: $1, speed: $2 }')
        .replace(/gpt-5-4: \{ mmlu: (\S+), latency: (\S+) \}/, 'model-b: { score: $1, speed: $2 }'),
    );
    await edit(zh, (s) => s.replace(/^# tableCaption: .*$/m, 'tableCaption: 新文章的对比表'));
    await edit(en, (s) => s.replace(/^# tableCaption: .*$/m, 'tableCaption: The new story’s table'));
    expect(run('check.ts', content, '--content-only').code).toBe(0);
    await rm(dist, { recursive: true, force: true });
    expect((await buildSite(content, dist)).code).toBe(0);
    const published = loadPage(dist, '/en/articles/fresh-story/');
    expect(text(published.querySelector('h1'))).toBe('New story headline');
    // Publishing the original is not a change the translation must follow.
    expect(published.querySelector('[data-outdated]')).toBeNull();
    // The template only writes about <ModelTable />: the table follows the body, captioned.
    for (const [lang, caption] of [['zh', '新文章的对比表'], ['en', 'The new story’s table']]) {
      const page = loadPage(dist, `/${lang}/articles/fresh-story/`);
      const tables = page.querySelectorAll('[data-comparison]');
      expect(tables, lang).toHaveLength(1);
      expect(tables[0]!.querySelectorAll('tbody tr'), lang).toHaveLength(2);
      expect(text(page.querySelector('.table-title')), lang).toBe(caption);
    }
    expect(run('new-story.ts', content, 'fresh-story').code).toBe(2);
    expect(run('new-story.ts', content, 'Not A Slug').code).toBe(2);
    // Two builds, each waiting its turn behind other test files' builds.
  }, 180_000);

  it('takes --lang before or after the slug, with or without "=", and refuses anything else', async () => {
    const { content } = await fixture('new-args');
    const made = (slug: string) => readdirSync(path.join(content, 'articles', slug)).sort();
    expect(run('new-story.ts', content, '--lang', 'en', 'first-en').code).toBe(0);
    expect(made('first-en')).toEqual(['en.mdx']);
    expect(run('new-story.ts', content, 'second-en', '--lang=en').code).toBe(0);
    expect(made('second-en')).toEqual(['en.mdx']);
    for (const args of [['x-fr', '--lang', 'fr'], ['x-one', 'x-two'], ['x-typo', '--langs', 'en']]) {
      const { code, output } = run('new-story.ts', content, ...args);
      expect(code, args.join(' ')).toBe(2);
      expect(output).toContain('Usage: npm run new');
    }
    expect(readdirSync(path.join(content, 'articles')).filter((d) => d.startsWith('x-'))).toEqual([]);
  });
});

describe('drafts', () => {
  it('are left out of pages, lists, feeds, sitemap and the search index', async () => {
    const { content, dist } = await fixture('drafts');
    await edit(path.join(content, 'articles/zh-only-story/zh.mdx'), (s) => s.replace('tags: [alpha]', 'tags: [alpha]\ndraft: true'));
    await edit(path.join(content, 'articles/bilingual-story/zh.mdx'), (s) => s.replace('related: [zh-only-story]\n', ''));
    await edit(path.join(content, 'articles/en-only-story/en.mdx'), (s) => s.replace('related: [zh-only-story, bilingual-story]', 'related: [bilingual-story]'));
    expect((await buildSite(content, dist)).code).toBe(0);
    expect(pageExists(dist, '/zh/articles/zh-only-story/')).toBe(false);
    expect(readFileSync(path.join(dist, 'zh/index.html'), 'utf8')).not.toContain('zh-only-story');
    expect(readFileSync(path.join(dist, 'zh/rss.xml'), 'utf8')).not.toContain('zh-only-story');
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('zh-only-story');
    expect(readFileSync(path.join(dist, 'zh/tags/alpha/index.html'), 'utf8')).not.toContain('zh-only-story');
    const entry = JSON.parse(readFileSync(path.join(dist, 'pagefind/zh/pagefind-entry.json'), 'utf8'));
    expect(entry.languages['zh-cn'].page_count).toBe(1);
  });

  it('cannot be named in a published story’s related list', async () => {
    const { content, dist } = await fixture('draft-related');
    await edit(path.join(content, 'articles/zh-only-story/zh.mdx'), (s) => s.replace('tags: [alpha]', 'tags: [alpha]\ndraft: true'));
    const { code, output } = await buildSite(content, dist);
    expect(code).not.toBe(0);
    expect(output).toMatch(/bilingual-story\/zh\.mdx:16: field "related\[0\]" is "zh-only-story"; expected a published story: this one is a draft/);
  });
});

describe('translation freshness', () => {
  it('lists an outdated translation and tells its readers, until it is stamped again', async () => {
    const { content, dist } = await fixture('fresh');
    expect(run('i18n.ts', content).output).toMatch(/missing {4}en-only-story: no zh\.mdx/);
    expect(run('i18n.ts', content).output).not.toContain('outdated');
    await edit(path.join(content, 'articles/bilingual-story/zh.mdx'), (s) => s.replace('开头段落', '改写后的开头段落'));
    expect(run('i18n.ts', content).output).toMatch(/outdated {3}bilingual-story\/en\.mdx: zh\.mdx changed since it was translated/);

    expect((await buildSite(content, dist)).code).toBe(0);
    const notice = loadPage(dist, '/en/articles/bilingual-story/').querySelector('[data-outdated]');
    expect(text(notice)).toContain('The original has changed since this translation was made');
    expect(notice?.querySelector('a')?.getAttribute('href')).toBe('/zh/articles/bilingual-story/');
    expect(loadPage(dist, '/zh/articles/bilingual-story/').querySelector('[data-outdated]')).toBeNull();
    // The side-by-side pages carry the same notice, in the translation's language, whichever leads.
    for (const lead of ['zh', 'en']) {
      const notices = loadPage(dist, `/${lead}/articles/bilingual-story/parallel/`).querySelectorAll('[data-outdated]');
      expect(notices, lead).toHaveLength(1);
      expect(notices[0]!.getAttribute('lang'), lead).toBe('en');
      expect(text(notices[0]!), lead).toContain('The original has changed since this translation was made');
    }

    expect(run('i18n.ts', content, '--stamp', 'bilingual-story', 'en').code).toBe(0);
    expect(run('i18n.ts', content).output).not.toContain('outdated');
    expect(existsSync(path.join(content, 'articles/bilingual-story/en.mdx'))).toBe(true);
  });

  it('follows the text a translation translates, not the story facts both languages share', async () => {
    const { content, dist } = await fixture('fresh-facts');
    const zh = path.join(content, 'articles/bilingual-story/zh.mdx');
    expect(run('i18n.ts', content, '--stamp', 'bilingual-story', 'en').code).toBe(0);
    // A story added to related reading, a new date and tags, a corrected figure: nothing to translate.
    await edit(zh, (s) =>
      s
        .replace('related: [zh-only-story]', 'related: [zh-only-story, en-only-story]')
        .replace('updated: 2026-03-05', 'updated: 2026-03-09')
        .replace('tags: [alpha, beta]', 'tags: [beta, alpha]')
        .replace('score: 86.4', 'score: 87.1'),
    );
    expect(run('i18n.ts', content).output).not.toContain('outdated');
    expect((await buildSite(content, dist)).code).toBe(0);
    expect(loadPage(dist, '/en/articles/bilingual-story/').querySelector('[data-outdated]')).toBeNull();
    expect(text(loadPage(dist, '/en/articles/bilingual-story/').querySelector('[data-comparison] tbody'))).toContain('87.1');

    // The table caption is text the translation translates.
    await edit(zh, (s) => s.replace('tableCaption: 模型 A 与模型 B 对比', 'tableCaption: 模型 A、模型 B 对比'));
    expect(run('i18n.ts', content).output).toMatch(/outdated {3}bilingual-story\/en\.mdx: zh\.mdx changed since it was translated/);
  });
});
