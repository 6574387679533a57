/**
 * Every CSV and JSON download in one response, for `astro build` only: the datasets integration
 * writes them out as files and deletes this one. See `src/data/dataset-routes.ts`.
 */
import type { APIRoute } from 'astro';
import { allDatasetFiles } from '../data/dataset-routes.ts';

export const GET: APIRoute = async (context) =>
  new Response(JSON.stringify(await allDatasetFiles(context.site!)), { headers: { 'Content-Type': 'application/json' } });
