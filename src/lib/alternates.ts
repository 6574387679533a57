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

/**
 * The language a side-by-side page pairs with `lang`: the next language in the site's order,
 * going round, that the story has (with two languages, the other one). `undefined` when the
 * story has no other language, and so no side-by-side page.
 */
export function sideBySidePartner<L extends string = Lang>(lang: L, storyLangs: readonly L[], order: readonly L[] = LANGS as readonly string[] as L[]): L | undefined {
  const start = order.indexOf(lang);
  for (let step = 1; step < order.length; step++) {
    const candidate = order[(start + step) % order.length]!;
    if (storyLangs.includes(candidate)) return candidate;
  }
  return undefined;
}

/**
 * The pairs of languages the story's side-by-side pages show, each once and in the site's order
 * (with two languages, the one pair): what `npm run check` and `npm run i18n` check pair.
 */
export function sideBySidePairs<L extends string = Lang>(storyLangs: readonly L[], order: readonly L[] = LANGS as readonly string[] as L[]): [L, L][] {
  const pairs: [L, L][] = [];
  for (const lang of order.filter((l) => storyLangs.includes(l))) {
    const partner = sideBySidePartner(lang, storyLangs, order);
    if (partner === undefined) continue;
    const pair = (order.indexOf(lang) < order.indexOf(partner) ? [lang, partner] : [partner, lang]) as [L, L];
    if (!pairs.some(([a, b]) => a === pair[0] && b === pair[1])) pairs.push(pair);
  }
  return pairs;
}
