/**
 * Translation pairing: for a page in one language, where the same page lives in the others.
 * Feeds `<link rel="alternate" hreflang>` and the language switch alike.
 */
import { LANGS, type Lang } from '../schemas/localized.ts';

export interface Alternate {
  lang: Lang;
  /** Path of the page in that language, or `undefined` when the page does not exist in it. */
  path?: string;
}

export interface PageLanguages {
  /** The page's own language. */
  lang: Lang;
  /** Every site language, in site order, with the page's path in it where there is one. */
  alternates: Alternate[];
  /** Where `hreflang="x-default"` points: the language chooser, or the first language the page exists in. */
  xDefault: string;
}

/**
 * @param pathIn the page's path in a language, or `undefined` where it has no version in it
 * @param chooser the language-neutral page for x-default, when there is one (`/` for the home page)
 */
export function pageLanguages(lang: Lang, pathIn: (lang: Lang) => string | undefined, chooser?: string): PageLanguages {
  const alternates = LANGS.map((l) => {
    const path = pathIn(l);
    return path === undefined ? { lang: l } : { lang: l, path };
  });
  const first = alternates.find((a) => a.path !== undefined)?.path;
  if (first === undefined) throw new Error('a page must exist in at least one language');
  return { lang, alternates, xDefault: chooser ?? first };
}
