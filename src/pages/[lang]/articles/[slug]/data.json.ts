import type { APIRoute } from 'astro';
import { datasetFor, datasetPaths } from '../../../../data/dataset-routes.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = async (context) =>
  new Response(`${JSON.stringify(await datasetFor(context), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
