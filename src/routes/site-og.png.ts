/** `/{lang}/og.png` in `astro dev`; see `src/data/card-routes.ts`. */
import type { APIRoute } from 'astro';
import { siteCardPaths, siteCardResponse } from '../data/card-routes.ts';

export const getStaticPaths = siteCardPaths;

export const GET: APIRoute = siteCardResponse;
