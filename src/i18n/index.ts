/**
 * UI strings: flat dictionaries with dotted keys, one a language, read through `t()`.
 * Every language holds the same keys, but for plural forms: `key.other` in every language, and
 * `key.one`, `key.few`… where the language's plural rules (Intl.PluralRules) have them. The unit
 * test checks both.
 */
import { z } from 'astro/zod';
import { LANGUAGES, type Lang } from './languages.ts';
import { joint } from '../lib/cjk-spacing.ts';
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

const dictionarySchema = z.record(z.string().regex(/^[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+$/), z.string().min(1));

export type UiKey = keyof typeof zh;
/** A key with plural forms, named without its `.other`. */
export type PluralKey = { [K in UiKey]: K extends `${infer Base}.other` ? Base : never }[UiKey];

/** The dictionaries, one a language of src/i18n/languages.ts. */
const dictionaries: Record<Lang, Record<string, string>> = {
  zh: dictionarySchema.parse(zh),
  en: dictionarySchema.parse(en),
};

export const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/**
 * Fills `{name}` placeholders. Where the language asks for it (Chinese), a space goes at each
 * joint where Han characters meet Latin letters or digits ("附 MMLU 得分柱状图"), as the
 * `zh` template literal of src/lib/cjk-spacing.ts does; `spacing: false` leaves the joints as they are.
 */
function fill(lang: Lang, key: string, template: string, params: Record<string, string | number>, spacing: boolean): string {
  const spaced = spacing && LANGUAGES[lang].hanSpacing;
  let out = '';
  let last = 0;
  for (const match of template.matchAll(/\{(\w+)\}/g)) {
    const name = match[1]!;
    const value = params[name];
    if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    const before = template.slice(last, match.index);
    const text = String(value);
    out += (spaced ? joint(out, before) : '') + before;
    out += (spaced ? joint(out, text) : '') + text;
    last = match.index + match[0].length;
  }
  const rest = template.slice(last);
  return out + (spaced ? joint(out, rest) : '') + rest;
}

function lookup(lang: Lang, key: string): string {
  const template = dictionaries[lang][key];
  if (template === undefined) throw new Error(`UI string "${key}" is missing in ${lang}.json`);
  return template;
}

export interface FillOptions {
  /** False: no space where Chinese meets Latin at a placeholder (the text is kept as written). */
  spacing?: boolean;
}

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}, options: FillOptions = {}): string {
  return fill(lang, key, lookup(lang, key), params, options.spacing ?? true);
}

const pluralRules = new Map<Lang, Intl.PluralRules>();
/** The plural category of `count` in `lang` ("one", "other"…), by Intl.PluralRules. */
export function pluralCategory(lang: Lang, count: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(LANGUAGES[lang].intl)));
  return rules.select(count);
}

/** The form of `key` for `count` ("1 story", "2 stories"), `{count}` filled in along with `params`. */
export function plural(lang: Lang, key: PluralKey, count: number, params: Record<string, string | number> = {}): string {
  const forms = pluralForms(lang, key);
  const template = forms[pluralCategory(lang, count)] ?? forms.other;
  return fill(lang, key, template, { count, ...params }, true);
}

/** Every form of a plural key in `lang`, placeholders left in, for browser code that picks one later. */
export function pluralForms(lang: Lang, key: PluralKey): Partial<Record<Intl.LDMLPluralRule, string>> & { other: string } {
  const forms = Object.fromEntries(PLURAL_CATEGORIES.flatMap((c) => (dictionaries[lang][`${key}.${c}`] ? [[c, dictionaries[lang][`${key}.${c}`]!]] : [])));
  return { ...forms, other: lookup(lang, `${key}.other`) };
}

const listFormats = new Map<Lang, Intl.ListFormat>();
/** "A, B and C" / "A、B、C", the way the language writes a list (src/i18n/languages.ts). */
export function list(lang: Lang, items: readonly string[]): string {
  let format = listFormats.get(lang);
  if (!format) {
    const { locale, style } = LANGUAGES[lang].list;
    listFormats.set(lang, (format = new Intl.ListFormat(locale, { type: 'conjunction', style })));
  }
  return format.format(items);
}

/** A sentence's first letter capitalised, in languages whose script has capitals. */
export function sentenceStart(lang: Lang, text: string): string {
  return LANGUAGES[lang].cased ? `${text.charAt(0).toUpperCase()}${text.slice(1)}` : text;
}

/** The string with its `{name}` placeholders left in, for browser code that fills them later. */
export function template(lang: Lang, key: UiKey): string {
  return lookup(lang, key);
}

/** A `t` bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}

export function dictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]).sort();
}
