/**
 * Build settings read from the environment, so tests and the benchmark can build the same
 * site from another content folder into another output folder.
 *
 * - `FB_CONTENT_DIR`: the content folder (default `content/`), relative to the project root.
 * - `FB_OUT_DIR`: where the build writes (default `dist/`).
 * - `FB_SITE_URL`: the public origin used for canonical URLs and feeds (see `siteUrlCheck`).
 * - `FB_PREVIEW`: set to `1` for a build that will not be published at the public URL.
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

/** The origin of a build without `FB_SITE_URL`: reserved, so it can never be someone's site. */
export const PLACEHOLDER_ORIGIN = 'https://frontier-brief.example';

export function siteUrl(env: NodeJS.ProcessEnv = process.env): string {
  return env.FB_SITE_URL || PLACEHOLDER_ORIGIN;
}

/** An environment flag: set, and not `0`, `false` or `no` (CI services write `CI=true` or `CI=1`). */
function flag(value: string | undefined): boolean {
  return Boolean(value) && !/^(?:0|false|no)$/i.test(value!.trim());
}

/** What `astro build` says about the site URL it builds with; an error stops the build. */
export type SiteUrlCheck = { level: 'ok' } | { level: 'info' | 'warn' | 'error'; message: string };

/**
 * Without `FB_SITE_URL`, canonical URLs, feeds, the sitemap and hreflang point at the placeholder
 * origin, and nothing on the page looks wrong, so a deployed build would quietly tell search
 * engines and feed readers the site lives elsewhere. On a developer's machine that is the point of
 * `npm start` (a warning); in CI (`CI` set), where builds get deployed, it stops the build unless
 * the build says it is a preview (`FB_PREVIEW=1`).
 */
export function siteUrlCheck(env: NodeJS.ProcessEnv = process.env): SiteUrlCheck {
  if (env.FB_SITE_URL) return { level: 'ok' };
  const unset = `FB_SITE_URL is not set: canonical URLs, feeds, the sitemap and hreflang point at ${PLACEHOLDER_ORIGIN}`;
  if (flag(env.FB_PREVIEW)) return { level: 'info', message: `${unset} (a preview build, FB_PREVIEW=${env.FB_PREVIEW}).` };
  if (flag(env.CI)) {
    return { level: 'error', message: `${unset}. Set FB_SITE_URL to the public origin (FB_SITE_URL=https://example.org npm run build), or FB_PREVIEW=1 for a preview build.` };
  }
  return { level: 'warn', message: `${unset}: fine to look at locally; set FB_SITE_URL to the public origin when deploying.` };
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

/**
 * Set by the content-check integration while a build's content check runs on another thread: the
 * collections then pass invalid data through to the check's list instead of failing Astro's
 * content sync on their own, one file at a time (src/content.config.ts).
 */
export const CHECKED_ELSEWHERE = 'FB_CONTENT_CHECKED_ELSEWHERE';
