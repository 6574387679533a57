/**
 * The site's social card in one language, `og:image` of every page that is not a story.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { siteCard } from '../../lib/cards/card.ts';
import { cardPng } from '../../lib/cards/render.ts';
import { LANGS, type Lang } from '../../schemas/localized.ts';

export const getStaticPaths = (() => LANGS.map((lang) => ({ params: { lang } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await cardPng(siteCard(params.lang as Lang))), { headers: { 'Content-Type': 'image/png' } });
