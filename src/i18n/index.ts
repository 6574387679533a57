/**
 * UI strings: flat dictionaries with dotted keys, one a language, read through `t()`.
 * Both dictionaries must hold the same keys; the unit test checks they do.
 */
import { z } from 'astro/zod';
import type { Lang } from '../schemas/localized.ts';
import { joint } from '../lib/cjk-spacing.ts';
import en from './en.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

const dictionarySchema = z.record(z.string().regex(/^[a-z][a-zA-Z]*(?:\.[a-zA-Z]+)+$/), z.string().min(1));

export type UiKey = keyof typeof zh;

const dictionaries: Record<Lang, Record<UiKey, string>> = {
  zh: dictionarySchema.parse(zh) as Record<UiKey, string>,
  en: dictionarySchema.parse(en) as Record<UiKey, string>,
};

/** The string for `key` in `lang`, with `{name}` placeholders filled from `params`. */
export function t(lang: Lang, key: UiKey, params: Record<string, string | number> = {}): string {
  const template = dictionaries[lang][key];
  if (template === undefined) throw new Error(`UI string "${key}" is missing in ${lang}.json`);
  return template.replace(/\{(\w+)\}/g, (_match, name: string, at: number) => {
    const value = params[name];
    if (value === undefined) throw new Error(`UI string "${key}" needs a value for {${name}}`);
    const text = String(value);
    if (lang !== 'zh') return text;
    // Chinese meeting Latin or digits at a placeholder gets a space ("附 MMLU 得分柱状图").
    const after = template.slice(at + name.length + 2);
    return `${joint(template.slice(0, at), text)}${text}${joint(text, after)}`;
  });
}

/** The string with its `{name}` placeholders left in, for browser code that fills them later. */
export function template(lang: Lang, key: UiKey): string {
  return dictionaries[lang][key];
}

/** A `t` bound to one language, for components. */
export function useTranslations(lang: Lang) {
  return (key: UiKey, params?: Record<string, string | number>) => t(lang, key, params);
}

export function dictionaryKeys(lang: Lang): string[] {
  return Object.keys(dictionaries[lang]).sort();
}
