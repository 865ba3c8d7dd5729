import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import type { DocumentModel } from '@sanxiang/domain';
import type { DocumentSeal } from './document-seal.ts';
import type { PortableSigningKey } from '../../../adapters/keys/document-signing-key.ts';
import type { Digests } from '../../../adapters/blobs/digest-stream.ts';

/** The PDF's embedded signature, made in the worker right after the layout (pdf-sign.ts). */
export interface RenderSigning {
  key: PortableSigningKey;
  signedAt: Date;
}

/** What a worker hands back: both files, the PDF signed when asked, and each file's digests (SHA-256 and SM3). */
export interface Rendered {
  pdf: Buffer;
  docx: Buffer;
  pdfDigests: Digests;
  docxDigests: Digests;
}

/**
 * Documents are rendered off the main thread: a PDF and a Word file take tens of milliseconds of
 * synchronous work (layout, font subsetting, zipping) during which the server could answer
 * nothing else. A pool of worker threads, started on first use and not keeping the process alive,
 * renders them; each worker lowers its own CPU priority (render.worker-main.ts), so that under
 * load the requests go first and documents take the CPU the requests leave. The renderers are the
 * same modules, so the bytes are the same.
 *
 * Size: SANXIANG_RENDER_WORKERS, else one less than the cores (at least one): one core stays for
 * the requests and the database.
 */
export function renderWorkerCount(): number {
  const configured = Number(process.env['SANXIANG_RENDER_WORKERS']);
  if (Number.isInteger(configured) && configured >= 1 && configured <= 32) return configured;
  return Math.max(1, availableParallelism() - 1);
}

interface Job {
  key: string | undefined;
  model: DocumentModel;
  seal: DocumentSeal | undefined;
  signing: RenderSigning | undefined;
  resolve: (r: Rendered) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  job: Job | null;
}

const slots: Slot[] = [];
const queue: Job[] = [];
const urgent = new Set<string>();
let starting: Promise<void> | null = null;

/**
 * The worker's script: in the server's bundle (apps/server/build.mjs) the bundled worker beside the
 * running chunk — `import.meta.dirname` is the bundle's folder there, while `import.meta.url` is
 * rewritten to this source file's address; from the sources, the worker that loads them through tsx.
 */
async function workerScript(): Promise<URL> {
  const here = (import.meta as { dirname?: string }).dirname;
  if (here) {
    const [{ existsSync }, path, { pathToFileURL }] = await Promise.all([import('node:fs'), import('node:path'), import('node:url')]);
    const bundled = path.join(here, 'render-worker.mjs');
    if (existsSync(bundled)) return pathToFileURL(bundled);
  }
  return new URL('./render.worker.mjs', import.meta.url);
}

async function startWorker(): Promise<Slot> {
  const { Worker } = await import('node:worker_threads');
  const w = new Worker(await workerScript(), { execArgv: [] });
  w.unref();
  const slot: Slot = { worker: w, job: null };
  w.on('message', (m: { pdf?: ArrayBuffer; docx?: ArrayBuffer; pdfDigests?: Digests; docxDigests?: Digests; error?: string }) => {
    const job = slot.job;
    slot.job = null;
    w.unref();
    if (job) {
      if (m.error !== undefined || !m.pdf || !m.docx || !m.pdfDigests || !m.docxDigests)
        job.reject(new Error(`文书生成失败：${m.error ?? '无输出'}`));
      else job.resolve({ pdf: Buffer.from(m.pdf), docx: Buffer.from(m.docx), pdfDigests: m.pdfDigests, docxDigests: m.docxDigests });
    }
    dispatch();
  });
  const fail = (e: Error) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    slot.job?.reject(e);
    slot.job = null;
    // the others go on; a new worker replaces this one on the next render
    if (queue.length) void ensureWorkers().then(dispatch);
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`文书生成进程意外退出（${code}）`)));
  return slot;
}

async function ensureWorkers(): Promise<void> {
  starting ??= (async () => {
    const want = renderWorkerCount();
    while (slots.length < want) slots.push(await startWorker());
  })().finally(() => (starting = null));
  await starting;
}

function dispatch(): void {
  for (const slot of slots) {
    if (!queue.length) return;
    if (slot.job) continue;
    const job = queue.shift()!;
    slot.job = job;
    // while a render is under way the worker holds the process open; idle, it does not
    slot.worker.ref();
    slot.worker.postMessage({ model: job.model, seal: job.seal, signing: job.signing });
  }
}

/**
 * Renders a document; `key` (the document's id) lets a waiting reader move it ahead (expediteRender).
 * With `signing`, the worker also embeds the PDF's signature: layout, signing and both files' digests
 * all run at the worker's low priority, and the main thread only stores and records the files.
 */
export async function renderDocument(model: DocumentModel, seal?: DocumentSeal, key?: string, signing?: RenderSigning): Promise<Rendered> {
  const done = new Promise<Rendered>((resolve, reject) => {
    const job = { key, model, seal, signing, resolve, reject };
    if (key !== undefined && urgent.delete(key)) queue.unshift(job);
    else queue.push(job);
  });
  await ensureWorkers();
  dispatch();
  return done;
}

/**
 * Someone is waiting for this document (a download): its render goes to the front of the queue,
 * before the documents filed earlier that nobody has asked for yet.
 */
export function expediteRender(key: string): void {
  const i = queue.findIndex((j) => j.key === key);
  if (i > 0) queue.unshift(...queue.splice(i, 1));
  // not queued yet (its filing is still being read): it goes first when it comes
  else if (i < 0 && !slots.some((s) => s.job?.key === key)) {
    if (urgent.size > 1000) urgent.clear();
    urgent.add(key);
  }
}

/** Stops the workers (for a clean shutdown). */
export async function stopRenderWorker(): Promise<void> {
  const all = slots.splice(0);
  await Promise.all(all.map((s) => s.worker.terminate()));
}
