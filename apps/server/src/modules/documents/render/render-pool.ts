import type { Worker } from 'node:worker_threads';
import type { DocumentModel } from '@sanxiang/domain';
import type { DocumentSeal } from './document-seal.ts';

/**
 * Documents are rendered off the main thread: a PDF and a Word file take tens of milliseconds of
 * synchronous work (layout, font subsetting, zipping) during which the server could answer
 * nothing else. One worker thread, started on first use and not keeping the process alive,
 * renders them in turn; the renderers are the same modules, so the bytes are the same.
 */
let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: { pdf: Buffer; docx: Buffer }) => void; reject: (e: Error) => void }>();

async function getWorker(): Promise<Worker> {
  if (worker) return worker;
  const { Worker } = await import('node:worker_threads');
  const w = new Worker(new URL('./render.worker.mjs', import.meta.url), { execArgv: [] });
  w.unref();
  w.on('message', (m: { id: number; pdf?: ArrayBuffer; docx?: ArrayBuffer; error?: string }) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (m.error !== undefined || !m.pdf || !m.docx) p.reject(new Error(`文书生成失败：${m.error ?? '无输出'}`));
    else p.resolve({ pdf: Buffer.from(m.pdf), docx: Buffer.from(m.docx) });
  });
  const fail = (e: Error) => {
    if (worker === w) worker = null;
    for (const [id, p] of pending) {
      pending.delete(id);
      p.reject(e);
    }
  };
  w.on('error', fail);
  w.on('exit', (code) => fail(new Error(`文书生成进程意外退出（${code}）`)));
  worker = w;
  return w;
}

export async function renderDocument(model: DocumentModel, seal?: DocumentSeal): Promise<{ pdf: Buffer; docx: Buffer }> {
  const w = await getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    // while a render is under way the worker holds the process open; idle, it does not
    w.ref();
    const done = () => {
      if (pending.size === 0) w.unref();
    };
    pending.set(id, {
      resolve: (r) => {
        done();
        resolve(r);
      },
      reject: (e) => {
        done();
        reject(e);
      },
    });
    w.postMessage({ id, model, seal });
  });
}

/** Stops the worker (for a clean shutdown). */
export async function stopRenderWorker(): Promise<void> {
  const w = worker;
  worker = null;
  if (w) await w.terminate();
}
