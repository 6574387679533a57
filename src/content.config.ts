import { defineCollection } from 'astro:content';
import { file, glob, type Loader } from 'astro/loaders';
import { articleFileSchema } from './schemas/article.ts';
import { metricSchema } from './schemas/metric.ts';
import { modelSchema } from './schemas/model.ts';
import { tagSchema } from './schemas/tag.ts';
import { reportingValues } from './schemas/errors.ts';
import { CHECKED_ELSEWHERE, contentDir } from './build/site-env.ts';

const root = contentDir();
/**
 * Whether the project's content check stands between this content and any page
 * (src/integrations/content-check.ts): in `astro dev`, whose pages show its list of problems, and
 * in a build, which stops with that list before it makes a page. There the collections take what
 * they are given rather than fail Astro's content sync at the first bad file.
 */
const checked = import.meta.env.DEV || process.env[CHECKED_ELSEWHERE] === '1';
const options = { passInvalid: checked };

/**
 * Where the content check stands guard, a loader whose load fails (a file whose frontmatter is not
 * valid YAML) does not stop Astro: the check lists the problem, and in `astro dev` the load runs
 * again on each change until it succeeds, when the loader starts following changes itself.
 */
function tolerant(loader: Loader): Loader {
  if (!checked) return loader;
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
  loader: tolerant(
    glob({
      pattern: '**/*.{md,mdx}',
      base: `${root}/articles`,
      generateId: ({ entry }) => entry.replace(/\.mdx$/, ''),
    }),
  ),
  schema: reportingValues(articleFileSchema, options),
});

const models = defineCollection({
  loader: tolerant(glob({ pattern: '*.yaml', base: `${root}/models`, generateId: withoutExtension })),
  schema: reportingValues(modelSchema, options),
});

const metrics = defineCollection({
  loader: tolerant(glob({ pattern: '*.yaml', base: `${root}/metrics`, generateId: withoutExtension })),
  schema: reportingValues(metricSchema, options),
});

const tags = defineCollection({
  loader: tolerant(file(`${root}/tags.yaml`)),
  schema: reportingValues(tagSchema, options),
});

/**
 * The site reads its content through src/lib/read-content.ts (src/data/site.ts); pages render story
 * bodies from `articles`. The registries stay collections so that `astro dev`, whose loaders
 * follow their files, reloads the site when one changes (tests/build/dev-server.test.ts).
 */
export const collections = { articles, models, metrics, tags };
