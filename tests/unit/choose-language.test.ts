import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../src/client/choose-language.ts';

const storage = (value: string | null) => ({ getItem: () => value });

describe('chooseLanguage', () => {
  it.each([
    [['en-GB', 'zh-CN'], null, 'en'],
    [['zh-TW', 'en'], null, 'zh'],
    [['fr-FR', 'en-US'], null, 'en'],
    [['fr-FR', 'de'], null, 'zh'],
    [[], null, 'zh'],
    [['en-US'], 'zh', 'zh'],
    [['zh-CN'], 'en', 'en'],
    [['zh-CN'], 'fr', 'zh'],
  ] as const)('browser %j, saved %j → %s', (browser, saved, lang) => {
    expect(chooseLanguage(browser, storage(saved))).toBe(lang);
  });
  it('falls back to the browser when storage throws', () => {
    const blocked = { getItem: () => { throw new Error('denied'); } };
    expect(chooseLanguage(['en'], blocked)).toBe('en');
  });
});
