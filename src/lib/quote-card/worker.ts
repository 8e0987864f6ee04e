// A worker thread of the card pool (workers.ts): draws the cards it is sent, several at a time (the deflate waits).
import { parentPort } from 'node:worker_threads';
import { drawCard, type CardJob } from './draw.ts';

parentPort?.on('message', ({ id, job }: { id: number; job: CardJob }) => {
  drawCard(job).then(
    (rendered) => parentPort?.postMessage({ id, rendered }),
    (e: unknown) => parentPort?.postMessage({ id, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }),
  );
});
