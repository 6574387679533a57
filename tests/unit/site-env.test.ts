import { describe, expect, it } from 'vitest';
import { PLACEHOLDER_ORIGIN, siteUrl, siteUrlCheck } from '../../src/build/site-env.ts';

describe('siteUrlCheck', () => {
  it.each([
    [{ FB_SITE_URL: 'https://brief.example.org' }, 'ok'],
    [{ FB_SITE_URL: 'https://brief.example.org', CI: 'true' }, 'ok'],
    [{}, 'warn'],
    [{ CI: 'false' }, 'warn'],
    [{ CI: '0' }, 'warn'],
    [{ CI: 'true' }, 'error'],
    [{ CI: '1' }, 'error'],
    [{ CI: 'true', FB_PREVIEW: '1' }, 'info'],
    [{ CI: 'true', FB_PREVIEW: 'true' }, 'info'],
    [{ CI: 'true', FB_PREVIEW: '0' }, 'error'],
    [{ CI: 'true', FB_PREVIEW: '' }, 'error'],
  ] as [NodeJS.ProcessEnv, string][])('%o: %s', (env, level) => {
    expect(siteUrlCheck(env).level).toBe(level);
  });

  it('says in one line what the placeholder breaks and the two ways out', () => {
    const check = siteUrlCheck({ CI: 'true' });
    expect(check).toEqual({ level: 'error', message: expect.stringContaining(`FB_SITE_URL is not set: canonical URLs, feeds, the sitemap and hreflang point at ${PLACEHOLDER_ORIGIN}`) });
    if (check.level === 'ok') return;
    expect(check.message).toMatch(/Set FB_SITE_URL to the public origin .*or FB_PREVIEW=1 for a preview build\.$/);
    expect(check.message).not.toContain('\n');
  });

  it('agrees with the origin the build uses', () => {
    expect(siteUrl({})).toBe(PLACEHOLDER_ORIGIN);
    expect(siteUrl({ FB_SITE_URL: 'https://brief.example.org' })).toBe('https://brief.example.org');
  });
});
