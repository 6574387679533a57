/**
 * `npm run lighthouse`: Lighthouse (mobile) in Debian's Chromium on the home, an article, a chart
 * page, its side-by-side page and the search page of both languages (empty, and opened with a
 * query as a shared link or the header's no-JS fallback opens it), from the last `npm run build`.
 * Prints the four scores of each page, then one JSON line. Not part of `npm test`: scores move
 * with the machine. `-- --details` adds the timings; `-- /zh/search/?q=…` scores only the pages named.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import lighthouse from 'lighthouse';
import { serveStatic } from './lib/static-server.ts';
import { outDir } from '../src/build/site-env.ts';
import { chromium } from 'playwright-core';

const PAGES = [
  '/zh/',
  '/en/',
  '/zh/articles/ai-agent-autonomy-gap/',
  '/en/articles/ai-agent-autonomy-gap/',
  '/zh/articles/gpt-5-4-reception/',
  '/en/articles/gpt-5-4-reception/',
  '/zh/articles/gpt-5-4-reception/parallel/',
  '/en/articles/gpt-5-4-reception/parallel/',
  '/zh/metrics/hallucination-rate/',
  '/en/metrics/mmlu/',
  '/zh/search/',
  '/en/search/',
  `/zh/search/?q=${encodeURIComponent('智能体')}`,
  '/en/search/?q=agents',
];

const named = process.argv.slice(2).filter((arg) => arg.startsWith('/'));
const pages = named.length ? named : PAGES;

// A page missing from the build would be scored 0 as a 404, as if it were a bad page.
const missing = pages.filter((page) => !existsSync(path.join(outDir(), new URL(page, 'http://x').pathname, 'index.html')));
if (missing.length) {
  console.error(`Not in ${outDir()}: ${missing.join(', ')}. Run \`npm run build\` first (with the site's own content).`);
  process.exit(1);
}

const server = await serveStatic(outDir(), 4329);
const port = 9333;
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', `--remote-debugging-port=${port}`],
});
const rows: Record<string, string | number>[] = [];
try {
  for (const page of pages) {
    const result = await lighthouse(`http://localhost:4329${page}`, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      formFactor: 'mobile',
    });
    // Lighthouse reports a page it could not load as an error with null scores, not as a failure.
    const failed = result!.lhr.runtimeError;
    if (failed) throw new Error(`Lighthouse could not check ${page}: ${failed.code} ${failed.message}`);
    const categories = result!.lhr.categories;
    const audits = result!.lhr.audits;
    if (process.argv.includes('--details')) {
      const metric = (id: string) => audits[id]?.displayValue ?? '';
      console.log(page, ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => `${id}=${metric(id)}`).join(' '));
    }
    rows.push({
      page,
      performance: Math.round((categories.performance?.score ?? 0) * 100),
      accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
      bestPractices: Math.round((categories['best-practices']?.score ?? 0) * 100),
      seo: Math.round((categories.seo?.score ?? 0) * 100),
    });
  }
} finally {
  await browser.close();
  await server.close();
}
console.table(rows);
console.log(JSON.stringify({ lighthouse: rows }));
