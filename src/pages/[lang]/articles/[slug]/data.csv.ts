import type { APIRoute } from 'astro';
import { datasetFor, datasetPaths } from '../../../../data/dataset-routes.ts';
import { toCsv } from '../../../../lib/dataset.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async (context) =>
  new Response(toCsv(await datasetFor(context)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
