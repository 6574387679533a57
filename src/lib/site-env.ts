/**
 * Build settings read from the environment, so tests and the benchmark can build the same
 * site from another content folder into another output folder.
 *
 * - `FB_CONTENT_DIR`: the content folder (default `content/`), relative to the project root.
 * - `FB_OUT_DIR`: where the build writes (default `dist/`).
 * - `FB_SITE_URL`: the public origin used for canonical URLs and feeds.
 * Astro's cache follows the content folder (see `cacheDir`).
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/**
 * The content folder. Code of the built site runs from Astro's bundle, away from `src/`, where
 * `projectRoot` means nothing: it passes the working directory, where every build runs.
 */
export function contentDir(env: NodeJS.ProcessEnv = process.env, root = projectRoot): string {
  return path.resolve(root, env.FB_CONTENT_DIR || 'content');
}

export function outDir(env: NodeJS.ProcessEnv = process.env): string {
  return path.resolve(projectRoot, env.FB_OUT_DIR || 'dist');
}

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.FB_SITE_URL || 'https://frontier-brief.example';
}

/**
 * Astro's cache, which holds the content layer's store: one a content folder, so builds of
 * different content (tests, the benchmark) never see each other's entries.
 */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  if (!env.FB_CONTENT_DIR) return path.resolve(projectRoot, 'node_modules/.astro');
  const key = createHash('sha1').update(contentDir(env)).digest('hex').slice(0, 12);
  return path.resolve(projectRoot, 'node_modules/.astro-content', key);
}

/**
 * Files `astro dev` need not watch: the scratch folder of tests and benchmarks (`.tmp/`, up to
 * hundreds of thousands of files, which exhaust the system's file watchers) and the build
 * output, unless the content being edited lives there.
 */
export function unwatched(env: NodeJS.ProcessEnv = process.env): (file: string) => boolean {
  const content = contentDir(env) + path.sep;
  const skipped = [path.join(projectRoot, '.tmp') + path.sep, outDir(env) + path.sep];
  return (file) => {
    const absolute = path.resolve(projectRoot, file);
    return !absolute.startsWith(content) && skipped.some((dir) => absolute.startsWith(dir));
  };
}
