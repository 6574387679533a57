/**
 * The cards a build will ask for, guessed from the content folder before Astro has loaded it:
 * the same schemas and story builder the build uses, on the files as they are. The drawing
 * process (`draw-process.ts`) starts on them while Astro bundles the site, when a core is mostly
 * idle (BENCHMARKS.md). It is only a head start: the build's own list comes later and is the one
 * written; a guess it does not match is drawn for nothing and pruned from the cache. Content with
 * problems gives no guess at all (the build stops on them anyway).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { articleFileSchema } from '../../schemas/article.ts';
import type { Lang } from '../../schemas/localized.ts';
import { metricSchema, type Metric } from '../../schemas/metric.ts';
import { modelSchema, type Model } from '../../schemas/model.ts';
import { tagSchema } from '../../schemas/tag.ts';
import { buildStories, type ArticleFileInput } from '../stories.ts';
import { parseYaml } from '../yaml-source.ts';
import { storyCard, type CardSpec } from './card.ts';

const yamlFiles = async (dir: string) => (await readdir(dir).catch(() => [] as string[])).filter((f) => f.endsWith('.yaml'));

async function registry<T>(dir: string, schema: { safeParse(data: unknown): { success: boolean; data?: T } }): Promise<Map<string, T>> {
  const entries = new Map<string, T>();
  for (const file of await yamlFiles(dir)) {
    const parsed = schema.safeParse(parseYaml(await readFile(path.join(dir, file), 'utf8'), false).data);
    if (!parsed.success) throw new Error(`${file}: not valid`);
    entries.set(path.basename(file, '.yaml'), parsed.data as T);
  }
  return entries;
}

/** Every story card of the published stories in `root`, or none when anything there has a problem. */
export async function earlyCardSpecs(root: string): Promise<CardSpec[]> {
  try {
    const models = await registry<Model>(path.join(root, 'models'), modelSchema);
    const metrics = await registry<Metric>(path.join(root, 'metrics'), metricSchema);
    const tagData = parseYaml(await readFile(path.join(root, 'tags.yaml'), 'utf8'), false).data as Record<string, unknown>;
    const tags = new Map(Object.entries(tagData).map(([id, label]) => [id, tagSchema.parse(label) as Record<Lang, string>]));
    const inputs: ArticleFileInput[] = [];
    const articles = path.join(root, 'articles');
    for (const slug of await readdir(articles)) {
      for (const name of await readdir(path.join(articles, slug)).catch(() => [] as string[])) {
        if (!name.endsWith('.mdx')) continue;
        const file = path.join(articles, slug, name);
        const source = await readFile(file, 'utf8');
        const data = articleFileSchema.parse(parseYaml(source, true).data);
        inputs.push({ file, id: `${slug}/${path.basename(name, '.mdx')}`, data, source });
      }
    }
    const site = { models, metrics, tags };
    return buildStories(inputs, site, [], { drafts: false }).flatMap((story) => story.langs.map((lang) => storyCard(story, lang, site)));
  } catch {
    return [];
  }
}
