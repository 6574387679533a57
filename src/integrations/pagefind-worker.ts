/**
 * The worker thread behind the Pagefind integration: one PageIndexer, driven by messages.
 *
 * Pages arrive numbered in Astro's path order but, with two pages rendered at a time, not always
 * in that order; Pagefind's output depends on the order pages are added, so they are added in
 * number order (an early page waits for the ones before it) and the index is the same bytes on
 * every build. A path with nothing to index still sends its number.
 */
import childProcess from 'node:child_process';
import os from 'node:os';
import { parentPort } from 'node:worker_threads';
import { PageIndexer, type IndexReport } from './pagefind-indexer.ts';
import { searchablePart } from './pagefind-searchable.ts';

export type IndexerRequest =
  | { type: 'pages'; pages: PageMessage[] }
  | { type: 'finish'; outputPath: string };
/** A path's number in Astro's order, with its HTML when it has some to index. */
export interface PageMessage {
  seq: number;
  url?: string;
  html?: Uint8Array;
}
export type IndexerReply = { report: IndexReport } | { error: string };

function reply(message: IndexerReply): void {
  parentPort!.postMessage(message);
}

/**
 * Pagefind's Node API does not notice its process dying (killed for memory, say): requests would
 * wait forever. Its process is started through child_process.spawn, so watch what that starts.
 */
function watchPagefindProcess(expected: () => boolean): void {
  const spawn = childProcess.spawn;
  childProcess.spawn = ((...args: Parameters<typeof spawn>) => {
    const child = spawn(...args);
    child.on('exit', (code, signal) => {
      if (expected()) return;
      reply({ error: `the Pagefind process stopped unexpectedly (${signal ? `signal ${signal}` : `exit code ${code}`})` });
      process.exit(1);
    });
    return child;
  }) as typeof spawn;
}

/**
 * Rendering is the build's critical path; indexing only has to keep up with it. On Linux a
 * thread's priority is its own and what it starts inherits it, so lowering this thread's priority
 * before Pagefind's process is spawned leaves rendering the first claim on the cores (faster page
 * generation for a slightly longer wait after the last page: see BENCHMARKS.md). Elsewhere (macOS, Windows) the call would lower the whole build's
 * priority, so it is made on Linux only; where it is not permitted, indexing runs as before.
 */
/** How much less priority than the build's own indexing takes (Linux niceness runs from -20 to 19). */
const INDEXING_NICENESS = 10;
function lowerPriority(): void {
  if (process.platform !== 'linux') return;
  try {
    // Relative to the build's own priority: a build already started with `nice` keeps the gap.
    os.setPriority(Math.min(19, os.getPriority() + INDEXING_NICENESS));
  } catch {
    // Not permitted here: nothing to change.
  }
}

if (parentPort) {
  lowerPriority();
  // Watch first: the indexer starts Pagefind's process as it is made.
  let indexer: PageIndexer | undefined;
  watchPagefindProcess(() => indexer?.stopping ?? false);
  indexer = new PageIndexer();
  const held = new Map<number, PageMessage>();
  let next = 0;
  const decoder = new TextDecoder();
  const release = (page: PageMessage) => {
    // Once any page marks its content with data-pagefind-body, Pagefind skips pages without it
    // (lists, search, 404); not sending them saves parsing them.
    const content = page.html && searchablePart(decoder.decode(page.html));
    if (page.url !== undefined && content !== undefined) indexer!.add(page.url, content);
  };
  parentPort.on('message', (request: IndexerRequest) => {
    if (request.type === 'pages') {
      for (const page of request.pages) held.set(page.seq, page);
      while (held.has(next)) {
        release(held.get(next)!);
        held.delete(next++);
      }
      return;
    }
    // Paths Astro never rendered leave gaps; whatever waits behind them goes in, still in order.
    for (const seq of [...held.keys()].sort((a, b) => a - b)) release(held.get(seq)!);
    held.clear();
    indexer!.finish(request.outputPath).then(
      (report) => reply({ report }),
      (error: unknown) => reply({ error: error instanceof Error ? error.message : String(error) }),
    );
  });
}
