import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * Bounded concurrency for the staff API's writes (issue 20 item 7): at most `limit` of them are
 * worked on at once; the others wait their turn in arrival order.
 *
 * Why: the server interleaves every request it has accepted. With 32 officers' requests in flight
 * on two cores, each one advanced a little at a time, so a filing that needs 20 ms of work took
 * 32 × longer than alone (the whole-case p95 was ≈ 1 s while half of all requests took under 0.1 s).
 * Working on a few at a time and queueing the rest gives each request about the same wait —
 * first come, first served — at the same throughput: a few in flight keep both cores and the
 * database busy while one waits for its commit.
 *
 * A request takes its place once its body has arrived and been checked, just before its handler.
 * Reads (GET), the upload protocol (long transfers) and everything outside /api/v1/ are not
 * counted. A queue longer than `maxQueue` is answered 503 SERVER_BUSY with Retry-After at once
 * rather than held.
 */
export interface AdmissionOptions {
  /** writes worked on at once (SANXIANG_API_CONCURRENCY, default 16) */
  limit: number;
  /** writes allowed to wait (default 1,000) */
  maxQueue: number;
}

export interface AdmissionStats {
  active: number;
  waiting: number;
  /** the most writes ever worked on at once (tests check the bound) */
  maxActive: number;
  refused: number;
}

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function counted(req: FastifyRequest): boolean {
  if (!WRITES.has(req.method)) return false;
  const url = req.url;
  return url.startsWith('/api/v1/') && !url.startsWith('/api/v1/uploads');
}

export function admissionFromEnv(env: NodeJS.ProcessEnv = process.env): AdmissionOptions {
  const n = Number(env['SANXIANG_API_CONCURRENCY']);
  return { limit: Number.isInteger(n) && n >= 1 && n <= 1024 ? n : 16, maxQueue: 1000 };
}

export function installAdmission(app: FastifyInstance, options: AdmissionOptions): AdmissionStats {
  const stats: AdmissionStats = { active: 0, waiting: 0, maxActive: 0, refused: 0 };
  const queue: (() => void)[] = [];

  const next = () => {
    const go = queue.shift();
    if (go) {
      stats.waiting = queue.length;
      go();
    }
  };

  const admit = (reply: FastifyReply, done: () => void) => {
    stats.active += 1;
    stats.maxActive = Math.max(stats.maxActive, stats.active);
    // released once, when the response is finished or the connection closed, whatever happened
    reply.raw.once('close', () => {
      stats.active -= 1;
      next();
    });
    done();
  };

  // after the body has arrived and the session is checked (preHandler): a client trickling its body
  // in holds a connection, not one of the places
  app.addHook('preHandler', (req, reply, done) => {
    if (!counted(req)) return done();
    if (stats.active < options.limit) return admit(reply, done);
    if (queue.length >= options.maxQueue) {
      stats.refused += 1;
      void reply
        .status(503)
        .header('retry-after', '5')
        .send({ error: { code: 'SERVER_BUSY', message: '服务器正忙，请稍后再试' } });
      return;
    }
    queue.push(() => {
      // the client left while waiting: its turn passes on
      // (the request stream itself is done once its body was read: the socket tells whether the client is there)
      if (reply.raw.destroyed || req.raw.socket?.destroyed === true) {
        next();
        return;
      }
      admit(reply, done);
    });
    stats.waiting = queue.length;
  });
  return stats;
}
