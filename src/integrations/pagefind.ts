/**
 * Builds the Pagefind search index at the end of `astro build`, through Pagefind's Node API, into
 * `<outDir>/pagefind/`: one index per `<html lang>`. Any error Pagefind reports fails the build.
 * In `astro dev`, serves the index of the last build so an editor can try searches while writing.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
  languages: string[];
  files: number;
}

/** Indexes the built site in `dir` and writes the bundle to `dir/pagefind`. */
export async function indexSite(dir: string): Promise<IndexReport> {
  const fail = (step: string, errors: string[]) => {
    throw new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  };
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (errors.length || !index) fail('createIndex', errors);
    const added = await index!.addDirectory({ path: dir });
    if (added.errors.length) fail('addDirectory', added.errors);
    const written = await index!.writeFiles({ outputPath: path.join(dir, 'pagefind') });
    if (written.errors.length) fail('writeFiles', written.errors);
    const files = await index!.getFiles();
    const languages = files.files
      .map((f) => /^pagefind\.([\w-]+)\.pf_meta$/.exec(path.basename(f.path))?.[1])
      .filter((l): l is string => Boolean(l));
    return { pages: added.page_count, languages, files: files.files.length };
  } finally {
    await pagefind.close();
  }
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  return {
    name: 'frontier-brief:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:done': async ({ dir, logger }) => {
        const start = performance.now();
        const report = await indexSite(fileURLToPath(dir));
        const seconds = ((performance.now() - start) / 1000).toFixed(1);
        logger.info(`indexed ${report.pages} pages in ${report.languages.join(', ')} (${report.files} files, ${seconds} s)`);
      },
      'astro:server:setup': ({ server, logger }) => {
        const bundle = path.join(outDir, 'pagefind');
        if (!existsSync(bundle)) logger.warn('no search index yet: run `npm run build` once to search in dev');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = path.join(bundle, decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(bundle) || !existsSync(file)) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
