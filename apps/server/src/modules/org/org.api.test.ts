import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { creditCode } from '../../demo/demo-org.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';

/** Setting up an organisation without the demo: agencies, units, people, certificates, a first case. */
let h: Harness;
beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
});
afterAll(async () => h?.close());

const NEW_AGENCY = {
  name: '馆陶县应急管理局',
  creditCode: creditCode('11130433000013199'),
  kind: 'enforcement',
  regionCode: '130433',
  fields: ['应急管理'],
  procedureKinds: ['行政处罚', '行政检查'],
  shortName: '馆应急',
};

describe('setting up agencies (R-X-5)', () => {
  it('a 司法局 administrator sets up an agency in its region; its staff then open its first case', async () => {
    const sfj = await h.token('sfj.admin');
    const created = await h.request(sfj, 'POST', '/api/v1/agencies', NEW_AGENCY);
    expect(created.statusCode, created.body).toBe(201);
    const agency = created.json();
    expect(agency).toMatchObject({
      name: '馆陶县应急管理局',
      shortName: '馆应急',
      numberTemplate: '{short}{word}〔{year}〕{seq}号',
      regionName: '馆陶县',
    });
    const unit = await h.request(sfj, 'POST', `/api/v1/agencies/${agency.id}/units`, { name: '执法大队', kind: 'handling' });
    expect(unit.statusCode, unit.body).toBe(201);
    // The supervisor of the region sees it at once.
    const seen = (await h.request(await h.token('sfj.jiandu'), 'GET', '/api/v1/agencies')).json() as { name: string }[];
    expect(seen.map((a) => a.name)).toContain('馆陶县应急管理局');
    // People and certificates for it, by the same administrator.
    const ids: string[] = [];
    for (const [username, name] of [
      ['yj.o1', '应急一'],
      ['yj.o2', '应急二'],
    ] as const) {
      const u = await h.request(sfj, 'POST', '/api/v1/users', {
        agencyId: agency.id,
        unitId: unit.json().id,
        username,
        displayName: name,
        roles: ['officer'],
        password: 'Yingji-2026',
      });
      expect(u.statusCode, u.body).toBe(201);
      ids.push(u.json().id);
      const c = await h.request(sfj, 'POST', `/api/v1/users/${u.json().id}/certificates`, {
        number: `1304330900${ids.length}`,
        fields: ['应急管理'],
        regions: ['130433'],
        validFrom: '2026-01-01',
        validTo: '2028-12-31',
      });
      expect(c.statusCode, c.body).toBe(201);
    }
    const login = await h.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'yj.o1', password: 'Yingji-2026' },
    });
    const token = login.json().token as string;
    const caseBody = {
      procedure: 'penalty-general',
      title: '未按规定开展安全生产教育培训案',
      field: '应急管理',
      regionCode: '130433101',
      party: COMPANY_A,
      officerIds: ids,
      inputs: { source: 'inspection', clueOn: '2026-11-13', summary: '检查发现未开展安全培训。' },
    };
    const opened = await h.request(token, 'POST', '/api/v1/cases', caseBody);
    expect(opened.statusCode, opened.body).toBe(201);
    expect(opened.json().number).toBe('馆应急罚〔2026〕1号');
    // The agency changes its numbering rule; the next case follows it.
    const patched = await h.request(sfj, 'PATCH', `/api/v1/agencies/${agency.id}`, {
      numberTemplate: '{short}{word}字〔{year}〕第{seq}号',
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const second = await h.request(token, 'POST', '/api/v1/cases', caseBody);
    expect(second.json().number).toBe('馆应急罚字〔2026〕第2号');
  });

  it('refuses what an administrator may not do', async () => {
    const agencyAdmin = await h.token('scjg.admin');
    const topLevel = await h.request(agencyAdmin, 'POST', '/api/v1/agencies', {
      ...NEW_AGENCY,
      name: '某局',
      creditCode: creditCode('11130433000013198'),
    });
    expect(topLevel.statusCode).toBe(403);
    expect(topLevel.json().error.message).toContain('下属机关');
    const sub = await h.request(agencyAdmin, 'POST', '/api/v1/agencies', {
      ...NEW_AGENCY,
      name: '馆陶县市场监督管理局房寨镇市场监督管理所',
      creditCode: creditCode('11130433000013197'),
      regionCode: '130433101',
      parentId: h.agency('scjg'),
      shortName: '馆市监房寨所',
      fields: ['市场监管'],
    });
    expect(sub.statusCode, sub.body).toBe(201);
    const mine = (await h.request(await h.token('scjg.juzhang'), 'GET', '/api/v1/agencies')).json() as { name: string }[];
    expect(mine.map((a) => a.name)).toContain('馆陶县市场监督管理局房寨镇市场监督管理所');
    const officer = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/agencies/${h.agency('scjg')}/units`, {
      name: '新科室',
      kind: 'office',
    });
    expect(officer.statusCode).toBe(403);
    const sfj = await h.token('sfj.admin');
    const badCode = await h.request(sfj, 'POST', '/api/v1/agencies', { ...NEW_AGENCY, name: '某某局', creditCode: '11130433000013101Z' });
    expect(badCode.statusCode).toBe(400);
    const outside = await h.request(sfj, 'POST', '/api/v1/agencies', {
      ...NEW_AGENCY,
      name: '广平县应急管理局',
      creditCode: creditCode('11130432000013101'),
      regionCode: '130432',
    });
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.message).toContain('辖区');
    const dup = await h.request(sfj, 'POST', '/api/v1/agencies', NEW_AGENCY);
    expect(dup.statusCode).toBe(409);
    const badTemplate = await h.request(sfj, 'PATCH', `/api/v1/agencies/${h.agency('zhzf')}`, { numberTemplate: '{short}〔{year}〕' });
    expect(badTemplate.statusCode).toBe(400);
    expect(errorCode(badTemplate)).toBe('VALIDATION_FAILED');
  });
});
