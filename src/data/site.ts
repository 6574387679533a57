/**
 * The site's content, loaded once per build: every story built and checked, plus the registries.
 * Pages call `loadSite()`; the first call does the work. The files are read and checked by the
 * code `npm run check` runs (src/lib/read-content.ts), so a bad file stops the build here with the
 * same message, though the build's content check (src/integrations/content-check.ts) has
 * stopped it earlier. Astro's content collections serve only to render story bodies.
 */
// Not read from: imported so that `astro dev`, which re-runs the modules importing the content
// collections when a content file changes, reads the content again here too.
import 'astro:content';
import { ContentError } from '../lib/problems.ts';
import { readContent, storyInputs, withLines } from '../lib/read-content.ts';
import type { Localized } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { buildStories, type Story } from '../lib/stories.ts';
import { reportsOf, type Report } from '../lib/metric-figures.ts';
import { relatedByStory, type RelatedPick } from '../lib/related.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { contentDir } from '../build/site-env.ts';

export interface Site {
  stories: Story[];
  bySlug: ReadonlyMap<string, Story>;
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
  tags: ReadonlyMap<string, Localized>;
  /** Every figure the published stories report, newest story first (src/lib/metric-figures.ts). */
  reports: Report[];
  /** What to read next, a story and language at a time: the editor's list, then scored picks. */
  related: ReadonlyMap<string, Record<Lang, RelatedPick[]>>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  // Read as `npm run check` and the build's own check read it; entry paths are relative to the
  // project root, where every build runs.
  const content = await readContent(contentDir(process.env, process.cwd()));
  if (content.problems.length) throw new ContentError(content.problems);
  const { registries } = content;
  let stories: Story[];
  try {
    // Drafts are read and checked in every build, but published only by `astro dev`.
    stories = buildStories(storyInputs(content), registries, [], { drafts: import.meta.env.DEV });
  } catch (error) {
    throw error instanceof ContentError ? new ContentError(withLines(error.problems, content.parsed)) : error;
  }
  return {
    stories,
    bySlug: new Map(stories.map((s) => [s.slug, s])),
    ...registries,
    reports: reportsOf(stories),
    related: relatedByStory(stories, registries.models),
  };
}

export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}

/** The static paths of a page made once a language from the whole site: `/{lang}/…`. */
export async function everyLanguage() {
  const site = await loadSite();
  return LANGS.map((lang) => ({ params: { lang }, props: { lang, site } }));
}
