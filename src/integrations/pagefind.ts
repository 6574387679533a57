/**
 * Builds the Pagefind search index during `astro build`, through Pagefind's Node API, into
 * `<outDir>/pagefind/`: one index per `<html lang>`. Any error Pagefind reports fails the build.
 *
 * Each page is handed to Pagefind the moment Astro renders it (a wrapper around Astro's
 * prerenderer), through a worker thread that talks to the Pagefind process, so Pagefind parses
 * pages on the second core while Node renders the rest, in Astro's path order whatever order
 * they finish in (the index is then the same bytes on every build). Writing the bundle starts as
 * soon as the last page is rendered, alongside the other integrations' end-of-build work.
 * Indexing the written folder afterwards cost the build the whole parse on top of the render.
 *
 * In `astro dev`, serves the index of the last build so an editor can try searches while writing.
 */
import { createReadStream, existsSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { AstroIntegration, AstroPrerenderer } from 'astro';
import type { IndexReport } from './pagefind-indexer.ts';
import type { IndexerReply, IndexerRequest } from './pagefind-worker.ts';

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

  /** Path number `seq` in Astro's order, with its searchable HTML or without (nothing to index). */
  page(seq: number, url?: string, content?: string): void {
    this.#worker.postMessage({ type: 'page', seq, url, content } satisfies IndexerRequest);
  }

  finish(outputPath: string): Promise<IndexReport> {
    this.#worker.postMessage({ type: 'finish', outputPath } satisfies IndexerRequest);
    return this.#outcome.finally(() => this.#worker.terminate());
  }
}

/** A path as Astro lists it and as its request URL carries it, alike: decoded, no trailing slash. */
function pathKey(pathname: string): string {
  return decodeURI(pathname).replace(/\/+$/, '') || '/';
}

const BODY = /<article\b[^>]*\sdata-pagefind-body[\s>=]/;
const PAGEFIND_DATA = /\sdata-pagefind-(?:body|filter|meta|default-meta|sort|weight|index-attrs)\b/;
/** Elements whose text may hold a literal "</article>" that does not end the article. */
const RAW_TEXT = ['script', 'style', 'template', 'textarea'];
const count = (text: string, part: string) => text.split(part).length - 1;

/**
 * What Pagefind needs of a page: `<html lang>` and the one `<article data-pagefind-body>`, when
 * nothing outside that article carries Pagefind attributes (it indexes to the same bytes, from
 * half the HTML to encode and pipe); otherwise the whole page. Undefined for a page without
 * searchable content.
 */
export function searchablePart(html: string): string | undefined {
  if (!html.includes('data-pagefind-body')) return undefined;
  const start = BODY.exec(html)?.index ?? -1;
  const end = html.indexOf('</article>', start) + '</article>'.length;
  const lang = /<html\b[^>]*\slang="([^"]+)"/.exec(html)?.[1];
  const article = start >= 0 ? html.slice(start, end) : '';
  const nested = article.indexOf('<article', 1) >= 0;
  const cutInside = RAW_TEXT.some((tag) => count(article, `<${tag}`) !== count(article, `</${tag}>`));
  if (start < 0 || !lang || nested || cutInside || PAGEFIND_DATA.test(html.slice(0, start)) || PAGEFIND_DATA.test(html.slice(end))) return html;
  return `<!doctype html><html lang="${lang}"><body>${article}</body></html>`;
}

/** Astro's prerenderer, with every page that has searchable content also handed to `indexer`. */
function indexingPrerenderer(base: AstroPrerenderer, indexer: IndexerThread): AstroPrerenderer {
  // Each path's place in Astro's list: pages reach the index in this order (see the worker).
  const order = new Map<string, number>();
  return {
    name: 'frontier-brief:pagefind',
    setup: base.setup && (() => base.setup!()),
    async getStaticPaths() {
      const paths = await base.getStaticPaths();
      paths.forEach(({ pathname }, seq) => order.set(pathKey(pathname), seq));
      return paths;
    },
    collectStaticImages: base.collectStaticImages && (() => base.collectStaticImages!()),
    teardown: base.teardown && (() => base.teardown!()),
    async render(request, options) {
      const url = new URL(request.url).pathname;
      const seq = order.get(pathKey(url));
      if (seq === undefined) throw new Error(`Pagefind: ${url} is not among the paths Astro listed for the build`);
      const result = await base.render(request, options);
      const response = result instanceof Response ? result : result.response;
      if (options.routeData.type !== 'page' || response.status !== 200 || !response.body) {
        indexer.page(seq);
        return result;
      }
      // The body can be read once: read it here and give Astro an identical response to write.
      const html = await response.text();
      // Once any page marks its content with data-pagefind-body, Pagefind skips pages without
      // it (lists, search, 404); not sending them saves parsing them.
      indexer.page(seq, url, searchablePart(html));
      const copy = new Response(html, { status: response.status, statusText: response.statusText, headers: response.headers });
      return result instanceof Response ? copy : { ...result, response: copy };
    },
  };
}

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.wasm': 'application/wasm' };

export default function pagefindIntegration(): AstroIntegration {
  let outDir = '';
  let indexer: IndexerThread | undefined;
  let finished: Promise<IndexReport> | undefined;
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
          indexer = new IndexerThread();
          start = performance.now();
          return indexingPrerenderer(base, indexer);
        });
      },
      'astro:build:generated': () => {
        if (!indexer) throw new Error('Pagefind: no page was rendered through the indexing prerenderer');
        generated = performance.now();
        finished = indexer.finish(path.join(outDir, 'pagefind'));
        // Awaited in astro:build:done; until then a failure must not count as unhandled.
        finished.catch(() => {});
      },
      'astro:build:done': async ({ logger }) => {
        if (!finished) throw new Error('Pagefind: the build finished without generating pages');
        const report = await finished;
        const now = performance.now();
        const seconds = (ms: number) => (ms / 1000).toFixed(1);
        logger.info(
          `indexed ${report.pages} pages in ${report.languages.join(', ')} (${report.files} files, ${seconds(now - generated)} s after the pages; ${seconds(now - start)} s since the first; ${report.catchUpSeconds.toFixed(1)} s to catch up, ${report.writeSeconds.toFixed(1)} s to write)`,
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
