/**
 * The project's content check (src/lib/content-check.ts) ahead of Astro's own reading of the
 * content, so that a build and `npm run check` print the same list: every problem at once, each as
 * `file:line: field "…" is …; expected …`.
 *
 * Without it, a build stops at the first file Astro's schema refuses (naming the field `****`),
 * or later, on a cross-reference, with a stack and hints meant for code (Astro adds "Browser APIs
 * are not available on the server" to any message holding the word "window", as the metric
 * `context-window` does).
 *
 * `astro dev` checks the content when it starts and again whenever a content file changes. While
 * there are problems it prints them in the terminal and serves the list in place of every page,
 * which reloads itself once they are fixed (see `problemPage`).
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { Worker } from 'node:worker_threads';
import type { ViteDevServer } from 'vite';
import { checkContent, formatLocated } from '../lib/content-check.ts';
import { problemCount } from '../lib/problems.ts';
import { problemPage } from '../build/problem-page.ts';
import { CHECKED_ELSEWHERE } from '../build/site-env.ts';

export interface ContentCheckOptions {
  /** The content folder (`FB_CONTENT_DIR`, or `content/`). */
  root: string;
}

/** What the content check found, as lines for the terminal; none when the content is valid. */
async function problemLines(root: string): Promise<string[]> {
  const { problems } = await checkContent(root);
  return problems.map(formatLocated);
}

function summary(count: number, root: string, seconds: string): string {
  const where = path.relative(process.cwd(), root) || '.';
  return `${problemCount(count)} in ${where} (checked in ${seconds} s). Nothing was built: fix them and build again; npm run check lists them too.`;
}

/** A page request in `astro dev`, as opposed to Vite's modules, assets and its HMR client. */
function isPageRequest(url: string, accept: string | undefined): boolean {
  const pathname = url.split('?')[0]!;
  if (/^\/(?:@|node_modules\/|src\/|_astro\/|pagefind\/)/.test(pathname)) return false;
  return accept?.includes('text/html') ?? false;
}

function watchContent(server: ViteDevServer, root: string, logger: AstroIntegrationLogger): void {
  let lines: string[] = [];
  const check = async () => {
    const before = lines.length;
    lines = await problemLines(root).catch((error: unknown) => [`the content check failed: ${String(error)}`]);
    if (lines.length) logger.error(`The content has ${problemCount(lines.length)}:\n${lines.map((l) => `  - ${l}`).join('\n')}`);
    else if (before) logger.info('The content has no problems now.');
    // A page showing the list reloads; one that was fine reloads anyway through Astro's own watcher.
    if (before || lines.length) server.ws.send({ type: 'full-reload' });
  };
  /** The latest check: a page request waits for it, so no page renders from content just saved and not yet checked. */
  let checking = check();
  let timer: NodeJS.Timeout | undefined;
  let release: (() => void) | undefined;
  const onChange = (file: string) => {
    if (path.relative(root, file).startsWith('..')) return;
    if (!release) {
      const previous = checking;
      checking = new Promise<void>((resolve) => (release = resolve)).then(() => previous).then(check);
    }
    // Editors save several files at once (a story and its translation): one check for them all.
    clearTimeout(timer);
    timer = setTimeout(() => {
      release?.();
      release = undefined;
    }, 100);
  };
  server.watcher.add(root);
  for (const event of ['add', 'change', 'unlink'] as const) server.watcher.on(event, onChange);

  server.middlewares.use((req, res, next) => {
    if (!isPageRequest(req.url ?? '/', req.headers.accept)) return next();
    void checking.then(() => {
      if (!lines.length) return next();
      res.statusCode = 500;
      res.setHeader('Content-Type', 'text/html; charset=utf-8');
      res.end(problemPage(lines));
    });
  });
}

function inWorker(root: string): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./content-check-worker.ts', import.meta.url), { workerData: { root } });
    worker.once('message', (lines: string[]) => resolve(lines));
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`the content check stopped (exit code ${code})`)));
  });
}

export default function contentCheck({ root }: ContentCheckOptions): AstroIntegration {
  let checking: Promise<string[]> | undefined;
  let started = 0;
  return {
    name: 'frontier-brief:content-check',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command !== 'build') return;
        // Checked on another thread while Astro reads the content; the build waits for the answer
        // before it makes a page. Meanwhile the collections let invalid data through rather than
        // stop at the first bad file (src/content.config.ts): the check refuses it, with the rest.
        process.env[CHECKED_ELSEWHERE] = '1';
        started = performance.now();
        checking = inWorker(root);
        // Awaited in astro:build:start; a build that fails before then must not report it as unhandled.
        checking.catch(() => {});
      },
      'astro:build:start': async ({ logger }) => {
        if (!checking) return;
        const lines = await checking;
        if (!lines.length) return;
        const seconds = ((performance.now() - started) / 1000).toFixed(2);
        // Printed here and the process ended: thrown, the list would reach Astro's error printer,
        // which adds its hints (see above) and, in a build, a stack.
        logger.error(`The content has ${problemCount(lines.length)}:\n${lines.join('\n')}\n\n${summary(lines.length, root, seconds)}`);
        process.exit(1);
      },
      'astro:server:setup': ({ server, logger }) => watchContent(server, root, logger),
    },
  };
}
