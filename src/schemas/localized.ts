import { z } from 'astro/zod';
import { LANGS, type Lang } from '../i18n/languages.ts';

/** The languages the site publishes in (src/i18n/languages.ts). The first is the default. */
export { LANGS, type Lang };

export const langSchema = z.enum(LANGS);

/** A short text written in every language the site publishes, keyed by language code. */
export const localizedSchema = z.object(
  Object.fromEntries(LANGS.map((lang) => [lang, z.string().trim().min(1)])) as Record<Lang, z.ZodString>,
);
export type Localized = Record<Lang, string>;
