/**
 * The site's content, loaded once per build: every story built and checked, plus the registries.
 * Pages call `loadSite()`; the first call does the work and a bad story stops the build here.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { getCollection } from 'astro:content';
import { DATE_EXPECTED, invalidDates } from '../lib/dates.ts';
import { ContentError, type Problem } from '../lib/problems.ts';
import { lineOf, parseYaml, type ParsedYaml } from '../lib/yaml-source.ts';
import type { Localized } from '../schemas/localized.ts';
import type { Metric } from '../schemas/metric.ts';
import type { Model } from '../schemas/model.ts';
import { buildStories, type Story } from '../lib/stories.ts';
import { reportsOf, type Report } from '../lib/metric-figures.ts';
import { buildRelatedIndex, relatedFor, type RelatedPick } from '../lib/related.ts';
import { LANGS, type Lang } from '../schemas/localized.ts';
import { contentDir } from '../build/site-env.ts';
import { registryFileProblem, tagIdProblem } from '../lib/registry-ids.ts';

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

/** Runs `build`; the problems it throws get the line of their field where a file can tell it. */
function withLines<T>(build: () => T, source: (file: string) => string): T {
  try {
    return build();
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    const parsed = new Map<string, ParsedYaml>();
    throw new ContentError(
      error.problems.map((problem) => {
        if (problem.line || !existsSync(problem.file)) return problem;
        if (!parsed.has(problem.file)) parsed.set(problem.file, parseYaml(source(problem.file), /\.mdx?$/.test(problem.file)));
        const line = lineOf(parsed.get(problem.file)!, problem.field);
        return line ? { ...problem, line } : problem;
      }),
    );
  }
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
    tags: new Map(tags.map((t) => [t.id, t.data])),
  };
  // Entry paths are relative to the project root, where every build runs. Read one at a time:
  // opening 20,000 files at once (10,000 stories) runs out of file descriptors.
  const source = (file: string) => readFileSync(path.resolve(process.cwd(), file), 'utf8');
  const inputs = articles.map((a) => ({ file: a.filePath!, id: a.id, data: a.data, source: source(a.filePath!) }));
  const registryProblems: Problem[] = [];
  for (const model of models) {
    for (const { field, value } of invalidDates(source(model.filePath!), ['released'])) {
      registryProblems.push({ file: model.filePath!, field, value, expected: DATE_EXPECTED });
    }
  }
  for (const folder of ['models', 'metrics']) {
    const dir = path.join(root, folder);
    for (const name of readdirSync(dir)) {
      const problem = registryFileProblem(path.relative(process.cwd(), path.join(dir, name)), name);
      if (problem) registryProblems.push(problem);
    }
  }
  const tagFile = path.relative(process.cwd(), path.join(root, 'tags.yaml'));
  for (const tag of tags) {
    const problem = tagIdProblem(tagFile, tag.id);
    if (problem) registryProblems.push(problem);
  }
  // Drafts are read and checked in every build, but published only by `astro dev`.
  const stories = withLines(() => buildStories(inputs, registries, registryProblems, { drafts: import.meta.env.DEV }), source);
  return {
    stories,
    bySlug: new Map(stories.map((s) => [s.slug, s])),
    ...registries,
    reports: reportsOf(stories),
    related: relatedReading(stories, registries.models),
  };
}

export function loadSite(): Promise<Site> {
  cached ??= load();
  return cached;
}
