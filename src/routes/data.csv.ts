/** `/{lang}/articles/{slug}/data.csv` in `astro dev`; see `src/data/dataset-routes.ts`. */
import type { APIRoute } from 'astro';
import { datasetPaths, datasetResponse } from '../data/dataset-routes.ts';

export const getStaticPaths = datasetPaths;

export const GET: APIRoute = (context) => datasetResponse(context, 'csv');
