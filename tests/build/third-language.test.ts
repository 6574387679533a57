/**
 * Issue #17: adding a language touches src/i18n/ and the content, nothing else. A copy of the
 * project gets a stub third language, French, in exactly those places (a dictionary made from the
 * English one with "[fr] " before every string, its entry in languages.ts and index.ts; the
 * fixture content with a French name for each tag and metric and a `fr.mdx` for one story), and
 * one real build of it must give French readers their pages, as a reader and a crawler see them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/build/site-env.ts';
import { FIXTURE_CONTENT, TMP, buildProject, removeDir, type BuildResult } from '../helpers/build.ts';
import { loadPage, pageExists, text } from '../helpers/html.ts';

const ROOT = path.join(TMP, 'third-language');
const CONTENT = path.join(ROOT, 'content');
const DIST = path.join(ROOT, 'dist');
const STORY = 'bilingual-story';
const MARK = '[fr] ';

/** What "registering" French is: files under src/i18n/ only. */
async function addFrench(i18n: string): Promise<void> {
  const en = JSON.parse(await readFile(path.join(i18n, 'en.json'), 'utf8')) as Record<string, string>;
  const fr = Object.fromEntries(Object.entries(en).map(([key, value]) => [key, `${MARK}${value}`]));
  fr['lang.fr'] = `${MARK}French`;
  await writeFile(path.join(i18n, 'fr.json'), JSON.stringify(fr, null, 2));
  // The other dictionaries learn the new language's name.
  for (const [lang, name] of [['zh', '法文'], ['en', 'French']] as const) {
    const file = path.join(i18n, `${lang}.json`);
    await writeFile(file, JSON.stringify({ ...JSON.parse(await readFile(file, 'utf8')), 'lang.fr': name }, null, 2));
  }
  const languages = path.join(i18n, 'languages.ts');
  const source = await readFile(languages, 'utf8');
  const entry = `  fr: { tag: 'fr', intl: 'fr-FR', og: 'fr_FR', rss: 'fr', list: { locale: 'fr-FR', style: 'long' }, hanSpacing: false, foldsTraditional: false, cased: true, spacedWords: true },\n`;
  await writeFile(languages, replaceOnce(source, '} as const satisfies', `${entry}} as const satisfies`));
  const index = path.join(i18n, 'index.ts');
  let registry = await readFile(index, 'utf8');
  registry = replaceOnce(registry, "import en from './en.json' with { type: 'json' };", "import en from './en.json' with { type: 'json' };\nimport fr from './fr.json' with { type: 'json' };");
  registry = replaceOnce(registry, '  en: dictionarySchema.parse(en),', '  en: dictionarySchema.parse(en),\n  fr: dictionarySchema.parse(fr),');
  await writeFile(index, registry);
}

/** The content in French: every `{ zh: …, en: … }` name gets a French one, and one story a fr.mdx. */
async function frenchContent(content: string): Promise<void> {
  const files = ['tags.yaml', 'metrics/score.yaml', 'metrics/size.yaml', 'metrics/speed.yaml', `articles/${STORY}/zh.mdx`];
  for (const file of files) {
    const source = await readFile(path.join(content, file), 'utf8');
    await writeFile(path.join(content, file), source.replace(/\{ zh: ([^,}]+), en: ([^,}]+) \}/g, '{ zh: $1, en: $2, fr: fr-$2 }'));
  }
  const en = await readFile(path.join(content, 'articles', STORY, 'en.mdx'), 'utf8');
  await writeFile(
    path.join(content, 'articles', STORY, 'fr.mdx'),
    replaceOnce(replaceOnce(en, /^title: .*$/m, 'title: "Histoire bilingue : comparaison des modèles"'), /^summary: .*$/m, 'summary: Une histoire de test, en français.'),
  );
}

function replaceOnce(source: string, find: string | RegExp, replacement: string): string {
  const out = source.replace(find, replacement);
  if (out === source) throw new Error(`the stub language could not be added: ${String(find)} not found`);
  return out;
}

let build: BuildResult;

beforeAll(async () => {
  await removeDir(ROOT);
  await mkdir(ROOT, { recursive: true });
  for (const name of ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    if (existsSync(path.join(projectRoot, name))) await cp(path.join(projectRoot, name), path.join(ROOT, name), { recursive: true });
  }
  await symlink(path.join(projectRoot, 'node_modules'), path.join(ROOT, 'node_modules'), 'dir');
  await cp(FIXTURE_CONTENT, CONTENT, { recursive: true });
  await addFrench(path.join(ROOT, 'src/i18n'));
  await frenchContent(CONTENT);
  build = await buildProject(ROOT, CONTENT, DIST);
}, 600_000);

afterAll(() => removeDir(ROOT));

const article = (lang: string) => `/${lang}/articles/${STORY}/`;

describe('a third language added in src/i18n/ and the content only', () => {
  it('builds', () => {
    expect(build.code, build.output).toBe(0);
  });

  it('gives French readers a home page and the story, in French, with the stub dictionary’s words', () => {
    const home = loadPage(DIST, '/fr/');
    expect(home.documentElement.getAttribute('lang')).toBe('fr');
    expect(text(home.querySelector('title'))).toContain(`${MARK}Frontier Brief`);
    const story = loadPage(DIST, article('fr'));
    expect(story.documentElement.getAttribute('lang')).toBe('fr');
    expect(text(story.querySelector('h1'))).toBe('Histoire bilingue : comparaison des modèles');
    expect(text(story.querySelector('.lang-switch'))).toContain(`${MARK}Language`);
    // A story only in Chinese, listed on the French home page, says which language it is in.
    expect(text(home.querySelector('main'))).toContain(`${MARK}In ${MARK}Chinese only`);
  });

  it('links the story in all three languages from its language switch, and lists three hreflang alternates', () => {
    for (const lang of ['zh', 'en', 'fr']) {
      const page = loadPage(DIST, article(lang));
      const links = new Set([...page.querySelectorAll('.lang-switch a[data-lang-choice]')].map((a) => a.getAttribute('href')));
      expect([...links].sort(), lang).toEqual(['zh', 'en', 'fr'].filter((l) => l !== lang).map(article).sort());
      const alternates = [...page.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => l.getAttribute('hreflang'));
      expect(alternates.filter((h) => h !== 'x-default').sort(), lang).toEqual(['en', 'fr', 'zh-CN']);
    }
  });

  it('pairs each side-by-side page with the next language the story has, and the search offers the other two', () => {
    const pairs = { zh: 'en', en: 'fr', fr: 'zh-CN' } as const;
    for (const [lang, other] of Object.entries(pairs)) {
      const page = loadPage(DIST, `${article(lang)}parallel/`);
      expect(page.querySelector('.lede.pair-other')?.getAttribute('lang'), lang).toBe(other);
    }
    const search = loadPage(DIST, '/fr/search/');
    expect(text(search.querySelector('search-app[data-mode="page"] .search-options label'))).toBe(`${MARK}Include stories in ${MARK}Chinese et ${MARK}English`);
    expect(text(loadPage(DIST, '/en/search/').querySelector('search-app[data-mode="page"] .search-options label'))).toBe('Include stories in Chinese and French');
  });

  it('indexes French stories in a search bundle of their own, and lists them in a French feed and in the sitemap', () => {
    expect(existsSync(path.join(DIST, 'pagefind/fr/pagefind.js'))).toBe(true);
    const feed = readFileSync(path.join(DIST, 'fr/rss.xml'), 'utf8');
    expect(feed).toContain('<language>fr</language>');
    expect(feed).toContain('Histoire bilingue');
    const sitemap = readFileSync(path.join(DIST, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`hreflang="fr" href="https://frontier-brief.example${article('fr')}"`);
  });

  it('still builds the Chinese and English pages', () => {
    for (const lang of ['zh', 'en']) {
      expect(pageExists(DIST, `/${lang}/`), lang).toBe(true);
      expect(pageExists(DIST, article(lang)), lang).toBe(true);
      expect(loadPage(DIST, article(lang)).documentElement.getAttribute('lang')).toBe(lang === 'zh' ? 'zh-CN' : 'en');
    }
  });
});
