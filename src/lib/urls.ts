/** Every URL the site makes, in one place, so links and routes cannot drift apart. */
import type { Lang } from '../schemas/localized.ts';

export function homePath(lang: Lang, page = 1): string {
  return page <= 1 ? `/${lang}/` : `/${lang}/${page}/`;
}

export function articlePath(lang: Lang, slug: string): string {
  return `/${lang}/articles/${slug}/`;
}

/** The built files of a language's story pages, as a glob relative to the output folder (not their side-by-side pages). */
export function storyPagesGlob(lang: Lang): string {
  return `${articlePath(lang, '*').slice(1)}index.html`;
}

/** A story's two languages side by side, `lang` leading: `/{lang}/articles/{slug}/parallel/`. */
export function parallelPath(lang: Lang, slug: string): string {
  return `${articlePath(lang, slug)}parallel/`;
}

/** A story's figures as a download: `/{lang}/articles/{slug}/data.csv` or `data.json`. */
/** A story's social card in one language, or without a slug the site's. */
export function cardPath(lang: Lang, slug?: string): string {
  return slug ? `${articlePath(lang, slug)}og.png` : `/${lang}/og.png`;
}

export function datasetPath(lang: Lang, slug: string, format: 'csv' | 'json'): string {
  return `${articlePath(lang, slug)}data.${format}`;
}

/** The models index, a model's page, or page N of the stories that report it. */
export function modelPath(lang: Lang, id?: string, page = 1): string {
  if (!id) return `/${lang}/models/`;
  return page <= 1 ? `/${lang}/models/${id}/` : `/${lang}/models/${id}/${page}/`;
}

/** The metrics index, a metric's page, or page N of its history. */
export function metricPath(lang: Lang, id?: string, page = 1): string {
  if (!id) return `/${lang}/metrics/`;
  return page <= 1 ? `/${lang}/metrics/${id}/` : `/${lang}/metrics/${id}/${page}/`;
}

/** Every figure of a metric as a download: `/{lang}/metrics/{id}/data.csv` or `data.json`. */
export function metricDatasetPath(lang: Lang, id: string, format: 'csv' | 'json'): string {
  return `${metricPath(lang, id)}data.${format}`;
}

/** The tag index, a tag's page, or page N of a tag's stories. */
export function tagPath(lang: Lang, tag?: string, page = 1): string {
  if (!tag) return `/${lang}/tags/`;
  return page <= 1 ? `/${lang}/tags/${tag}/` : `/${lang}/tags/${tag}/${page}/`;
}

export function searchPath(lang: Lang): string {
  return `/${lang}/search/`;
}

export function feedPath(lang: Lang): string {
  return `/${lang}/rss.xml`;
}

/** An absolute URL on the site's origin. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
