import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await createHarness();
});
afterAll(async () => h?.close());

describe('people and certificates (R-X-1)', () => {
  it('an administrator adds an officer, registers a certificate, and the officer can sign in', async () => {
    const admin = await h.token('scjg.admin');
    const created = await h.request(admin, 'POST', '/api/v1/users', {
      agencyId: h.agency('scjg'),
      username: 'scjg.newofficer',
      displayName: '新队员',
      post: '执法队员',
      roles: ['officer'],
      password: 'Abcdef12!',
    });
    expect(created.statusCode, created.body).toBe(201);
    const userId = created.json().id as string;
    const cert = await h.request(admin, 'POST', `/api/v1/users/${userId}/certificates`, {
      number: '13043301000999',
      fields: ['市场监管'],
      regions: ['130433'],
      validFrom: '2026-01-01',
      validTo: '2029-12-31',
      issuedBy: '邯郸市人民政府',
    });
    expect(cert.statusCode, cert.body).toBe(201);
    expect(cert.json()).toMatchObject({ number: '13043301000999', status: 'valid', statusName: '有效', holder: '新队员' });
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'scjg.newofficer', password: 'Abcdef12!' },
    });
    expect(login.statusCode).toBe(200);
  });

  it("shows each certificate's effective status: valid, suspended, expired", async () => {
    const users = (await h.request(await h.token('scjg.juzhang'), 'GET', `/api/v1/users?agencyId=${h.agency('scjg')}`)).json() as {
      username: string;
      certificates: { statusName: string }[];
    }[];
    const status = (u: string) => users.find((x) => x.username === u)?.certificates[0]?.statusName;
    expect(status('scjg.liming')).toBe('有效');
    expect(status('scjg.zhaoqiang')).toBe('暂扣');
    expect(status('scjg.liuyang')).toBe('过期');
  });

  it('revocation is final and needs a reason', async () => {
    const admin = await h.token('scjg.admin');
    const certId = (await h.request(admin, 'GET', `/api/v1/users/${h.user('scjg.o4')}`)).json().certificates[0].id as string;
    const noReason = await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, { status: 'revoked', reason: '' });
    expect(noReason.statusCode).toBe(400);
    const revoked = await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, { status: 'revoked', reason: '调离执法岗位' });
    expect(revoked.json().statusName).toBe('吊销');
    const back = await h.request(admin, 'POST', `/api/v1/certificates/${certId}/status`, { status: 'valid', reason: '恢复' });
    expect(back.statusCode).toBe(409);
  });

  it('refuses non-administrators, duplicate usernames and certificate numbers, weak passwords and unknown regions', async () => {
    const officer = await h.token('scjg.liming');
    const body = { agencyId: h.agency('scjg'), username: 'scjg.someone', displayName: '某人', roles: ['officer'], password: 'Abcdef12!' };
    const byOfficer = await h.request(officer, 'POST', '/api/v1/users', body);
    expect(byOfficer.statusCode).toBe(403);
    expect(errorCode(byOfficer)).toBe('FORBIDDEN_ROLE');
    const admin = await h.token('scjg.admin');
    const dup = await h.request(admin, 'POST', '/api/v1/users', { ...body, username: 'scjg.liming' });
    expect(dup.statusCode).toBe(409);
    const weak = await h.request(admin, 'POST', '/api/v1/users', { ...body, password: 'abcdefgh' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().error.message).toContain('至少两类');
    const badRole = await h.request(admin, 'POST', '/api/v1/users', { ...body, roles: ['king'] });
    expect(badRole.statusCode).toBe(400);
    const dupCert = await h.request(admin, 'POST', `/api/v1/users/${h.user('scjg.o5')}/certificates`, {
      number: '13043301000101',
      fields: ['市场监管'],
      regions: ['130433'],
      validFrom: '2026-01-01',
      validTo: '2027-01-01',
    });
    expect(dupCert.statusCode).toBe(409);
    const badRegion = await h.request(admin, 'POST', `/api/v1/users/${h.user('scjg.o5')}/certificates`, {
      number: '13043301000555',
      fields: ['市场监管'],
      regions: ['999999'],
      validFrom: '2027-01-01',
      validTo: '2026-01-01',
    });
    expect(badRegion.statusCode).toBe(400);
    expect(badRegion.json().error.details.problems).toHaveLength(2);
  });
});
