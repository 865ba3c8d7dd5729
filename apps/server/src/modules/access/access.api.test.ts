import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessHash } from '@sanxiang/domain';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { runDemoCases } from '../../test/demo-cases.ts';
import { accessBodyOfRow } from './access.service.ts';
import { recordTimes } from '../../test/record-times.ts';

let h: Harness;
let seizureCase: string;
const REASON = encodeURIComponent('执法监督检查');

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  seizureCase = (await runDemoCases(h)).find((c) => c.scenario.procedure === 'coercion-seizure')!.id;
});
afterAll(async () => h?.close());

describe('R-REC-7 调阅监督: every view and download is logged with who, when and why, in the ledger', () => {
  it('a 司法局 supervisor opens a case and downloads its video; both are logged and enter the ledger', async () => {
    const sfj = await h.token('sfj.jiandu');
    expect(errorCode(await h.request(sfj, 'GET', `/api/v1/cases/${seizureCase}/evidence`))).toBe('ACCESS_REASON_REQUIRED');
    const list = await h.request(sfj, 'GET', `/api/v1/cases/${seizureCase}/evidence?reason=${REASON}`);
    expect(list.statusCode, list.body).toBe(200);
    const video = (list.json() as { id: string; mediaKind: string; sha256: string; sm3: string; step: string }[]).find(
      (e) => e.mediaKind === 'video',
    )!;
    expect(video.step).toBe('impose');
    expect(errorCode(await h.request(sfj, 'GET', `/api/v1/evidence/${video.id}/content`))).toBe('ACCESS_REASON_REQUIRED');
    const dl = await h.request(sfj, 'GET', `/api/v1/evidence/${video.id}/content?reason=${REASON}`);
    expect(dl.statusCode).toBe(200);
    expect(dl.headers['content-type']).toBe('video/x-msvideo');
    expect(createHash('sha256').update(dl.rawPayload).digest('hex')).toBe(video.sha256);
    expect(createHash('sm3').update(dl.rawPayload).digest('hex')).toBe(video.sm3);

    const log = (await h.request(sfj, 'GET', `/api/v1/access-log?caseId=${seizureCase}`)).json() as {
      action: string;
      reason: string;
      actorName: string;
      targetKind: string;
    }[];
    expect(log.map((l) => [l.action, l.targetKind, l.actorName, l.reason])).toEqual([
      ['download', 'evidence', '周文涛', '执法监督检查'],
      ['view', 'evidence-list', '周文涛', '执法监督检查'],
    ]);
    // each entry is hashed and sequenced into the viewed agency's ledger
    const rows = await h.tdb.db.selectFrom('access_events').selectAll().where('case_id', '=', seizureCase).execute();
    for (const r of rows) expect(accessHash(accessBodyOfRow(r)).equals(r.hash)).toBe(true);
    await h.ledger.sequence(rows[0]!.agency_id);
    const leaves = await h.tdb.db.selectFrom('ledger_leaves').select(['source', 'leaf_hash']).where('source', '=', 'access').execute();
    expect(leaves.map((l) => l.leaf_hash.toString('hex'))).toEqual(expect.arrayContaining(rows.map((r) => r.hash.toString('hex'))));
    // the log cannot be edited
    await expect(h.tdb.db.deleteFrom('access_events').execute()).rejects.toThrow(/append-only/);
  });

  it("the case's own officers read without stating a reason; it is recorded as 承办本案", async () => {
    const officer = await h.token('zhzf.zhoujie');
    expect((await h.request(officer, 'GET', `/api/v1/cases/${seizureCase}`)).statusCode).toBe(200);
    const log = (await h.request(await h.token('zhzf.juzhang'), 'GET', `/api/v1/access-log?caseId=${seizureCase}&limit=1`)).json();
    expect(log[0]).toMatchObject({ action: 'view', reason: '承办本案', actorName: '周杰' });
    // an officer not on the case must say why
    expect(errorCode(await h.request(await h.token('zhzf.gaoyan'), 'GET', `/api/v1/cases/${seizureCase}`))).toBe('ACCESS_REASON_REQUIRED');
  });

  it('lists every record about one party across the agencies in scope, logged', async () => {
    const sfj = await h.token('sfj.jiandu');
    const res = await h.request(sfj, 'GET', `/api/v1/party-records?creditCode=${COMPANY_A.creditCode}&reason=${REASON}`);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as { party: { name: string }; cases: { agency: string; events: number }[] };
    expect(body.party.name).toBe(COMPANY_A.name);
    expect(body.cases.length).toBeGreaterThan(1);
    expect(body.cases.every((c) => c.events > 0)).toBe(true);
    expect(errorCode(await h.request(sfj, 'GET', `/api/v1/party-records?creditCode=${COMPANY_A.creditCode}`))).toBe(
      'ACCESS_REASON_REQUIRED',
    );
    expect(errorCode(await h.request(sfj, 'GET', `/api/v1/party-records?reason=${REASON}`))).toBe('VALIDATION_FAILED');
    const partyLog = await h.tdb.db.selectFrom('access_events').selectAll().where('target_kind', '=', 'party').execute();
    expect(partyLog.length).toBeGreaterThan(0);
    expect(errorCode(await h.request(await h.token('scjg.liming'), 'GET', '/api/v1/access-log'))).toBe('FORBIDDEN_ROLE');
  });
});

describe('R-REC-3 音像记录事项清单 per agency', () => {
  it('shows the list, refuses lowering a full-process item, and a raised item is enforced', async () => {
    const admin = await h.token('scjg.admin');
    const agency = h.agency('scjg');
    const list = (await h.request(admin, 'GET', `/api/v1/agencies/${agency}/recording-list`)).json() as {
      procedure: string;
      step: string;
      level: string;
    }[];
    expect(list.find((i) => i.procedure === 'coercion-seizure' && i.step === 'impose')?.level).toBe('full-process');
    const lower = await h.request(admin, 'PUT', `/api/v1/agencies/${agency}/recording-list`, {
      items: [{ procedure: 'coercion-seizure', step: 'impose', level: 'record', what: '现场' }],
    });
    expect(errorCode(lower)).toBe('VALIDATION_FAILED');
    expect(
      errorCode(
        await h.request(await h.token('scjg.liming'), 'PUT', `/api/v1/agencies/${agency}/recording-list`, {
          items: [{ procedure: 'penalty-general', step: 'inquire', level: 'record', what: '询问过程' }],
        }),
      ),
    ).toBe('FORBIDDEN_ROLE');
    const raise = await h.request(admin, 'PUT', `/api/v1/agencies/${agency}/recording-list`, {
      items: [{ procedure: 'penalty-general', step: 'inquire', level: 'full-process', what: '询问过程' }],
    });
    expect(raise.statusCode, raise.body).toBe(200);

    const opened = await h.request(await h.token('scjg.liming'), 'POST', '/api/v1/cases', {
      procedure: 'penalty-general',
      title: '询问录像测试',
      field: '市场监管',
      regionCode: '130433100',
      party: COMPANY_A,
      officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
      inputs: { source: 'inspection', clueOn: '2026-11-13', summary: '测试。' },
    });
    const id = opened.json().id as string;
    const inquire = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${id}/steps`, {
      step: 'inquire',
      inputs: { ...recordTimes(h.clock.now()), officers: [h.user('scjg.o1'), h.user('scjg.o2')], person: '钱立新', summary: '询问。' },
    });
    expect(inquire.statusCode).toBe(422);
    expect(errorCode(inquire)).toBe('RECORDING_MISSING');
    expect(inquire.json().error.message).toContain('询问过程');
  });
});
