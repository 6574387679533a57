/**
 * The build benchmark: N synthetic stories (both languages, model tables, charts) built as the
 * full site and, side by side in the same run, as a bare Astro MDX site of the same corpus with the
 * same Markdown processor. Prints a table and, last, one JSON line.
 *
 *   npm run bench                 1,000 stories
 *   npm run bench -- --stories 200
 *   npm run bench -- --scale      1,000, 2,000 and 5,000 stories: how time and memory grow
 *   npm run bench -- --no-search  skip the cold-query measurement in Chromium
 *   npm run bench -- --runs 3     build each side 3 times, alternating (default 2; 1 with --scale)
 *   npm run bench -- --no-cards   skip the build that measures what drawing the social cards costs
 *
 * Builds on a shared machine vary by ±20 % from run to run. With several runs the two sides
 * alternate and each side's fastest run is compared: the least disturbed measurement of each.
 * Every run's time is printed too. A run builds each side cold (its caches removed, as a deploy
 * builds) and then warm (the caches of the build before), and the site once more cold but with
 * its social cards cached: the difference from cold is what drawing the cards costs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir as mkdirAsync, rename, rm as rmAsync, writeFile } from 'node:fs/promises';
import { cpus, totalmem } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { writeCorpus } from './lib/synthetic.ts';
import { countFiles, measure, type Measured } from './lib/measure.ts';
import { cacheDir, contentDir, projectRoot } from '../src/build/site-env.ts';
import { pageJs } from './lib/js-budget.ts';

const args = process.argv.slice(2);
const flag = (name: string) => args.includes(name);
const value = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const sizes = flag('--scale') ? [1000, 2000, 5000] : [Number(value('--stories') ?? 1000)];
const runs = Number(value('--runs') ?? (flag('--scale') ? 1 : 2));
const ASTRO = path.join(projectRoot, 'node_modules/astro/bin/astro.mjs');
const WORK = path.join(projectRoot, '.tmp/bench');

const gz = (file: string) => gzipSync(readFileSync(file)).length;

/** Bytes (gzip) of a page's HTML, its stylesheets and the JS it loads at once. */
function pageBytes(dist: string, urlPath: string) {
  const htmlFile = path.join(dist, urlPath, 'index.html');
  const url = `/${urlPath}/`;
  const html = readFileSync(htmlFile, 'utf8');
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"/g)].reduce((n, m) => n + gz(path.join(dist, m[1]!)), 0);
  return { html: gz(htmlFile), css, js: pageJs(dist, url).eagerGzip };
}

/**
 * What a first search on the zh search page fetches, from the first keystroke until the results
 * show: its bodies' bytes, and the bytes a host that gzips text sends (see `watchResponses`).
 */
async function coldQuery(dist: string): Promise<{ coldQueryBytes?: number; coldQueryWireBytes?: number }> {
  if (flag('--no-search')) return {};
  const { launchChromium, watchResponses } = await import('./lib/browser.ts');
  const { serveStatic } = await import('./lib/static-server.ts');
  const [browser, server] = await Promise.all([launchChromium(), serveStatic(dist)]);
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/zh/search/`, { waitUntil: 'networkidle' });
    const responses = watchResponses(page);
    await page.locator('input[name=q]').first().fill('GPT-5.4 幻觉');
    await page.waitForFunction(() => !document.querySelector('search-app')?.hasAttribute('aria-busy') && new URLSearchParams(location.search).has('q'));
    const fetched = await responses.settled();
    return { coldQueryBytes: fetched.reduce((n, r) => n + r.bytes, 0), coldQueryWireBytes: fetched.reduce((n, r) => n + r.wireBytes, 0) };
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Where a build's time went, from Astro's own log: bundling (Vite) and writing pages. */
function phases(output: string): string {
  // Astro writes durations as "158ms", "23.61s" or "1m 53s".
  const vite = /\[vite\] ✓ built in (?:(\d+)m )?([\d.]+)(m?s)/.exec(output);
  const pages = /^\S+ ✓ Completed in (?:(\d+)m )?([\d.]+)(m?s)\.$/m.exec(output);
  const seconds = (m: RegExpExecArray | null) =>
    m ? (Number(m[1] ?? 0) * 60 + Number(m[2]) / (m[3] === 'ms' ? 1000 : 1)).toFixed(1) : '?';
  return `bundle ${seconds(vite)} s, pages ${seconds(pages)} s`;
}

/** The build's own count of social cards drawn and taken from the cache. */
function cardLine(output: string): string {
  const cards = /social cards: (\d+) drawn, (\d+) from the cache/.exec(output);
  return cards ? `; cards ${cards[1]} drawn, ${cards[2]} cached` : '';
}

/** How many social cards the build wrote, and their PNG bytes: largest and mean. */
function cardBytes(dist: string) {
  const sizes = readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('og.png'))
    .map((f) => statSync(path.join(dist, f)).size);
  return { count: sizes.length, largest: Math.max(...sizes), mean: Math.round(sizes.reduce((a, b) => a + b, 0) / sizes.length) };
}

const rows = [];
for (const stories of sizes) {
  const dir = path.join(WORK, String(stories));
  await rmAsync(dir, { recursive: true, force: true });
  await mkdirAsync(dir, { recursive: true });
  const content = path.join(dir, 'content');
  await writeCorpus(content, stories, { registries: contentDir({}) });
  // A synthetic corpus is never published: a preview, which CI=true builds need to be told.
  const env = { FB_CONTENT_DIR: content, FB_PREVIEW: '1', ASTRO_TELEMETRY_DISABLED: '1', NO_COLOR: '1' };

  const dist = path.join(dir, 'dist');
  const baselineCache = path.join(dir, 'baseline-cache');
  const siteCache = cacheDir(env);
  const cards = path.join(siteCache, 'og-cards');
  const keptCards = path.join(dir, 'og-cards-kept');
  const baselineBuild = () =>
    measure(process.execPath, [ASTRO, 'build', '--root', 'tools/bench-baseline'], { ...env, FB_OUT_DIR: path.join(dir, 'baseline-dist'), FB_CACHE_DIR: baselineCache }, projectRoot);
  const siteBuild = () => measure(process.execPath, [ASTRO, 'build'], { ...env, FB_OUT_DIR: dist }, projectRoot);
  const checked = (what: string, m: Measured) => {
    if (m.code !== 0) throw new Error(`${what} build failed:\n${m.output}`);
    return m;
  };
  // Each side's runs, by kind. Cold: every cache removed first, as a deploy builds. Warm: the
  // caches of the build before. "cards cached": cold but for the social cards, so the difference
  // from cold is what drawing every card costs a deploy.
  const measured = { baselineCold: [] as Measured[], siteCold: [] as Measured[], siteCardsCached: [] as Measured[], baselineWarm: [] as Measured[], siteWarm: [] as Measured[] };
  for (let run = 0; run < runs; run++) {
    await rmAsync(baselineCache, { recursive: true, force: true });
    measured.baselineCold.push(checked('baseline', await baselineBuild()));
    await rmAsync(siteCache, { recursive: true, force: true });
    measured.siteCold.push(checked('site', await siteBuild()));
    if (!flag('--no-cards')) {
      await rename(cards, keptCards);
      await rmAsync(siteCache, { recursive: true, force: true });
      await mkdirAsync(siteCache, { recursive: true });
      await rename(keptCards, cards);
      measured.siteCardsCached.push(checked('site', await siteBuild()));
    }
    measured.baselineWarm.push(checked('baseline', await baselineBuild()));
    measured.siteWarm.push(checked('site', await siteBuild()));
    for (const [kind, list] of Object.entries(measured)) {
      const m = list.at(-1);
      if (!m) continue;
      await writeFile(path.join(dir, `${kind}-${run + 1}.log`), m.output);
      console.log(`${stories} stories, run ${run + 1}, ${kind}: ${m.seconds.toFixed(1)} s (${phases(m.output)}${cardLine(m.output)})`);
    }
  }
  const fastest = (list: Measured[]) => list.reduce((a, b) => (b.seconds < a.seconds ? b : a));
  const [full, baseline] = [fastest(measured.siteCold), fastest(measured.baselineCold)];
  const [warm, baselineWarm] = [fastest(measured.siteWarm), fastest(measured.baselineWarm)];
  const cardsCached = measured.siteCardsCached.length ? fastest(measured.siteCardsCached) : undefined;

  // Pagefind indexes the written pages once they are all written.
  const pagefind = /indexed \d+ pages in .* \((\d+) files, ([\d.]+) s after the pages/.exec(full.output);
  const pages = countFiles(dist);
  const articlePages = Number(/(\d+) page\(s\) built/.exec(full.output)?.[1] ?? NaN);
  const first = 'synthetic-00000';
  rows.push({
    stories,
    pages: articlePages,
    buildSeconds: Number(full.seconds.toFixed(1)),
    baselineSeconds: Number(baseline.seconds.toFixed(1)),
    ratio: Number((full.seconds / baseline.seconds).toFixed(2)),
    warmSeconds: Number(warm.seconds.toFixed(1)),
    baselineWarmSeconds: Number(baselineWarm.seconds.toFixed(1)),
    warmRatio: Number((warm.seconds / baselineWarm.seconds).toFixed(2)),
    cardsCachedSeconds: cardsCached && Number(cardsCached.seconds.toFixed(1)),
    // What drawing every social card adds to a cold build, as a share of it.
    cardShare: cardsCached && Number(((full.seconds - cardsCached.seconds) / full.seconds).toFixed(3)),
    runs,
    peakMiB: Math.max(...measured.siteCold.map((r) => r.peakMiB)),
    baselinePeakMiB: Math.max(...measured.baselineCold.map((r) => r.peakMiB)),
    pagefindSecondsAfterPages: Number(pagefind?.[2] ?? NaN),
    pagefindFiles: Number(pagefind?.[1] ?? NaN),
    files: pages,
    cards: cardBytes(dist),
    bytes: {
      home: pageBytes(dist, 'zh'),
      article: pageBytes(dist, `zh/articles/${first}`),
      tag: pageBytes(dist, 'zh/tags/industry-strategy'),
      model: pageBytes(dist, 'zh/models/gpt-5-4'),
      search: pageBytes(dist, 'zh/search'),
    },
    ...(await coldQuery(dist)),
  });
}

console.log(`machine: ${cpus().length} cores (${cpus()[0]?.model}), ${Math.round(totalmem() / 2 ** 30)} GiB; node ${process.version}`);
console.table(rows.map(({ bytes: _b, cards: _c, ...r }) => r));
console.log(`social cards: ${JSON.stringify(rows.at(-1)!.cards)}`);
console.table(Object.fromEntries(Object.entries(rows.at(-1)!.bytes).map(([k, v]) => [k, v])));
if (rows.length > 1) {
  const [a, b] = [rows[0]!, rows.at(-1)!];
  console.log(`growth ${a.stories} → ${b.stories} stories (×${b.stories / a.stories}): time ×${(b.buildSeconds / a.buildSeconds).toFixed(2)}, memory ×${(b.peakMiB / a.peakMiB).toFixed(2)}`);
}
console.log(JSON.stringify(rows.length === 1 ? rows[0] : { scale: rows }));
