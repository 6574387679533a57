/**
 * A Pagefind index fed one rendered page at a time and written out at the end, through Pagefind's
 * Node API. Runs in a worker thread (`pagefind-worker.ts`): handing Pagefind a page means
 * JSON-encoding, base64-encoding and piping it, work that would otherwise hold up rendering.
 */
import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as pagefind from 'pagefind';

const UNUSED_UI = /^pagefind-(?:ui|modular-ui|component-ui)\.(?:js|css)$/;

export interface IndexReport {
  pages: number;
  languages: string[];
  files: number;
  /** Seconds from finish() until Pagefind had parsed every page handed to it. */
  catchUpSeconds: number;
  /** Seconds Pagefind then took to write the bundle. */
  writeSeconds: number;
}

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>['index']>;

function failure(step: string, errors: string[]): Error {
  return new Error(`Pagefind ${step} failed:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
}

export class PageIndexer {
  #index: Promise<Index>;
  #pending: Promise<string[]>[] = [];
  #stopping = false;

  /** True once the index is being shut down on purpose: its process ending is then expected. */
  get stopping(): boolean {
    return this.#stopping;
  }

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
      const start = performance.now();
      const index = await this.#index;
      const errors = (await Promise.all(this.#pending)).flat();
      if (errors.length) throw failure('indexing', errors);
      const parsed = performance.now();
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw failure('writeFiles', written.errors);
      // Pagefind's own search interfaces (390 KB a bundle); the site has its own and loads only
      // pagefind.js, its worker, wasm and highlighter.
      for (const name of readdirSync(outputPath)) if (UNUSED_UI.test(name)) rmSync(path.join(outputPath, name));
      const done = performance.now();
      // Counted on disk: Pagefind's getFiles() sends every file's bytes back through its pipe
      // (seconds at a thousand stories) only for us to count them.
      const names = readdirSync(outputPath, { recursive: true, withFileTypes: true })
        .filter((entry) => entry.isFile())
        .map((entry) => entry.name);
      return {
        // A page without data-pagefind-body (the 404 page, lists, search) gets no fragment.
        pages: names.filter((n) => n.endsWith('.pf_fragment')).length,
        languages: names.map((n) => /^pagefind\.([\w-]+?)_[0-9a-f]+\.pf_meta$/.exec(n)?.[1]).filter((l): l is string => Boolean(l)),
        files: names.length,
        catchUpSeconds: (parsed - start) / 1000,
        writeSeconds: (done - parsed) / 1000,
      };
    } finally {
      this.#stopping = true;
      await pagefind.close();
    }
  }
}

