import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../test/harness.ts';

/**
 * Issue 17, weakness 9: a body sent a byte at a time does not hold a connection open for minutes.
 * The server's request timeout (120 s in service, 2 s here) ends such a request with 408.
 */
let h: Harness;
let port: number;
beforeAll(async () => {
  h = await createHarness({ requestTimeoutMs: 2_000 });
  const url = await h.app.listen({ port: 0, host: '127.0.0.1' });
  port = Number(new URL(url).port);
});
afterAll(async () => h?.close());

describe('a request trickled in a byte at a time', () => {
  it('is ended by the server (408) while the client is still sending, and no session is opened', async () => {
    const sessions = async () => Number((await h.tdb.pool.query('SELECT count(*) AS n FROM sessions')).rows[0].n);
    const before = await sessions();
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    let closed = false;
    socket.on('data', (d) => (answer += d.toString('utf8')));
    socket.on('close', () => (closed = true));
    socket.on('error', () => (closed = true));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write('POST /api/v1/auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n');
    // one byte every 500 ms: the whole body would take 100 s; the client gives up after 20 bytes (10 s)
    let sent = 0;
    while (!closed && sent < 20) {
      socket.write('{');
      sent++;
      await new Promise((r) => setTimeout(r, 500));
    }
    socket.destroy();
    expect(closed, `the server still held the connection after ${sent} bytes`).toBe(true);
    expect(sent).toBeLessThan(20);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(await sessions()).toBe(before);
  });
});

describe('a request the HTTP parser refuses', () => {
  it('a request line with raw Chinese characters gets 400 with a code and a Chinese message', async () => {
    const socket = connect(port, '127.0.0.1');
    let answer = '';
    socket.on('data', (d) => (answer += d.toString('utf8')));
    const closed = new Promise<void>((r) => socket.on('close', () => r()));
    await new Promise<void>((r) => socket.once('connect', () => r()));
    socket.write(Buffer.from('GET /search?law=食品安全法 HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n', 'utf8'));
    await closed;
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    const body = JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('BAD_REQUEST');
    expect(body.error.message).toContain('百分号编码');
  });
});
