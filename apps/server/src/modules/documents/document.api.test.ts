import { createHash, createPublicKey, verify } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocument, canonicalJson } from '@sanxiang/domain';
import { createHarness, type Harness } from '../../test/harness.ts';
import { COMPANY_A } from '../../demo/demo-cases.ts';
import { attachMedia } from '../../test/evidence.ts';
import { penaltyCaseBody, approveFiling } from '../../test/filing.ts';
import { pdfPageToPng } from '../../test/pdf-png.ts';
import { renderPdf } from './render/index.ts';
import { unzipEntry } from './render/render-test-support.ts';
import { documentContext, fileDocument, prepareDocument } from './document.service.ts';
import { rendersSettled } from './document.render.ts';
import { recordTimes } from '../../test/record-times.ts';

let h: Harness;
let caseId: string;

beforeAll(async () => {
  h = await createHarness({ now: '2026-09-01T02:00:00Z' });
  const t = await h.token('scjg.liming');
  caseId = (await h.request(t, 'POST', '/api/v1/cases', penaltyCaseBody(h, '2026-08-28'))).json().id;
  await approveFiling(h, caseId);
  const two = { officers: [h.user('scjg.o1'), h.user('scjg.o2')] };
  await attachMedia(h, 'scjg.o1', caseId, 'inspect');
  for (const [user, step, inputs] of [
    ['scjg.liming', 'inspect', { ...recordTimes(h.clock.now()), ...two, place: '惠民超市', findings: '发现过期酸奶 12 盒。' }],
    [
      'scjg.liming',
      'conclude-investigation',
      {
        facts: '销售超过保质期的酸奶 12 盒。',
        evidence: '现场检查笔录、照片',
        violatedProvision: '《中华人民共和国食品安全法》第三十四条第（十）项',
        legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
        proposal: 'penalty',
      },
    ],
    ['scjg.liming', 'notify', { proposedPenalty: '罚款 5000 元', proposedFine: 5000, hearingRight: true }],
  ] as const) {
    const r = await h.request(await h.token(user), 'POST', `/api/v1/cases/${caseId}/steps`, { step, inputs });
    expect(r.statusCode, r.body).toBe(200);
  }
});
afterAll(async () => h?.close());

describe('R-REC-2 执法文书: filled from the case, PDF and Word, sealed, in the record', () => {
  it('issues a 行政处罚告知书 whose PDF renders its Chinese text, carries a verifiable seal, and is entered in the ledger', async () => {
    const t = await h.token('scjg.liming');
    const res = await h.request(t, 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-notice' });
    expect(res.statusCode, res.body).toBe(201);
    const issued = res.json();
    expect(issued.title).toBe('行政处罚告知书');
    // issue 20 item 2: the 告知书 has its own number, of the agency's 罚告 series
    expect(issued.number).toMatch(/^.+罚告〔\d{4}〕\d+号$/);

    // the download waits for the PDF made after filing; the list then shows the files' digests
    const pdf = (await h.request(t, 'GET', `/api/v1/documents/${issued.id}/pdf`)).rawPayload;
    const listed = (await h.request(t, 'GET', `/api/v1/cases/${caseId}/documents`)).json() as {
      id: string;
      pdfSha256: string;
      docxSha256: string;
    }[];
    const doc = { ...issued, ...listed.find((d) => d.id === issued.id)! };
    expect(createHash('sha256').update(pdf).digest('hex')).toBe(doc.pdfSha256);
    const page = await pdfPageToPng(pdf);
    const file = path.join(tmpdir(), `sanxiang-${doc.id}.png`);
    writeFileSync(file, page.png);
    console.log(`rendered page 1: ${file}`);
    // the title band (agency name, title, number) is set in the CJK font: many dark pixels
    const titleInk = page.dark(0, 60, page.width, 260);
    expect(titleInk).toBeGreaterThan(2000);
    // and it is the Chinese text that makes them: with the same layout but ideographic spaces instead of the
    // agency name, title and number, the band is nearly empty
    const ctx = await documentContext(h.tdb.db, caseId, '2026-09-01');
    const bare = buildDocument('penalty-notice', ctx);
    const spaces = (s: string) => '\u3000'.repeat([...s].length);
    const blank = await pdfPageToPng(
      await renderPdf({ ...bare, title: spaces(bare.title), agencyName: spaces(bare.agencyName), number: spaces(bare.number) }),
    );
    expect(blank.dark(0, 60, blank.width, 260)).toBeLessThan(titleInk / 5);

    // the Word version says the same
    const docx = (await h.request(t, 'GET', `/api/v1/documents/${doc.id}/docx`)).rawPayload;
    const xml = unzipEntry(docx, 'word/document.xml').toString('utf8');
    for (const s of ['行政处罚告知书', '陈述、申辩的权利', '有权要求举行听证', '馆陶县市场监督管理局', doc.contentSha256])
      expect(xml).toContain(s);

    // the seal: the agency's Ed25519 key over the content hash, checked with the published key
    const credit = (
      await h.tdb.db.selectFrom('agencies').select('credit_code').where('id', '=', h.agency('scjg')).executeTakeFirstOrThrow()
    ).credit_code;
    const keys = (await h.request(null, 'GET', `/ledger/${credit}/keys`)).json() as { sealPublicKey: string; sealKeyId: string };
    expect(doc.seal.keyId).toBe(keys.sealKeyId);
    const pub = createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(keys.sealPublicKey, 'base64')]),
      format: 'der',
      type: 'spki',
    });
    expect(verify(null, Buffer.from(doc.contentSha256, 'hex'), pub, Buffer.from(doc.seal.signature, 'base64'))).toBe(true);

    // the record entry holds the model: its hash is the sealed content hash
    const events = (await h.request(t, 'GET', `/api/v1/cases/${caseId}/events`)).json();
    const entry = events.events.find(
      (e: { kind: string; inputs: { documentId?: string } }) => e.kind === 'case.document' && e.inputs.documentId === doc.id,
    );
    expect(createHash('sha256').update(canonicalJson(entry.inputs.model)).digest('hex')).toBe(doc.contentSha256);
    expect(entry.inputs.number).toBe(issued.number);
    expect(entry.inputs.model.number).toBe(issued.number);
    // the files, made after filing, in an entry of their own
    const files = events.events.find(
      (e: { kind: string; inputs: { documentId?: string } }) => e.kind === 'case.document.rendered' && e.inputs.documentId === doc.id,
    );
    expect(files.seq).toBeGreaterThan(entry.seq);
    expect(files.inputs).toMatchObject({ pdfSha256: doc.pdfSha256, docxSha256: doc.docxSha256 });
  });

  it('refuses unknown kinds and other agencies; downloads by non-officers need a reason', async () => {
    const t = await h.token('scjg.liming');
    expect((await h.request(t, 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'nope' })).statusCode).toBe(404);
    expect(
      (await h.request(await h.token('zhzf.zhoujie'), 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-notice' })).statusCode,
    ).toBe(404);
    const list = (await h.request(t, 'GET', `/api/v1/cases/${caseId}/documents`)).json();
    const head = await h.token('scjg.juzhang');
    expect((await h.request(head, 'GET', `/api/v1/documents/${list[0].id}/pdf`)).json().error.code).toBe('ACCESS_REASON_REQUIRED');
    expect((await h.request(head, 'GET', `/api/v1/documents/${list[0].id}/pdf?reason=${encodeURIComponent('审批')}`)).statusCode).toBe(200);
  });

  it('R-REC-2: a document is issued by who may take its step, at its stage: not by a 公示管理员, not a 告知书 during investigation', async () => {
    const issued = async () => (await h.request(await h.token('scjg.liming'), 'GET', `/api/v1/cases/${caseId}/documents`)).json().length;
    const before = await issued();
    // staff of the agency who are not on the case and hold none of the step's roles
    for (const who of ['scjg.gongshi', 'scjg.admin']) {
      const r = await h.request(await h.token(who), 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-notice' });
      expect(r.statusCode, `${who}: ${r.body}`).toBe(403);
      expect(r.json().error.code).toBe('FORBIDDEN_ROLE');
    }
    // a case just opened, its 立案 awaiting the head: its 告知书 is not due yet, whoever asks
    const t = await h.token('scjg.liming');
    const fresh = (
      await h.request(t, 'POST', '/api/v1/cases', {
        procedure: 'penalty-general',
        title: '销售过期食品案（二）',
        field: '市场监管',
        regionCode: '130433100',
        party: COMPANY_A,
        officerIds: [h.user('scjg.o1'), h.user('scjg.o2')],
        inputs: { source: 'inspection', clueOn: '2026-08-28', summary: '检查发现过期食品。' },
      })
    ).json().id as string;
    const early = await h.request(t, 'POST', `/api/v1/cases/${fresh}/documents`, { kind: 'penalty-notice' });
    expect(early.statusCode, early.body).toBe(409);
    expect(early.json().error).toMatchObject({ code: 'STEP_ORDER' });
    expect(early.json().error.message).toContain('行政处罚告知书在「行政处罚告知」环节制作');
    // a document the procedure does not make at all
    const other = await h.request(t, 'POST', `/api/v1/cases/${fresh}/documents`, { kind: 'on-spot-penalty-decision' });
    expect(other.statusCode).toBe(404);
    expect((await h.request(t, 'GET', `/api/v1/cases/${fresh}/documents`)).json().length).toBe(0);
    expect(await issued()).toBe(before);
    // the 立案审批表 of the step just taken is the case officers' to issue
    expect((await h.request(t, 'POST', `/api/v1/cases/${fresh}/documents`, { kind: 'case-filing-approval' })).statusCode).toBe(201);
  });
});

describe('issue 20 item 2: 文书编号 per kind, gap-free per year, taken in the filing transaction', () => {
  const seqOf = (n: string) => Number(/〔\d{4}〕(\d+)号$/.exec(n)![1]);

  it('numbers each kind in its own series, forms carry none, and a rolled-back filing leaves no gap', async () => {
    const t = await h.token('scjg.liming');
    const issue = async (kind: string) => {
      const r = await h.request(t, 'POST', `/api/v1/cases/${caseId}/documents`, { kind });
      expect(r.statusCode, r.body).toBe(201);
      return r.json() as { id: string; number: string | null };
    };
    // three 告知书 at once: three consecutive numbers of the 罚告 series, none twice
    const notices = await Promise.all([issue('penalty-notice'), issue('penalty-notice'), issue('penalty-notice')]);
    const seqs = notices.map((d) => seqOf(d.number!)).sort((a, b) => a - b);
    expect(seqs[1]).toBe(seqs[0]! + 1);
    expect(seqs[2]).toBe(seqs[0]! + 2);
    for (const d of notices) expect(d.number).toMatch(/^馆市监罚告〔2026〕\d+号$/);
    // a form names the case by its 案号 in its rows and has no number of its own
    expect((await issue('case-filing-approval')).number).toBeNull();

    // a filing whose transaction rolls back takes no number for good
    const deps = { db: h.tdb.db, clock: { now: () => new Date('2026-09-01T02:00:00Z') }, keys: h.keys };
    const actor = {
      userId: h.user('scjg.o1'),
      username: 'scjg.liming',
      name: '李明',
      roles: ['officer' as const],
      agencyId: h.agency('scjg'),
      agencyKind: 'enforcement' as const,
      unitId: null,
      visibleAgencyIds: new Set([h.agency('scjg')]),
    };
    const prepared = await prepareDocument({ ...deps, blobs: h.blobs }, h.agency('scjg'), caseId, 'penalty-notice');
    await expect(
      h.tdb.db.transaction().execute(async (tx) => {
        const filed = await fileDocument(tx, deps, actor, caseId, prepared);
        expect(seqOf(filed.number!)).toBe(seqs[2]! + 1);
        throw new Error('rolled back after numbering');
      }),
    ).rejects.toThrow('rolled back after numbering');
    expect(seqOf((await issue('penalty-notice')).number!)).toBe(seqs[2]! + 1);
  });

  it('the system administrator sets the 文书代字; a wrong word is refused and changes nothing', async () => {
    const admin = await h.token('scjg.admin');
    const url = `/api/v1/agencies/${h.agency('scjg')}/document-numbering`;
    const before = (await h.request(admin, 'GET', url)).json() as { kinds: { kind: string; word: string; nextNumber: string }[] };
    expect(before.kinds.find((k) => k.kind === 'no-penalty-decision')).toMatchObject({ word: '不罚' });
    // the published 决定书 have their own series too (the 公示 carries the 决定书's number)
    expect(before.kinds.find((k) => k.kind === 'penalty-decision')).toMatchObject({ word: '处罚' });
    expect(before.kinds.find((k) => k.kind === 'case-filing-approval')).toBeUndefined();

    const bad = await h.request(admin, 'PUT', url, { words: { 'penalty-notice': '罚告1', 'inquiry-record': '询' } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error).toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(bad.json().error.message).toContain('行政处罚告知书的文书代字应为 1 至 6 个汉字');
    expect(bad.json().error.message).toContain('询问笔录不单独编号');
    expect((await h.request(admin, 'GET', url)).json()).toEqual(before);
    expect((await h.request(await h.token('scjg.liming'), 'PUT', url, { words: { 'penalty-notice': '罚先告' } })).statusCode).toBe(403);

    const set = await h.request(admin, 'PUT', url, { words: { 'penalty-notice': '罚先告' } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json().kinds.find((k: { kind: string }) => k.kind === 'penalty-notice')).toMatchObject({
      word: '罚先告',
      defaultWord: '罚告',
      nextNumber: '馆市监罚先告〔2026〕1号',
    });
    const r = await h.request(await h.token('scjg.liming'), 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-notice' });
    expect(r.json().number).toBe('馆市监罚先告〔2026〕1号');
  });
});

describe('issue 20 item 7: a document’s files, recorded after filing, do not make a form stale', () => {
  it('a step decided on the version after the filing is not refused as stale once the files are recorded; one before the filing is', async () => {
    const t = await h.token('scjg.liming');
    const issued = (await h.request(t, 'POST', `/api/v1/cases/${caseId}/documents`, { kind: 'penalty-notice' })).json() as {
      eventSeq: number;
    };
    await rendersSettled();
    const events = (await h.request(t, 'GET', `/api/v1/cases/${caseId}/events`)).json().events as { seq: number; kind: string }[];
    // after the filing only documents' files were recorded (this one's among them): entries nobody decided anything on
    const since = events.filter((e) => e.seq > issued.eventSeq);
    expect(since.length).toBeGreaterThan(0);
    expect(new Set(since.map((e) => e.kind))).toEqual(new Set(['case.document.rendered']));
    const take = (expectedVersion: number) =>
      h.request(t, 'POST', `/api/v1/cases/${caseId}/steps`, { step: 'waive', inputs: {}, expectedVersion });
    // on the version the person saw after the filing: past the version check (refused for its missing input instead)
    const current = await take(issued.eventSeq);
    expect(current.statusCode).not.toBe(409);
    expect(current.json().error.code).not.toBe('CONFLICT');
    // on the version before the filing: stale
    const stale = await take(issued.eventSeq - 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('CONFLICT');
  });
});
