import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, type Harness } from '../../test/harness.ts';
import { loadCaseFacts, redactionContext } from './publication.source.ts';
import { penaltyCaseBody } from '../../test/filing.ts';

/**
 * What a publication is derived from (R-PUB-4, R-PUB-5): the case's officers, each once, with the
 * certificate in force — an officer's earlier or revoked certificates stay on record beside it.
 */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-09-25T02:00:00Z' });
});
afterAll(async () => h?.close());

const SJ = ['市场监管'];

async function registerCertificate(userKey: string, body: { number: string; validFrom: string; validTo: string }): Promise<string> {
  const r = await h.request(await h.token('scjg.admin'), 'POST', `/api/v1/users/${h.user(userKey)}/certificates`, {
    ...body,
    fields: SJ,
    regions: ['130433'],
  });
  expect(r.statusCode, r.body).toBe(201);
  return r.json().id as string;
}

describe('R-PUB-5 publication source: the case officers as the publication sees them', () => {
  it('R-PUB-5: an officer with an expired earlier certificate, or a revoked later one, appears once with the certificate in force', async () => {
    // 李明 (scjg.o1) held a certificate that ended in 2021 before his current one (valid to 2028)
    await registerCertificate('scjg.o1', { number: '13043301990101', validFrom: '2016-01-01', validTo: '2021-12-31' });
    // 王芳 (scjg.o2) was issued a later certificate that was then revoked: her valid one stays current
    const revoked = await registerCertificate('scjg.o2', { number: '13043301990102', validFrom: '2026-01-01', validTo: '2030-12-31' });
    const status = await h.request(await h.token('scjg.admin'), 'POST', `/api/v1/certificates/${revoked}/status`, {
      status: 'revoked',
      reason: '发证错误，予以吊销',
    });
    expect(status.statusCode, status.body).toBe(200);

    const open = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', penaltyCaseBody(h, '2026-09-24'));
    expect(open.statusCode, open.body).toBe(201);

    const facts = (await loadCaseFacts(h.tdb.db, open.json().id))!;
    const officials = [...facts.officials].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    expect(officials).toEqual([
      { name: '李明', certificate: '13043301000101' },
      { name: '王芳', certificate: '13043301000102' },
    ]);
    expect(redactionContext(facts).officials).toHaveLength(2);
  });
});
