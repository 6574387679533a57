/**
 * The languages the site publishes in, and how each is tagged for browsers, Intl, feeds and link
 * previews. Adding a language is an entry here, a dictionary beside it (`<code>.json`, registered
 * in ./index.ts; every dictionary names it, `lang.<code>`, and lists it in `root.body`) and the
 * content (names in it in the registries, the stories' files): no other module names a language
 * (tests/build/third-language.test.ts adds a stub one). Plain data, no imports: browser code reads it too.
 */
export const LANGUAGES = {
  zh: {
    /** BCP 47 tag for `<html lang>`, hreflang and structured data. */
    tag: 'zh-CN',
    /** Locale for Intl: numbers, dates, plural rules. */
    intl: 'zh-CN',
    /** Open Graph `og:locale`. */
    og: 'zh_CN',
    /** RSS `<language>`. */
    rss: 'zh-cn',
    /**
     * How Intl.ListFormat joins "A, B and C" in this language: Chinese lists take the enumeration
     * comma alone (A、B、C).
     */
    list: { locale: 'zh-CN', style: 'narrow' },
    /** A space where filled-in Latin text or digits meet Han characters (src/lib/cjk-spacing.ts). */
    hanSpacing: true,
    /** Search folds Traditional characters a reader types into the Simplified ones the stories use. */
    foldsTraditional: true,
    /** Whether the script has capitals: a sentence starts with one, a label's is lowered inside one. */
    cased: false,
    /**
     * Whether spaces separate words. Where they do not (Chinese), a line may break between any
     * two characters, and social cards join each word's characters to keep it whole.
     */
    spacedWords: false,
  },
  en: {
    tag: 'en',
    intl: 'en-US',
    og: 'en_US',
    rss: 'en',
    // The house style writes no serial comma: "A, B and C".
    list: { locale: 'en-GB', style: 'long' },
    hanSpacing: false,
    foldsTraditional: false,
    cased: true,
    spacedWords: true,
  },
} as const satisfies Record<string, LanguageInfo>;

export interface LanguageInfo {
  tag: string;
  intl: string;
  og: string;
  rss: string;
  list: { locale: string; style: 'long' | 'short' | 'narrow' };
  hanSpacing: boolean;
  foldsTraditional: boolean;
  cased: boolean;
  spacedWords: boolean;
}

export type Lang = keyof typeof LANGUAGES;

/** The site's languages in order; the first is the default (what `/` falls back to). */
export const LANGS = Object.keys(LANGUAGES) as [Lang, ...Lang[]];
export const DEFAULT_LANG: Lang = LANGS[0];

export function isLang(value: unknown): value is Lang {
  return (LANGS as readonly unknown[]).includes(value);
}

export function languageInfo(lang: Lang): LanguageInfo {
  return LANGUAGES[lang];
}
