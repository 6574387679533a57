/** html-validate over every page the real site builds: zero errors. */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { FIXTURE_DIST, SITE_DIST } from '../helpers/build.ts';

const validator = new HtmlValidate({
  extends: ['html-validate:recommended'],
  rules: {
    // Astro writes void elements as <meta />; both spellings are valid HTML.
    'void-style': 'off',
    // Headlines are editorial: a long one is truncated in search results, not an error in the page.
    'long-title': 'off',
  },
});

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html'))
    .map((f) => path.join(dir, f));
}

describe.each([['site', SITE_DIST], ['fixture', FIXTURE_DIST]])('html-validate, %s', (_name, dist) => {
  const files = htmlFiles(dist);
  it('finds the pages', () => expect(files.length).toBeGreaterThan(5));
  it.each(files.map((f) => [path.relative(dist, f), f]))('%s is valid', async (_rel, file) => {
    const report = await validator.validateFile(file);
    const messages = report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`));
    expect(messages).toEqual([]);
    // html-validate reads on past </html>; a browser moves what follows into the body.
    expect(readFileSync(file, 'utf8').trimEnd().endsWith('</html>'), 'nothing after </html>').toBe(true);
  });
});
