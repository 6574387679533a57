/**
 * The site's content, loaded once per build: every story built and checked, plus the registries.
 * Pages call `loadSite()`; the first call does the work and a bad story stops the build here.
 */
import { getCollection } from 'astro:content';
import type { Localized } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { buildStories, type Story } from '../lib/stories.ts';

export interface Site {
  stories: Story[];
  bySlug: ReadonlyMap<string, Story>;
  models: ReadonlyMap<string, Model>;
  metrics: ReadonlyMap<string, Metric>;
  tags: ReadonlyMap<string, Localized>;
}

let cached: Promise<Site> | undefined;

async function load(): Promise<Site> {
  const [articles, models, metrics, tags] = await Promise.all([
    getCollection('articles'),
    getCollection('models'),
    getCollection('metrics'),
    getCollection('tags'),
  ]);
  const registries = {
    models: new Map(models.map((m) => [m.id, m.data])),
    metrics: new Map(metrics.map((m) => [m.id, m.data])),
    tags: new Map(tags.map((t) => [t.id, { zh: t.data.zh, en: t.data.en }])),
  };
  const stories = buildStories(
    articles.map((a) => ({ file: a.filePath ?? a.id, id: a.id, data: a.data })),
    registries,
  );
  return { stories, bySlug: new Map(stories.map((s) => [s.slug, s])), ...registries };
}

export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
