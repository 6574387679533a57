import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { articleFileSchema } from './schemas/article.ts';
import { metricSchema } from './schemas/metric.ts';
import { modelSchema } from './schemas/model.ts';
import { tagSchema } from './schemas/tag.ts';
import { reportingValues } from './schemas/errors.ts';
import { contentDir } from './lib/site-env.ts';

const root = contentDir();
const withoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');

/**
 * One entry a language file: id `<slug>/<lang>`. The pattern is wider than the valid layout so that
 * a misplaced or misnamed file (`zh.md`, `drafts/zh.mdx`) is reported by the build, not skipped.
 */
const articles = defineCollection({
  loader: glob({
    pattern: '**/*.{md,mdx}',
    base: `${root}/articles`,
    generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
  }),
  schema: reportingValues(articleFileSchema),
});

const models = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/models`, generateId: withoutExtension }),
  schema: reportingValues(modelSchema),
});

const metrics = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/metrics`, generateId: withoutExtension }),
  schema: reportingValues(metricSchema),
});

const tags = defineCollection({
  loader: file(`${root}/tags.yaml`),
  schema: reportingValues(tagSchema),
});

export const collections = { articles, models, metrics, tags };
