/**
 * The CSV and JSON downloads of every story with a comparison and of every metric's history (see
 * `src/data/dataset-routes.ts`).
 *
 * `astro dev` (and `astro check`) get one route a format, rendered on request. `astro build`
 * renders all downloads in a single bundle route and this integration writes them out as files,
 * then deletes the bundle: the same bytes at the same URLs, without thousands of trips through
 * Astro's page loop.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Where the bundle is rendered during a build; never left in the output. */
export const BUNDLE = '_datasets.json';
/** Files written at once: enough to keep the disk busy, far from the open-file limit. */
const PARALLEL_WRITES = 32;

const route = (file: string) => new URL(`../routes/${file}`, import.meta.url);

/** Writes `[relative path, contents]` pairs under `dir`, a few at a time. */
export async function writeFiles(dir: string, files: [string, string][]): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const [relative, contents] = files[next++]!;
      const file = path.join(dir, relative);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, contents);
    }
  };
  await Promise.all(Array.from({ length: PARALLEL_WRITES }, worker));
}

export default function datasetsIntegration(): AstroIntegration {
  return {
    name: 'frontier-brief:datasets',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command === 'build') {
          injectRoute({ pattern: `/${BUNDLE}`, entrypoint: route('datasets-bundle.ts'), prerender: true });
          return;
        }
        for (const format of ['csv', 'json']) {
          injectRoute({ pattern: `/[lang]/articles/[slug]/data.${format}`, entrypoint: route(`data.${format}.ts`), prerender: true });
          injectRoute({ pattern: `/[lang]/metrics/[id]/data.${format}`, entrypoint: route(`metric-data.${format}.ts`), prerender: true });
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const bundle = path.join(out, BUNDLE);
        const files = JSON.parse(await readFile(bundle, 'utf8')) as [string, string][];
        await writeFiles(out, files);
        await rm(bundle);
        logger.info(`wrote ${files.length} data downloads`);
      },
    },
  };
}
