/**
 * Every social card of the site in one response, for `astro build` only: the cards integration
 * draws and writes them and deletes this one. See `src/data/card-routes.ts`.
 *
 * Astro lists every route's paths before it renders the first page, so the cards are handed to
 * the integration here, in `getStaticPaths`: they draw while the pages render.
 */
import type { APIRoute } from 'astro';
import { CARDS_HOOK, cardEntries, type CardsHook } from '../data/card-routes.ts';

export async function getStaticPaths() {
  const entries = await cardEntries();
  (globalThis as Record<symbol, CardsHook | undefined>)[CARDS_HOOK]?.(entries);
  return [{ params: { bundle: 'all' }, props: { entries } }];
}

export const GET: APIRoute = ({ props }) => new Response(JSON.stringify(props.entries), { headers: { 'Content-Type': 'application/json' } });
