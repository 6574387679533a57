import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { PLURAL_CATEGORIES, dictionaryKeys, list, plural, t } from '../../src/i18n/index.ts';
import { LANGS, LANGUAGES, type Lang } from '../../src/i18n/languages.ts';

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();
const pluralSuffix = new RegExp(`\\.(?:${PLURAL_CATEGORIES.join('|')})$`);
const dictionaries: Record<Lang, Record<string, string>> = { zh, en };

describe('UI strings', () => {
  it('exist in every language with the same keys, plural forms aside', () => {
    const base = (lang: Lang) => [...new Set(dictionaryKeys(lang).map((k) => k.replace(pluralSuffix, '')))].sort();
    for (const lang of LANGS) expect(base(lang), lang).toEqual(base(LANGS[0]));
  });
  it('give each plural key an "other" form, and only the forms the language has', () => {
    for (const lang of LANGS) {
      const categories: string[] = new Intl.PluralRules(LANGUAGES[lang].intl).resolvedOptions().pluralCategories;
      for (const key of dictionaryKeys(lang).filter((k) => pluralSuffix.test(k))) {
        const category = key.slice(key.lastIndexOf('.') + 1);
        expect(categories, `${lang}.json: ${key}`).toContain(category);
        expect(dictionaries[lang][key.replace(pluralSuffix, '.other')], `${lang}.json: ${key} without .other`).toBeDefined();
      }
    }
  });
  it('take the same placeholders in every language', () => {
    const other = (lang: Lang, key: string) => dictionaries[lang][key] ?? dictionaries[lang][key.replace(pluralSuffix, '.other')]!;
    for (const lang of LANGS) {
      for (const key of dictionaryKeys(lang)) expect(placeholders(dictionaries[lang][key]!), `${lang}: ${key}`).toEqual(placeholders(other(LANGS[0], key)));
    }
  });
  it('fill placeholders and refuse a missing one', () => {
    expect(t('zh', 'article.readingTime', { minutes: 4 })).toBe('约 4 分钟读完');
    expect(t('en', 'article.readingTime', { minutes: 4 })).toBe('4 min read');
    expect(() => t('en', 'article.readingTime')).toThrow(/needs a value for \{minutes\}/);
  });
  it('space Chinese where it meets Latin at a placeholder, also between two placeholders', () => {
    expect(t('zh', 'summary.leads', { model: 'GPT-5.4', label: 'MMLU', extreme: '最高', value: '88.1%' })).toBe('GPT-5.4 的 MMLU 最高，为 88.1%');
    expect(t('zh', 'chart.versus', { y: 'MMLU', x: '延迟' }, { spacing: false })).toBe('MMLU与延迟');
  });
  it('choose plural forms by Intl.PluralRules and write lists by Intl.ListFormat', () => {
    expect(plural('en', 'models.storyCount', 1)).toBe('1 story');
    expect(plural('en', 'models.storyCount', 2)).toBe('2 stories');
    expect(plural('zh', 'models.storyCount', 1)).toBe('1 篇报道');
    expect(list('en', ['A', 'B', 'C'])).toBe('A, B and C');
    expect(list('en', ['A', 'B'])).toBe('A and B');
    expect(list('zh', ['A', 'B', 'C'])).toBe('A、B、C');
  });
});

/**
 * A third language is an entry in src/i18n/languages.ts, a dictionary beside it and content: no
 * other module of src/ or scripts/ names a language, a locale or writes a reader's word in Chinese.
 * Comments are left out; each exception below says why it stays.
 */
describe('languages live in src/i18n only', () => {
  const root = path.resolve(import.meta.dirname, '../..');
  const EXCEPTIONS: Record<string, string> = {
    'src/build/problem-page.ts': 'the dev server’s content-problem page, for editors, written in both languages at once',
    'src/client/search/query.ts': 'Chinese punctuation as word breaks in a query, whatever the page language',
    'src/lib/cell.ts': 'content syntax: "未披露" is accepted in a story’s figures as well as "undisclosed"',
    'src/lib/word-breaks.ts': 'Han word segmentation, whatever the page language',
    'src/lib/metric-figures.ts': 'compares figures by one fixed formatting, not shown to readers',
    'src/schemas/errors.ts': 'editor-facing error message',
  };
  const files = (dir: string): string[] =>
    readdirSync(path.join(root, dir)).flatMap((name) => {
      const rel = path.join(dir, name);
      if (statSync(path.join(root, rel)).isDirectory()) return rel === 'src/i18n' ? [] : files(rel);
      return /\.(ts|astro|mjs)$/.test(name) && !/t2s-(table|chars)\.ts$/.test(name) ? [rel] : [];
    });
  const codeOf = (source: string) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/<!--[\s\S]*?-->/g, '').replace(/^\s*\/\/.*$/gm, '');
  const named = /['"`](?:zh|en)['"`]|\b(?:zh|en)[-_](?:CN|US|GB|cn)\b|\p{Script=Han}/u;

  it('no module outside src/i18n names a language or holds Chinese text', () => {
    const found = [...files('src'), ...files('scripts')]
      .filter((file) => !EXCEPTIONS[file])
      .flatMap((file) => codeOf(readFileSync(path.join(root, file), 'utf8')).split('\n').filter((line) => named.test(line)).map((line) => `${file}: ${line.trim()}`));
    expect(found).toEqual([]);
  });
});
