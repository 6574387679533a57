/** `/{lang}/metrics/{id}/data.json` in `astro dev`; see `src/data/dataset-routes.ts`. */
import type { APIRoute } from 'astro';
import { metricDatasetPaths, metricDatasetResponse } from '../data/dataset-routes.ts';

export const getStaticPaths = metricDatasetPaths;

export const GET: APIRoute = (context) => metricDatasetResponse(context, 'json');
