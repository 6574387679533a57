/**
 * A story's social card in one of its languages, `og:image` of its page (src/lib/cards/).
 */
import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { loadSite } from '../../../../data/site.ts';
import { siteCard, storyCard } from '../../../../lib/cards/card.ts';
import { cardPng, glyphProblems, prepareCards } from '../../../../lib/cards/render.ts';
import { ContentError } from '../../../../lib/problems.ts';
import { LANGS } from '../../../../schemas/localized.ts';

export const getStaticPaths = (async () => {
  const site = await loadSite();
  const paths = site.stories.flatMap((story) =>
    story.langs.map((lang) => ({ params: { lang, slug: story.slug }, props: { story, card: storyCard(story, lang, site) } })),
  );
  const problems = paths.flatMap(({ props, params }) => glyphProblems(props.story, params.lang, props.card));
  if (problems.length) throw new ContentError(problems);
  // A build draws every card from here on, on the thread pool, while Astro renders the pages.
  if (!import.meta.env.DEV) prepareCards([...paths.map((p) => p.props.card), ...LANGS.map(siteCard)]);
  return paths.map(({ params, props }) => ({ params, props: { card: props.card } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) => new Response(new Uint8Array(await cardPng(props.card)), { headers: { 'Content-Type': 'image/png' } });
