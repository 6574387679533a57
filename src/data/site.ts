/**
 * The site's content, loaded once per build: every story built and checked, plus the registries.
 * Pages call `loadSite()`; the first call does the work and a bad story stops the build here.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { invalidDates } from '../lib/dates.ts';
import type { Problem } from '../lib/problems.ts';
import type { Localized } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { buildStories, type Story } from '../lib/stories.ts';
import { buildRelatedIndex, relatedFor, type RelatedPick } from '../lib/related.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { contentDir } from '../lib/site-env.ts';

export interface Site {
  stories: Story[];
  bySlug: ReadonlyMap<string, Story>;
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
  tags: ReadonlyMap<string, Localized>;
  /** What to read next, a story and language at a time: the editor's list, then scored picks. */
  related: ReadonlyMap<string, Record<Lang, RelatedPick[]>>;
}

function relatedReading(stories: Story[], models: ReadonlyMap<string, Model>): Map<string, Record<Lang, RelatedPick[]>> {
  const index = buildRelatedIndex(
    stories.map((story) => {
      const ids = story.comparison?.rows.map((row) => row.model) ?? [];
      return {
        slug: story.slug,
        date: story.date,
        langs: story.langs,
        tags: story.tags,
        models: ids,
        vendors: [...new Set(ids.map((id) => models.get(id)!.vendor))],
        text: Object.values(story.translations).map((t) => `${t!.title} ${t!.summary}`).join(' '),
        related: story.related,
      };
    }),
  );
  return new Map(stories.map((story) => [story.slug, relatedFor(index, story.slug, LANGS)]));
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [articles, models, metrics, tags] = await Promise.all([
    getCollection('articles'),
    getCollection('models'),
    getCollection('metrics'),
    getCollection('tags'),
  ]);
  // Astro only logs a missing folder or registry file and goes on, with an empty collection or
  // (for a registry file, when its cache exists) the entries of the last build: a wrong
  // FB_CONTENT_DIR or a deleted registry would otherwise build quietly.
  const root = contentDir(process.env, process.cwd());
  if (!articles.length) {
    throw new Error(`No stories in ${path.join(root, 'articles')}: expected a folder a story holding zh.mdx and/or en.mdx (the content folder is FB_CONTENT_DIR, or content/)`);
  }
  if (!tags.length || !existsSync(path.join(root, 'tags.yaml'))) {
    throw new Error(`No tags in ${path.join(root, 'tags.yaml')}: expected the tag registry, every tag with its zh and en name (the content folder is FB_CONTENT_DIR, or content/)`);
  }
  const registries = {
    models: new Map(models.map((m) => [m.id, m.data])),
    metrics: new Map(metrics.map((m) => [m.id, m.data])),
    tags: new Map(tags.map((t) => [t.id, { zh: t.data.zh, en: t.data.en }])),
  };
  // Entry paths are relative to the project root, where every build runs. Read one at a time:
  // opening 20,000 files at once (10,000 stories) runs out of file descriptors.
  const source = (file: string) => readFileSync(path.resolve(process.cwd(), file), 'utf8');
  const inputs = articles.map((a) => ({ file: a.filePath!, id: a.id, data: a.data, source: source(a.filePath!) }));
  const modelProblems: Problem[] = [];
  for (const model of models) {
    for (const { field, value } of invalidDates(source(model.filePath!), ['released'])) {
      modelProblems.push({ file: model.filePath!, field, value, expected: 'a real day written YYYY-MM-DD' });
    }
  }
  // Drafts are read and checked in every build, but published only by `astro dev`.
  const stories = buildStories(inputs, registries, modelProblems, { drafts: import.meta.env.DEV });
  return {
    stories,
    bySlug: new Map(stories.map((s) => [s.slug, s])),
    ...registries,
    related: relatedReading(stories, registries.models),
  };
}

export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
