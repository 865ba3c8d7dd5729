import { createHash } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** A strong validator of a body: its SHA-256, shortened (collisions are not a concern for caching). */
export const etagOf = (body: string | Buffer) => `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;

/** Whether the request's If-None-Match names this ETag (weak or strong, or `*`). */
export function notModified(req: FastifyRequest, etag: string): boolean {
  const inm = req.headers['if-none-match'];
  if (!inm) return false;
  return inm.split(',').some((t) => {
    const tag = t.trim();
    return tag === '*' || tag.replace(/^W\//, '') === etag;
  });
}

/**
 * Sends a body with `Cache-Control` and a strong ETag, or 304 without it when the client (or a
 * cache in front: docs/deploy.md) already holds it (issue 23: repeats cost no rendering and no
 * transfer).
 */
export function sendConditional(req: FastifyRequest, reply: FastifyReply, type: string, body: string | Buffer, cacheControl: string) {
  const etag = etagOf(body);
  reply.header('cache-control', cacheControl).header('etag', etag).type(type);
  if (notModified(req, etag)) return reply.status(304).send();
  return reply.send(body);
}
