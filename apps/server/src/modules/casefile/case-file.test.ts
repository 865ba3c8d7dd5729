import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHarness, errorCode, type Harness } from '../../test/harness.ts';
import { demoScenarios, runScenario } from '../../demo/demo-cases.ts';
import { CalendarService } from '../calendar/calendar.service.ts';
import { indexTar } from '../../adapters/archive/tar.ts';
import { verifyPackage } from '../verify/verify-package.ts';

let h: Harness;
let cal: CalendarService;
let archived: string;
let dir: string;
const REPO = path.resolve(import.meta.dirname, '../../../../..');

beforeAll(async () => {
  h = await createHarness({ now: '2026-11-16T02:00:00Z' });
  cal = new CalendarService(h.tdb.db);
  await cal.load();
  const scenarios = demoScenarios((k) => h.user(k), '2026-11-16');
  archived = await runScenario(
    h.demoStore(),
    () => cal.current(),
    h.org,
    scenarios.find((s) => s.procedure === 'penalty-general' && s.steps.some((x) => x.step === 'archive'))!,
  );
  dir = mkdtempSync(path.join(tmpdir(), 'sx-pkg-'));
});
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await h?.close();
});

describe('R-REC-6 案卷: completeness, archiving locks the case, a self-verifying export', () => {
  it('an archived case has a complete file and accepts no more records', async () => {
    const t = await h.token('scjg.liming');
    const file = (await h.request(t, 'GET', `/api/v1/cases/${archived}/case-file`)).json();
    expect(file.complete).toBe(true);
    expect(file.items.map((i: { name: string }) => i.name)).toEqual(
      expect.arrayContaining(['立案审批表', '行政处罚决定书', '送达回证', '结案审批表']),
    );
    const more = await h.request(t, 'POST', `/api/v1/cases/${archived}/documents`, { kind: 'penalty-notice' });
    expect(more.statusCode).toBe(409);
    expect(errorCode(more)).toBe('CASE_ARCHIVED');
  });

  it("archiving is refused while the agency's standard is not met, naming what is missing", async () => {
    const admin = await h.token('scjg.admin');
    const put = await h.request(admin, 'PUT', `/api/v1/agencies/${h.agency('scjg')}/case-file-standards/penalty-simple`, {
      items: [{ kind: 'document', document: 'delivery-receipt', step: 'open', when: 'always' }],
    });
    expect(put.statusCode, put.body).toBe(200);
    expect(
      errorCode(
        await h.request(admin, 'PUT', `/api/v1/agencies/${h.agency('scjg')}/case-file-standards/penalty-simple`, {
          items: [{ kind: 'document', document: 'nope', step: 'open', when: 'always' }],
        }),
      ),
    ).toBe('VALIDATION_FAILED');
    const simple = demoScenarios((k) => h.user(k), '2026-11-16').find(
      (s) => s.procedure === 'penalty-simple' && s.steps.some((x) => x.step === 'archive'),
    )!;
    await expect(runScenario(h.demoStore(), () => cal.current(), h.org, simple)).rejects.toThrow(/案卷不完整，不能归档：缺少送达回证/);
  });

  it('exports a package that verifies with no database, and names a tampered file or entry', async () => {
    const head = await h.token('scjg.juzhang');
    expect(errorCode(await h.request(head, 'GET', `/api/v1/cases/${archived}/export`))).toBe('ACCESS_REASON_REQUIRED');
    const res = await h.request(head, 'GET', `/api/v1/cases/${archived}/export?reason=${encodeURIComponent('案卷移交档案室')}`);
    expect(res.statusCode).toBe(200);
    const pkg = path.join(dir, 'case.tar');
    writeFileSync(pkg, res.rawPayload);
    const names = indexTar(pkg).map((e) => e.name);
    expect(names.slice(0, 3)).toEqual(['manifest.json', 'checkpoint.txt', 'README.txt']);
    expect(names.some((n) => n.endsWith('.pdf'))).toBe(true);
    expect(names.some((n) => n.startsWith('files/evidence-'))).toBe(true);

    const ok = await verifyPackage(pkg);
    expect(ok.problems).toEqual([]);
    expect(ok.checked.join('\n')).toMatch(/Ed25519 与 SM2 签名有效，见证副署 1 个有效/);

    // the CLI, with no database at all
    const cli = await promisify(execFile)(process.execPath, [path.join(REPO, 'apps/server/bin/sanxiang.mjs'), 'verify', pkg], {
      env: { ...process.env, DATABASE_URL: '', SANXIANG_DATA: path.join(dir, 'no-data') },
    });
    expect(cli.stdout).toContain('结论：未发现篡改。');

    // tamper: one byte of an evidence file, and one character of an entry's content
    const bytes = readFileSync(pkg);
    const evidence = indexTar(pkg).find((e) => e.name.startsWith('files/evidence-'))!;
    bytes.writeUInt8(bytes.readUInt8(evidence.offset + 100) ^ 0x01, evidence.offset + 100);
    const at = bytes.indexOf(Buffer.from('"summary": "'));
    bytes.writeUInt8(bytes.readUInt8(at + 13) ^ 0x01, at + 13);
    const bad = path.join(dir, 'bad.tar');
    writeFileSync(bad, bytes);
    const r = await verifyPackage(bad);
    expect(r.problems.some((p) => p.kind === 'file-altered' && p.where.includes(evidence.name))).toBe(true);
    expect(r.problems.some((p) => p.kind === 'event-hash')).toBe(true);
    const failed = await promisify(execFile)(process.execPath, [path.join(REPO, 'apps/server/bin/sanxiang.mjs'), 'verify', bad], {
      env: { ...process.env, DATABASE_URL: '' },
    }).catch((e: { code: number; stdout: string }) => e);
    expect((failed as { code: number }).code).toBe(1);
    expect((failed as { stdout: string }).stdout).toContain('已被改动');
  }, 120_000);
});
