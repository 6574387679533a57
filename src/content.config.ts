import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { articleFileSchema } from './schemas/article.ts';
import { metricSchema } from './schemas/metric.ts';
import { modelSchema } from './schemas/model.ts';
import { tagSchema } from './schemas/tag.ts';
import { reportingValues } from './schemas/errors.ts';
import { contentDir } from './build/site-env.ts';

const root = contentDir();
// In `astro dev`, content with problems is shown as a list of them instead of pages (see reportingValues).
const options = { passInvalid: import.meta.env.DEV };
/**
 * In `astro dev`, a loader whose first load fails (a file whose frontmatter is not valid YAML) does
 * not stop the dev server: the content check lists the problem in place of every page
 * (src/integrations/content-check.ts), and the load runs again on each change until it succeeds,
 * when the loader starts following changes itself.
 */
function tolerantInDev(loader: Loader): Loader {
  if (!import.meta.env.DEV) return loader;
  return {
    ...loader,
    load: async (context) => {
      let failed = false;
      const attempt = () =>
        loader.load(context).then(
          () => void (failed = false),
          () => void (failed = true),
        );
      await attempt();
      const retry = () => void (failed && attempt());
      for (const event of ['add', 'change', 'unlink'] as const) context.watcher?.on(event, retry);
    },
  };
}

const withoutExtension = ({ entry }: { entry: string }) => entry.replace(/\.[^./]+$/, '');

/**
 * One entry a language file: id `<slug>/<lang>`. The pattern is wider than the valid layout so that
 * a misplaced or misnamed file (`zh.md`, `drafts/zh.mdx`) is reported by the build, not skipped.
 */
const articles = defineCollection({
  loader: tolerantInDev(
    glob({
      pattern: '**/*.{md,mdx}',
      base: `${root}/articles`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
  ),
  schema: reportingValues(articleFileSchema, options),
});

const models = defineCollection({
  loader: tolerantInDev(glob({ pattern: '*.yaml', base: `${root}/models`, generateId: withoutExtension })),
  schema: reportingValues(modelSchema, options),
});

const metrics = defineCollection({
  loader: tolerantInDev(glob({ pattern: '*.yaml', base: `${root}/metrics`, generateId: withoutExtension })),
  schema: reportingValues(metricSchema, options),
});

const tags = defineCollection({
  loader: tolerantInDev(file(`${root}/tags.yaml`)),
  schema: reportingValues(tagSchema, options),
});

export const collections = { articles, models, metrics, tags };
