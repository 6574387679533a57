/** Shared by the CSV and JSON download routes: one route a story, language and comparison. */
import type { APIContext } from 'astro';
import { loadSite } from './site.ts';
import { datasetOf, type StoryDataset } from '../lib/dataset.ts';
import { absoluteUrl, articlePath } from '../lib/urls.ts';
import type { Lang } from '../schemas/localized.ts';

export async function datasetPaths() {
  const site = await loadSite();
  return site.stories
    .filter((story) => story.comparison)
    .flatMap((story) => story.langs.map((lang) => ({ params: { lang, slug: story.slug } })));
}

export async function datasetFor(context: APIContext): Promise<StoryDataset> {
  const site = await loadSite();
  const { lang, slug } = context.params as { lang: Lang; slug: string };
  const story = site.bySlug.get(slug)!;
  return datasetOf(story, lang, absoluteUrl(context.site!, articlePath(lang, slug)), site.models, site.metrics);
}
