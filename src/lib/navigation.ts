/** Ways through the site: previous and next story, stories by tag, breadcrumbs. Pure functions. */
import type { Lang } from '../schemas/localized.ts';
import { sortNewestFirst, type Story } from './story.ts';

/** Stories a page of a list holds: the home page, a tag's and a model's stories. */
export const STORIES_PER_PAGE = 20;

export interface PrevNext {
  /** The next older story in the page's language. */
  older?: Story;
  /** The next newer story in the page's language. */
  newer?: Story;
}

interface Timeline {
  list: Story[];
  position: Map<string, number>;
}

/**
 * Each language's stories in time order, made once per list of stories: every article page asks
 * for its neighbours, and sorting for each would cost the build O(n² log n).
 */
const timelines = new WeakMap<Story[], Partial<Record<Lang, Timeline>>>();

function timeline(stories: Story[], lang: Lang): Timeline {
  const byLang = timelines.get(stories) ?? {};
  timelines.set(stories, byLang);
  let made = byLang[lang];
  if (!made) {
    const list = sortNewestFirst(stories).filter((s) => s.translations[lang]);
    made = { list, position: new Map(list.map((s, i) => [s.slug, i])) };
    byLang[lang] = made;
  }
  return made;
}

/** Neighbours in time among the stories published in `lang`. */
export function prevNext(stories: Story[], slug: string, lang: Lang): PrevNext {
  const { list, position } = timeline(stories, lang);
  const at = position.get(slug) ?? -1;
  if (at < 0) return {};
  const newer = list[at - 1];
  const older = list[at + 1];
  return { ...(older ? { older } : {}), ...(newer ? { newer } : {}) };
}

export interface TagUse {
  tag: string;
  count: number;
}

/** Tags that stories use, most used first, then by id; unused registry tags are left out. */
export function tagsInUse(stories: Story[]): TagUse[] {
  const counts = new Map<string, number>();
  for (const story of stories) for (const tag of story.tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts].map(([tag, count]) => ({ tag, count })).sort((a, b) => b.count - a.count || a.tag.localeCompare(b.tag));
}

/** Stories with a tag, newest first. */
export function storiesTagged(stories: Story[], tag: string): Story[] {
  return sortNewestFirst(stories.filter((s) => s.tags.includes(tag)));
}

export interface Crumb {
  name: string;
  path: string;
}

/** BreadcrumbList structured data for a trail of crumbs, the last being the page itself. */
export function breadcrumbLd(crumbs: Crumb[], site: URL | string): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: crumbs.map((crumb, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      name: crumb.name,
      item: new URL(crumb.path, site).href,
    })),
  };
}
