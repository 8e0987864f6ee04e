import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CardJob } from './draw.ts';
import type { Rendered } from './render.ts';

/**
 * Draws cards in worker threads while Astro renders the pages on the main thread: one thread per core but the one the
 * rendering uses (at least one). At 10 000 testimonies (20 000 cards) the drawing on the main thread made the build
 * twice as long.
 * Written with node:worker_threads (about forty lines, one kind of job) rather than a pool library, none of which is in
 * the dependency tree. The worker is the TypeScript source, run by Node 24's type stripping: the build's bundle has no
 * file of its own for it. A worker holds the process open only while it has cards to draw.
 */
const WORKER_FILE = join(process.cwd(), 'src/lib/quote-card/worker.ts');
/** Cards in flight per worker: it composes the next while the previous one is compressed. */
const IN_FLIGHT = 2;

interface Slot {
  worker: Worker;
  busy: number;
}
type Waiting = { resolve: (r: Rendered) => void; reject: (e: Error) => void };

let slots: Slot[] | undefined;
const waiting = new Map<number, Waiting>();
const queue: { id: number; job: CardJob }[] = [];
let nextId = 0;

function start(): Slot[] {
  return Array.from({ length: Math.max(1, availableParallelism() - 1) }, () => {
    const slot: Slot = { worker: new Worker(WORKER_FILE), busy: 0 };
    slot.worker.unref();
    slot.worker.on('message', ({ id, rendered, error }: { id: number; rendered?: Rendered; error?: string }) => {
      const w = waiting.get(id);
      waiting.delete(id);
      slot.busy -= 1;
      if (slot.busy === 0) slot.worker.unref();
      if (error !== undefined || !rendered) w?.reject(new Error(`carte de citation non dessinée : ${error ?? '?'}`));
      else w?.resolve(rendered);
      dispatch();
    });
    slot.worker.on('error', (e: unknown) => {
      const error = e instanceof Error ? e : new Error(String(e));
      for (const w of waiting.values()) w.reject(error);
      waiting.clear();
    });
    return slot;
  });
}

function dispatch(): void {
  slots ??= start();
  for (const slot of slots)
    while (slot.busy < IN_FLIGHT && queue.length > 0) {
      const next = queue.shift()!;
      if (slot.busy === 0) slot.worker.ref();
      slot.busy += 1;
      slot.worker.postMessage(next);
    }
}

/** The card's PNG file (cache or drawn now), drawn in a worker thread. */
export function drawInWorker(job: CardJob): Promise<Rendered> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    waiting.set(id, { resolve, reject });
    queue.push({ id, job });
    dispatch();
  });
}
