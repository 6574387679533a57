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

describe('html-validate', () => {
  it.each([['site', SITE_DIST], ['fixture', FIXTURE_DIST]])('every page of the %s is valid: one list of every error', async (_name, dist) => {
    const files = htmlFiles(dist);
    expect(files.length).toBeGreaterThan(5);
    const errors: string[] = [];
    for (const file of files) {
      const where = path.relative(dist, file);
      const report = await validator.validateFile(file);
      for (const r of report.results) for (const m of r.messages) errors.push(`${where}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      // html-validate reads on past </html>; a browser moves what follows into the body.
      if (!readFileSync(file, 'utf8').trimEnd().endsWith('</html>')) errors.push(`${where}: something after </html>`);
    }
    expect(errors).toEqual([]);
  });
});
