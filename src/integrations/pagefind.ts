/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API: one bundle
 * per group of pages that `bundleOf` names (the site has one a language), each in
 * `<outDir>/pagefind/<bundle>/`. Any error Pagefind reports fails the build.
 *
 * Each page is handed to Pagefind the moment Astro renders it (a wrapper around Astro's
 * prerenderer), through a worker thread per bundle that talks to that bundle's Pagefind process,
 * so Pagefind parses pages on the second core while Node renders the rest, in Astro's path order
 * whatever order they finish in (the index is then the same bytes on every build). Indexing runs
 * at a lower CPU priority than rendering (see `pagefind-worker.ts`). Bundles are
 * rendered one after the other and each is written as soon as its last page is in, while the
 * pages after it render: writing an index is seconds of work, and a build of one bundle waited
 * for all of it after its last page.
 *
 * In `astro dev`, serves the index of the last build so an editor can try searches while writing.
 */
import { createReadStream, existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { IndexReport } from './pagefind-indexer.ts';
import { hasSearchableContent } from './pagefind-searchable.ts';
import type { IndexerReply, IndexerRequest, PageMessage } from './pagefind-worker.ts';

/** Pages a message to an indexer's thread. */
const BATCH = 32;

/** The indexer on its own thread; settles on its one reply, or fails if the thread stops first. */
class IndexerThread {
  #worker = new Worker(new URL('./pagefind-worker.ts', import.meta.url));
  #outcome: Promise<IndexReport>;

  constructor() {
    this.#outcome = new Promise<IndexReport>((resolve, reject) => {
      this.#worker.on('message', (reply: IndexerReply) => {
        if ('error' in reply) reject(new Error(`Pagefind: ${reply.error}`));
        else resolve(reply.report);
      });
      this.#worker.on('error', reject);
      this.#worker.on('exit', (code) => reject(new Error(`Pagefind: its worker thread stopped (exit code ${code}) before the index was written`)));
    });
    // Awaited by finish(); a failure before then must not count as unhandled.
    this.#outcome.catch(() => {});
  }

  #batch: (PageMessage & { html?: Uint8Array<ArrayBuffer> })[] = [];

  /**
   * Path number `seq` in Astro's order, with its rendered HTML or without (nothing to index). The
   * bytes move to the worker, which decodes them and picks out what Pagefind needs, and they go
   * a batch at a time: each message costs the main thread time whatever it carries, and cloning
   * page text into messages cost it more again (BENCHMARKS.md).
   */
  page(seq: number, url?: string, html?: Uint8Array<ArrayBuffer>): void {
    this.#batch.push({ seq, url, html });
    if (this.#batch.length === BATCH) this.#send();
  }

  #send(): void {
    const pages = this.#batch;
    this.#batch = [];
    const moved = pages.flatMap(({ html }) => (html ? [html.buffer] : []));
    this.#worker.postMessage({ type: 'pages', pages } satisfies IndexerRequest, moved);
  }

  finish(outputPath: string): Promise<IndexReport> {
    if (this.#batch.length) this.#send();
    this.#worker.postMessage({ type: 'finish', outputPath } satisfies IndexerRequest);
    return this.#outcome.finally(() => this.#worker.terminate());
  }
}

/** A path as Astro lists it and as its request URL carries it, alike: decoded, no trailing slash. */
function pathKey(pathname: string): string {
  return decodeURI(pathname).replace(/\/+$/, '') || '/';
}

export interface PagefindOptions {
  /**
   * The search bundle a page belongs to, by its path (decoded, no trailing slash), or undefined
   * for a page that is not searched. Each bundle is a Pagefind index of its own, served from
   * `/pagefind/<bundle>/`. A page outside every bundle must not carry `data-pagefind-body`.
   */
  bundleOf(pathname: string): string | undefined;
}

/** One bundle's indexer, and how many of its pages are still to be rendered. */
class Bundle {
  readonly indexer = new IndexerThread();
  readonly seqOf = new Map<string, number>();
  remaining = 0;
  lastPageAt = 0;
  written?: Promise<IndexReport>;

  constructor(readonly name: string, readonly outputPath: string) {}

  /** Writes the bundle once its last page is in (or when Astro is done: a path it skipped). */
  finish(): Promise<IndexReport> {
    this.lastPageAt ||= performance.now();
    if (!this.written) {
      this.written = this.indexer.finish(this.outputPath);
      // Awaited in astro:build:done; until then a failure must not count as unhandled.
      this.written.catch(() => {});
    }
    return this.written;
  }
}

/**
 * Astro's prerenderer, with each page of a search bundle also handed to that bundle's indexer.
 * The pages are rendered bundle by bundle, then the rest, so each bundle is written while the
 * pages after it render instead of after all of them.
 */
function indexingPrerenderer(base: AstroPrerenderer, options: PagefindOptions, bundleDir: string, bundles: Map<string, Bundle>): AstroPrerenderer {
  const bundleOfPath = new Map<string, Bundle>();
  return {
    name: 'frontier-brief:pagefind',
    setup: base.setup && (() => base.setup!()),
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      const groups = new Map<Bundle | undefined, typeof paths>();
      for (const entry of paths) {
        const key = pathKey(entry.pathname);
        const name = options.bundleOf(key);
        let bundle = name === undefined ? undefined : bundles.get(name);
        if (name !== undefined && !bundle) {
          if (!/^[\w-]+$/.test(name)) throw new Error(`Pagefind: bundleOf("${key}") gave "${name}", which is not a folder name (letters, digits, "-", "_")`);
          bundle = new Bundle(name, path.join(bundleDir, name));
          bundles.set(name, bundle);
        }
        // Astro renders the first of two routes with the same path; number that one only.
        if (bundle && !bundle.seqOf.has(key)) {
          // Numbered in Astro's order within the bundle: pages reach the index in this order.
          bundle.seqOf.set(key, bundle.remaining++);
          bundleOfPath.set(key, bundle);
        }
        if (!groups.has(bundle)) groups.set(bundle, []);
        groups.get(bundle)!.push(entry);
      }
      const rest = groups.get(undefined) ?? [];
      groups.delete(undefined);
      return [...groups.values(), rest].flat();
    },
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
    async render(request, renderOptions) {
      const url = new URL(request.url).pathname;
      const key = pathKey(url);
      const result = await base.render(request, renderOptions);
      const response = result instanceof Response ? result : result.response;
      const bundle = bundleOfPath.get(key);
      const isPage = renderOptions.routeData.type === 'page' && response.status === 200 && response.body;
      if (!isPage) {
        if (bundle) settle(bundle, key);
        return result;
      }
      // The body can be read once: read it here and give Astro the same bytes to write.
      const bytes = new Uint8Array(await response.arrayBuffer());
      if (bundle) settle(bundle, key, url, bytes.slice());
      else if (hasSearchableContent(decoder.decode(bytes))) {
        throw new Error(`Pagefind: ${url} has searchable content (data-pagefind-body) but belongs to no search bundle: see bundleOf in astro.config.mjs`);
      }
      const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}

const decoder = new TextDecoder();

/** Hands a rendered page (or the word that it has nothing to index) to its bundle. */
function settle(bundle: Bundle, key: string, url?: string, html?: Uint8Array<ArrayBuffer>): void {
  bundle.indexer.page(bundle.seqOf.get(key)!, url, html);
  if (--bundle.remaining === 0) void bundle.finish();
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

export default function pagefindIntegration(options: PagefindOptions): AstroIntegration {
  let outDir = '';
  const bundles = new Map<string, Bundle>();
  let start = 0;
  let generated = 0;
  return {
    name: 'frontier-brief:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        // Pages restored from that cache are never rendered, so never reach the index.
        if ((config.experimental as { incrementalBuild?: unknown }).incrementalBuild) {
          throw new Error('Pagefind: experimental.incrementalBuild skips rendering cached pages, which would drop them from search');
        }
      },
      'astro:build:start': ({ setPrerenderer }) => {
        setPrerenderer((base) => {
          bundles.clear();
          start = performance.now();
          return indexingPrerenderer(base, options, path.join(outDir, 'pagefind'), bundles);
        });
      },
      'astro:build:generated': () => {
        if (!bundles.size) throw new Error('Pagefind: no page belongs to a search bundle (see bundleOf in astro.config.mjs)');
        generated = performance.now();
        // A bundle still waiting for pages is waiting for paths Astro did not render.
        for (const bundle of bundles.values()) void bundle.finish();
      },
      'astro:build:done': async ({ logger }) => {
        const reports = await Promise.all([...bundles.values()].map(async (bundle) => ({ bundle, report: await bundle.finish() })));
        const now = performance.now();
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        for (const { bundle, report } of reports) {
          if (!report.pages) throw new Error(`Pagefind: none of the pages of search bundle "${bundle.name}" has data-pagefind-body, so its index is empty`);
        }
        const pages = reports.reduce((n, { report }) => n + report.pages, 0);
        const files = reports.reduce((n, { report }) => n + report.files, 0);
        logger.info(
          `indexed ${pages} pages in ${reports.map(({ bundle }) => bundle.name).join(', ')} (${files} files, ${seconds(now - generated)} s after the pages; ${seconds(now - start)} s since the first)`,
        );
        for (const { bundle, report } of reports) {
          logger.info(
            `  /pagefind/${bundle.name}/: ${report.pages} pages in ${report.languages.join(', ')}, ${report.files} files; last page ${seconds(bundle.lastPageAt - start)} s in, then ${report.catchUpSeconds.toFixed(1)} s to catch up and ${report.writeSeconds.toFixed(1)} s to write`,
          );
        }
      },
      'astro:server:setup': ({ server, logger }) => {
        const root = path.join(outDir, 'pagefind');
        // A build's output holds a bundle folder with Pagefind's code in it.
        const built = existsSync(root) && readdirSync(root, { withFileTypes: true }).some((e) => e.isDirectory() && existsSync(path.join(root, e.name, 'pagefind.js')));
        if (!built) logger.warn('no search index yet: run `npm run build` once to search in dev');
        server.middlewares.use('/pagefind/', (req, res, next) => {
          const file = path.join(root, decodeURIComponent(new URL(req.url ?? '/', 'http://dev').pathname));
          if (!file.startsWith(root + path.sep) || !statSync(file, { throwIfNoEntry: false })?.isFile()) return next();
          res.setHeader('Content-Type', TYPES[path.extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
      },
    },
  };
}
