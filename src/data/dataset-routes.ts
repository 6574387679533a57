/**
 * The CSV and JSON downloads: one of each a story with a comparison, in each of its languages,
 * at `/{lang}/articles/{slug}/data.csv` and `data.json`.
 *
 * `astro dev` serves them as routes (`src/routes/data.*.ts`). `astro build` renders them all in
 * one route (`src/routes/datasets-bundle.ts`) that the datasets integration unpacks into files:
 * through Astro's page loop each small file cost about 2 ms of request, response and disk
 * round trips, a quarter of a build's page generation at a thousand stories.
 */
import type { APIContext } from 'astro';
import { loadSite } from './site.ts';
import { datasetOf, toCsv, type StoryDataset } from '../lib/dataset.ts';
import { absoluteUrl, articlePath, datasetPath } from '../lib/urls.ts';
import type { Lang } from '../schemas/localized.ts';

export const DATASET_FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', body: toCsv },
  json: { type: 'application/json; charset=utf-8', body: (dataset: StoryDataset) => `${JSON.stringify(dataset, null, 2)}\n` },
} as const;
export type DatasetFormat = keyof typeof DATASET_FORMATS;

export async function datasetPaths() {
  const site = await loadSite();
  return site.stories
    .filter((story) => story.comparison)
    .flatMap((story) => story.langs.map((lang) => ({ params: { lang, slug: story.slug } })));
}

async function datasetIn(siteUrl: URL, lang: Lang, slug: string): Promise<StoryDataset> {
  const site = await loadSite();
  const story = site.bySlug.get(slug)!;
  return datasetOf(story, lang, absoluteUrl(siteUrl, articlePath(lang, slug)), site.models, site.metrics);
}

/** The response of one download route. */
export async function datasetResponse(context: APIContext, format: DatasetFormat): Promise<Response> {
  const { lang, slug } = context.params as { lang: Lang; slug: string };
  const { type, body } = DATASET_FORMATS[format];
  return new Response(body(await datasetIn(context.site!, lang, slug)), { headers: { 'Content-Type': type } });
}

/** Every download of the site as `[path under the output folder, contents]`. */
export async function allDatasetFiles(siteUrl: URL): Promise<[string, string][]> {
  const files: [string, string][] = [];
  for (const { params } of await datasetPaths()) {
    const dataset = await datasetIn(siteUrl, params.lang, params.slug);
    for (const [format, { body }] of Object.entries(DATASET_FORMATS)) {
      files.push([datasetPath(params.lang, params.slug, format as DatasetFormat).slice(1), body(dataset)]);
    }
  }
  return files;
}
