/**
 * A smoke test of the site's own content: the story the site was designed around is published in
 * both languages with its table, and the stories it names are published too. What the pipeline
 * makes of a story (body, table, takeaway, FAQ, related reading) is tested on the fixture
 * (fixture-site.test.ts), so editors can rewrite this story without touching a test.
 */
import { describe, expect, it } from 'vitest';
import { SITE_DIST } from '../helpers/build.ts';
import { loadPage, pageExists, tableRows, text } from '../helpers/html.ts';

const SEED = 'gpt-5-4-reception';

describe('the seed story', () => {
  it.each(['zh', 'en'])('is published in %s with its title, body, table and further reading, each linked story published', (lang) => {
    const doc = loadPage(SITE_DIST, `/${lang}/articles/${SEED}/`);
    expect(text(doc.querySelector('h1'))).not.toBe('');
    expect(text(doc.querySelector('.prose')).length).toBeGreaterThan(1000);
    expect(tableRows(doc).length).toBeGreaterThan(1);
    const related = [...doc.querySelectorAll('#related .story-card a')].map((a) => a.getAttribute('href')!);
    expect(related.length).toBeGreaterThan(0);
    for (const href of related) expect(pageExists(SITE_DIST, href), href).toBe(true);
    expect([...loadPage(SITE_DIST, `/${lang}/`).querySelectorAll('.story-card a')].map((a) => a.getAttribute('href'))).toContain(`/${lang}/articles/${SEED}/`);
  });
});
