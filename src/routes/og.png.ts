/** `/{lang}/articles/{slug}/og.png` in `astro dev`; see `src/data/card-routes.ts`. */
import type { APIRoute } from 'astro';
import { storyCardPaths, storyCardResponse } from '../data/card-routes.ts';

export const getStaticPaths = storyCardPaths;

export const GET: APIRoute = storyCardResponse;
