/**
 * The social cards (src/lib/cards/): one a story and language at `/{lang}/articles/{slug}/og.png`,
 * one for the site a language at `/{lang}/og.png`.
 *
 * `astro dev` serves them as routes (`src/routes/og.png.ts`, `src/routes/site-og.png.ts`), drawn
 * on request. `astro build` lists them all in one route (`src/routes/cards-bundle.ts`) and the
 * cards integration draws and writes them, sparing every card Astro's page loop (see
 * BENCHMARKS.md, "Social cards").
 */
import type { APIContext } from 'astro';
import { loadSite } from './site.ts';
import { siteCard, storyCard } from '../lib/cards/card.ts';
import { glyphProblems } from '../lib/cards/glyphs.ts';
import { CardRenderer, type CardEntry } from '../lib/cards/render.ts';
import type { CardSettings } from '../lib/cards/settings.ts';
import { ContentError } from '../lib/problems.ts';
import { cardPath } from '../lib/urls.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';

declare const __CARDS__: CardSettings;

/** Every card of the site; a story whose card would miss glyphs stops the build here. */
export async function cardEntries(): Promise<CardEntry[]> {
  const site = await loadSite();
  const stories = site.stories.flatMap((story) => story.langs.map((lang) => ({ story, spec: storyCard(story, lang, site) })));
  const problems = stories.flatMap(({ story, spec }) => glyphProblems(story, spec, __CARDS__.fontDir));
  if (problems.length) throw new ContentError(problems);
  return [
    ...stories.map(({ story, spec }) => ({ path: cardPath(spec.lang, story.slug), spec })),
    ...LANGS.map((lang) => ({ path: cardPath(lang), spec: siteCard(lang) })),
  ];
}

let renderer: CardRenderer | undefined;

/** A card in `astro dev`, drawn on request. */
async function cardResponse(pathname: string): Promise<Response> {
  const entry = (await cardEntries()).find((e) => e.path === pathname);
  if (!entry) return new Response(null, { status: 404 });
  renderer ??= new CardRenderer(__CARDS__);
  return new Response(new Uint8Array(await renderer.png(entry.spec)), { headers: { 'Content-Type': 'image/png' } });
}

export async function storyCardPaths() {
  const site = await loadSite();
  return site.stories.flatMap((story) => story.langs.map((lang) => ({ params: { lang, slug: story.slug } })));
}

export const siteCardPaths = () => LANGS.map((lang) => ({ params: { lang } }));

export const storyCardResponse = (context: APIContext) => {
  const { lang, slug } = context.params as { lang: Lang; slug: string };
  return cardResponse(cardPath(lang, slug));
};

export const siteCardResponse = (context: APIContext) => cardResponse(cardPath(context.params.lang as Lang));

/** Hands the build's cards to the cards integration as soon as they are known (see `cards-bundle.ts`). */
export const CARDS_HOOK = Symbol.for('frontier-brief:cards');
export type CardsHook = (entries: CardEntry[]) => void;
