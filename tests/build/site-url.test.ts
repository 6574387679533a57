/**
 * `astro build` in CI without FB_SITE_URL stops before building anything, and says why. (That a
 * preview passes is every other build of the test run: buildSite builds with FB_PREVIEW=1, and
 * `.ci/run` runs the tests under CI=true.)
 */
import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { FIXTURE_CONTENT, TMP, buildSite, removeDir } from '../helpers/build.ts';

const OUT = path.join(TMP, 'site-url-dist');
const saved = { CI: process.env.CI, FB_PREVIEW: process.env.FB_PREVIEW };

afterAll(async () => {
  for (const [key, value] of Object.entries(saved)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  await removeDir(OUT);
});

describe('a CI build without FB_SITE_URL', () => {
  it('fails with a message naming FB_SITE_URL and how to mark a preview', async () => {
    // This test file's own process: buildSite reads the environment when it builds.
    process.env.CI = 'true';
    process.env.FB_PREVIEW = '';
    const { code, output } = await buildSite(FIXTURE_CONTENT, OUT);
    expect(code).not.toBe(0);
    expect(output).toMatch(/^FB_SITE_URL is not set: .* point at https:\/\/frontier-brief\.example\. Set FB_SITE_URL to the public origin .*, or FB_PREVIEW=1 for a preview build\.$/m);
    expect(output).not.toContain('Stack trace');
    expect(output).not.toMatch(/\[build\] Complete/);
  });
});
