import { z } from 'astro/zod';

/** The languages the site publishes in. The first is the default. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

export const langSchema = z.enum(LANGS);

/** A short text written in every language the site publishes. */
export const localizedSchema = z.object({
  /** Simplified Chinese. */
  zh: z.string().trim().min(1),
  /** English. */
  en: z.string().trim().min(1),
});
export type Localized = z.infer<typeof localizedSchema>;
