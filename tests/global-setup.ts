/**
 * Builds the fixture site and the real site once for the whole run; build and browser tests read
 * the HTML they produce. A failed build fails the run with Astro's own output.
 */
import { mkdir } from 'node:fs/promises';
import { FIXTURE_CONTENT, FIXTURE_DIST, SITE_DIST, TMP, buildSite, removeDir } from './helpers/build.ts';
import { contentDir } from '../src/build/site-env.ts';

export default async function setup() {
  await mkdir(TMP, { recursive: true });
  for (const [content, out] of [[FIXTURE_CONTENT, FIXTURE_DIST], [contentDir({}), SITE_DIST]] as const) {
    await removeDir(out);
    const { code, output } = await buildSite(content, out);
    if (code !== 0) throw new Error(`astro build of ${content} failed:\n${output}`);
  }
}
