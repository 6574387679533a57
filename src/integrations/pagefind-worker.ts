/** The worker thread behind the Pagefind integration: one PageIndexer, driven by messages. */
import { parentPort } from 'node:worker_threads';
import { PageIndexer, type IndexReport } from './pagefind-indexer.ts';

export type IndexerRequest = { type: 'add'; url: string; content: string } | { type: 'finish'; outputPath: string };
export type IndexerReply = { report: IndexReport } | { error: string };

if (parentPort) {
  const port = parentPort;
  const indexer = new PageIndexer();
  port.on('message', (request: IndexerRequest) => {
    if (request.type === 'add') return indexer.add(request.url, request.content);
    indexer.finish(request.outputPath).then(
      (report) => port.postMessage({ report } satisfies IndexerReply),
      (error: unknown) => port.postMessage({ error: error instanceof Error ? error.message : String(error) } satisfies IndexerReply),
    );
  });
}
