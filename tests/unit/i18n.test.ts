import { describe, expect, it } from 'vitest';
import en from '../../src/i18n/en.json';
import zh from '../../src/i18n/zh.json';
import { dictionaryKeys, t } from '../../src/i18n/index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('UI strings', () => {
  it('exist in both languages with the same keys', () => {
    expect(dictionaryKeys('en')).toEqual(dictionaryKeys('zh'));
  });
  it('take the same placeholders in both languages', () => {
    for (const key of Object.keys(zh) as (keyof typeof zh)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(zh[key]));
    }
  });
  it('fill placeholders and refuse a missing one', () => {
    expect(t('zh', 'article.readingTime', { minutes: 4 })).toBe('约 4 分钟读完');
    expect(t('en', 'article.readingTime', { minutes: 4 })).toBe('4 min read');
    expect(() => t('en', 'article.readingTime')).toThrow(/needs a value for \{minutes\}/);
  });
});
