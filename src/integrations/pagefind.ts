/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API, into
 * `<outDir>/pagefind/`: one index per `<html lang>`. Any error Pagefind reports fails the build.
 *
 * Each page is handed to Pagefind the moment Astro renders it (a wrapper around Astro's
 * prerenderer), so the Pagefind process parses pages on the second core while Node renders the
 * rest. Writing the bundle starts as soon as the last page is rendered, alongside the other
 * integrations' end-of-build work. Indexing the written folder afterwards cost the build the
 * whole parse on top of the render.
 *
 * In `astro dev`, serves the index of the last build so an editor can try searches while writing.
 */
import { createReadStream, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import * as pagefind from 'pagefind';

export interface IndexReport {
  pages: number;
  languages: string[];
  files: number;
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function failure(step: string, errors: string[]): Error {
  return new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

/** A Pagefind index fed one rendered page at a time, written out at the end. */
export class PageIndexer {
  #index: Promise<Index>;
  #pending: Promise<string[]>[] = [];
  #pages = 0;

  constructor() {
    this.#index = pagefind.createIndex({}).then(({ index, errors }) => {
      if (errors.length || !index) throw failure('createIndex', errors);
      return index;
    });
    // Failures surface in finish(); keep an early one from being reported as unhandled.
    this.#index.catch(() => {});
  }

  /** Queues a page; `url` is its path on the site ("/zh/articles/x/"). Does not wait for Pagefind. */
  add(url: string, content: string): void {
    const done = this.#index
      .then((index) => index.addHTMLFile({ url, content }))
      .then(({ errors }) => errors.map((e) => `${url}: ${e}`));
    done.catch(() => {});
    this.#pending.push(done);
  }

  /** Waits for every queued page, writes the bundle to `outputPath` and stops Pagefind. */
  async finish(outputPath: string): Promise<IndexReport> {
    try {
      const index = await this.#index;
      const errors = (await Promise.all(this.#pending)).flat();
      if (errors.length) throw failure('indexing', errors);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw failure('writeFiles', written.errors);
      // Counted on disk: Pagefind's getFiles() sends every file's bytes back through its pipe
      // (seconds at a thousand stories) only for us to count them.
      const names = readdirSync(outputPath, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      return {
        // A page without data-pagefind-body (the 404 page, lists, search) gets no fragment.
        pages: names.filter((n) => n.endsWith('.pf_fragment')).length,
        languages: names.map((n) => /^pagefind\.([\w-]+)\.pf_meta$/.exec(n)?.[1]).filter((l): l is string => Boolean(l)),
        files: names.length,
      };
    } finally {
      await pagefind.close();
    }
  }
}

/** Astro's prerenderer, with every successfully rendered HTML page also handed to `indexer`. */
function indexingPrerenderer(base: AstroPrerenderer, indexer: PageIndexer): AstroPrerenderer {
  return {
    name: 'frontier-brief:pagefind',
    setup: base.setup && (() => base.setup!()),
    getStaticPaths: () => base.getStaticPaths(),
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
    async render(request, options) {
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (options.routeData.type !== 'page' || response.status !== 200 || !response.body) return result;
      // The body can be read once: read it here and give Astro an identical response to write.
      const html = await response.text();
      indexer.add(new URL(request.url).pathname, html);
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let indexer: PageIndexer | undefined;
  let finished: Promise<{ report: IndexReport; finishing: number }> | undefined;
  let start = 0;
  return {
    name: 'frontier-brief:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => {
          indexer = new PageIndexer();
          start = performance.now();
          return indexingPrerenderer(base, indexer);
        });
      },
      'astro:build:generated': ({ dir }) => {
        if (!indexer) throw new Error('Pagefind: no page was rendered through the indexing prerenderer');
        const finishing = performance.now();
        finished = indexer.finish(path.join(fileURLToPath(dir), 'pagefind')).then((report) => ({ report, finishing }));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        finished.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!finished) throw new Error('Pagefind: the build finished without generating pages');
        const { report, finishing } = await finished;
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        const now = performance.now();
        logger.info(
          `indexed ${report.pages} pages in ${report.languages.join(', ')} (${report.files} files, ${seconds(now - finishing)} s after the pages; ${seconds(now - start)} s since the first)`,
        );
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
