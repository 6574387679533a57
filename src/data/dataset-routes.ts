/**
 * The CSV and JSON downloads: one of each a story with a comparison, in each of its languages, at
 * `/{lang}/articles/{slug}/data.csv` and `data.json`; and one of each a metric with a page, in
 * every language, at `/{lang}/metrics/{id}/data.csv` and `data.json` (its complete history).
 *
 * `astro dev` serves them as routes (`src/routes/data.*.ts`, `src/routes/metric-data.*.ts`).
 * `astro build` renders them all in one route (`src/routes/datasets-bundle.ts`) that the datasets
 * integration unpacks into files, sparing thousands of small files Astro's page loop (see
 * BENCHMARKS.md, "What brought the ratio from 1.7–2.3 to 1.25").
 */
import type { APIContext } from 'astro';
import { loadSite } from './site.ts';
import { datasetOf, metricDatasetOf, metricToCsv, toCsv, toJson, type MetricDataset, type StoryDataset } from '../lib/dataset.ts';
import { metricsWithPages } from '../lib/metric-pages.ts';
import { absoluteUrl, articlePath, datasetPath, metricDatasetPath } from '../lib/urls.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';

/** Each format's content type, and how it writes each kind of download. */
export const DATASET_FORMATS = {
  csv: { type: 'text/csv; charset=utf-8', story: toCsv, metric: metricToCsv },
  json: { type: 'application/json; charset=utf-8', story: toJson, metric: toJson },
} as const;
export type DatasetFormat = keyof typeof DATASET_FORMATS;
const FORMATS = Object.keys(DATASET_FORMATS) as DatasetFormat[];

export async function datasetPaths() {
  const site = await loadSite();
  return site.stories
    .filter((story) => story.comparison)
    .flatMap((story) => story.langs.map((lang) => ({ params: { lang, slug: story.slug } })));
}

/** Every metric with a page, in every language: the metric pages' own list. */
export async function metricDatasetPaths() {
  const site = await loadSite();
  return [...metricsWithPages(site.reports)].flatMap((id) => LANGS.map((lang) => ({ params: { lang, id } })));
}

async function datasetIn(siteUrl: URL, lang: Lang, slug: string): Promise<StoryDataset> {
  const site = await loadSite();
  const story = site.bySlug.get(slug)!;
  return datasetOf(story, lang, absoluteUrl(siteUrl, articlePath(lang, slug)), site.models, site.metrics);
}

async function metricDatasetIn(siteUrl: URL, lang: Lang, id: string): Promise<MetricDataset> {
  const site = await loadSite();
  return metricDatasetOf(id, site.reports, lang, siteUrl, site.models, site.metrics);
}

const respond = (format: DatasetFormat, body: string) => new Response(body, { headers: { 'Content-Type': DATASET_FORMATS[format].type } });

/** The response of one story download route. */
export async function datasetResponse(context: APIContext, format: DatasetFormat): Promise<Response> {
  const { lang, slug } = context.params as { lang: Lang; slug: string };
  return respond(format, DATASET_FORMATS[format].story(await datasetIn(context.site!, lang, slug)));
}

/** The response of one metric download route. */
export async function metricDatasetResponse(context: APIContext, format: DatasetFormat): Promise<Response> {
  const { lang, id } = context.params as { lang: Lang; id: string };
  return respond(format, DATASET_FORMATS[format].metric(await metricDatasetIn(context.site!, lang, id)));
}

/** Every download of the site as `[path under the output folder, contents]`. */
export async function allDatasetFiles(siteUrl: URL): Promise<[string, string][]> {
  const files: [string, string][] = [];
  for (const { params } of await datasetPaths()) {
    const dataset = await datasetIn(siteUrl, params.lang, params.slug);
    for (const format of FORMATS) files.push([datasetPath(params.lang, params.slug, format).slice(1), DATASET_FORMATS[format].story(dataset)]);
  }
  for (const { params } of await metricDatasetPaths()) {
    const dataset = await metricDatasetIn(siteUrl, params.lang, params.id);
    for (const format of FORMATS) files.push([metricDatasetPath(params.lang, params.id, format).slice(1), DATASET_FORMATS[format].metric(dataset)]);
  }
  return files;
}
