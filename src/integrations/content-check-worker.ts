/**
 * The content check in a worker thread, so that a build checks its content while Astro reads the
 * same files (src/integrations/content-check.ts). Answers with the problem lines, none when valid.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { checkContent, formatLocated } from '../lib/content-check.ts';

const { problems } = await checkContent((workerData as { root: string }).root);
parentPort!.postMessage(problems.map(formatLocated));
