/**
 * Builds the Pagefind search index once `astro build` has written every page: one bundle per
 * entry of `bundles`, each made by Pagefind's own command from the pages its glob names and
 * written to `<outDir>/pagefind/<bundle>/`. The command's exit is the whole failure path: any
 * error it reports, or its process being killed, stops the build with what it printed.
 *
 * Indexing after the pages, rather than each page as it is rendered, was chosen by measurement
 * (BENCHMARKS.md, "Search index: after the pages or as they render").
 *
 * In `astro dev`, serves the index of the last build so an editor can try searches while writing.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import sirv from 'sirv';
import { indexBundle, type BundleReport } from './pagefind-index.ts';

export interface PagefindOptions {
  /**
   * Search bundles by name, each with the glob of its pages relative to the output folder
   * ("zh/articles/*\/index.html"). Each bundle is a Pagefind index of its own, served from
   * `/pagefind/<bundle>/`.
   */
  bundles: Record<string, string>;
}

export default function pagefindIntegration({ bundles }: PagefindOptions): AstroIntegration {
  let outDir = '';
  return {
    name: 'frontier-brief:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const start = performance.now();
        // One after the other: Pagefind already spreads a bundle's pages over every core.
        const reports: BundleReport[] = [];
        for (const [name, glob] of Object.entries(bundles)) {
          const report = await indexBundle(site, name, glob);
          if (report) reports.push(report);
        }
        if (!reports.length) throw new Error(`Pagefind: no page is in a search bundle (${Object.values(bundles).join(', ')}): see bundles in astro.config.mjs`);
        const pages = reports.reduce((n, r) => n + r.pages, 0);
        const files = reports.reduce((n, r) => n + r.files, 0);
        const seconds = ((performance.now() - start) / 1000).toFixed(1);
        logger.info(`indexed ${pages} pages in ${reports.map((r) => r.name).join(', ')} (${files} files, ${seconds} s after the pages)`);
        for (const r of reports) logger.info(`  /pagefind/${r.name}/: ${r.pages} pages in ${r.languages.join(', ')}, ${r.files} files, ${r.seconds.toFixed(1)} s`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = path.join(outDir, 'pagefind');
        // A build's output holds a bundle folder with Pagefind's code in it.
        const built = existsSync(root) && readdirSync(root, { withFileTypes: true }).some((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'pagefind.js')));
        if (!built) logger.warn('no search index yet: run `npm run build` once to search in dev');
        // dev: read each file when asked, so a build while the server runs is served at once.
        server.middlewares.use('/pagefind/', sirv(root, { dev: true }));
      },
    },
  };
}
