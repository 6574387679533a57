/** Every URL the site makes, in one place, so links and routes cannot drift apart. */
import type { Lang } from '../schemas/localized.ts';

export function homePath(lang: Lang, page = 1): string {
  return page <= 1 ? `/${lang}/` : `/${lang}/${page}/`;
}

export function articlePath(lang: Lang, slug: string): string {
  return `/${lang}/articles/${slug}/`;
}

export function modelPath(lang: Lang, id?: string): string {
  return id ? `/${lang}/models/${id}/` : `/${lang}/models/`;
}

export function tagPath(lang: Lang, tag: string): string {
  return `/${lang}/tags/${tag}/`;
}

/** An absolute URL on the site's origin. */
export function absoluteUrl(site: URL | string, path: string): string {
  return new URL(path, site).href;
}
