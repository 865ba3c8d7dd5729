import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocument, type DocumentContext } from '@sanxiang/domain';
import { renderPdf } from './pdf-renderer.ts';
import { SAMPLE_SEAL, sampleContext } from './render-test-support.ts';

/**
 * R-REC-2 (issue 20 item 4): the 笔录 of the hearing, of a 查封扣押 and of a licence's 现场核查, rendered
 * to PDF and read back with pdftotext; page 1 of each to PNG in ARTIFACTS. (The 现场检查笔录, 询问笔录,
 * 陈述申辩笔录 and the 送达回证 are issued from a real case in ../records.api.test.ts.)
 */

const ARTIFACTS = path.join(tmpdir(), 'sanxiang-records');

const officers = [
  { name: '李明', certificateNumber: '13043300101', userId: 'u-1' },
  { name: '王芳', certificateNumber: '13043300102', userId: 'u-2' },
  { name: '孙浩', certificateNumber: '13043300105', userId: 'u-5' },
];
const s = (code: string, name: string, on: string, actorName: string, inputs: Record<string, unknown>) => ({
  code,
  name,
  on,
  // typed in the evening: never what the record says
  at: `${on}T12:45:00Z`,
  actorName,
  inputs,
});

async function pdfText(kind: string, ctx: DocumentContext): Promise<string> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${kind}.pdf`);
  writeFileSync(file, await renderPdf(buildDocument(kind, ctx), SAMPLE_SEAL));
  const png = spawnSync('pdftoppm', ['-r', '80', '-png', '-f', '1', '-l', '1', '-singlefile', file, path.join(ARTIFACTS, kind)]);
  expect(png.status, String(png.stderr)).toBe(0);
  const out = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  expect(out.status, out.stderr).toBe(0);
  return out.stdout.replace(/\s+/g, '');
}

describe('R-REC-2 笔录 as PDF: the real times, place and persons', () => {
  it('听证笔录: the hours of the hearing on the day notified, who attended, the recorder, a refusal noted by the host (行政处罚法 §64)', async () => {
    const base = sampleContext({ officers });
    const ctx = {
      ...base,
      steps: [
        ...base.steps.filter((x) => x.code !== 'decide'),
        s('notify-hearing', '听证通知', '2026-08-14', '李明', { hearingOn: '2026-08-26', place: '本局三楼听证室', host: '陈静' }),
        s('hold-hearing', '举行听证', '2026-08-27', '孙浩', {
          attendees: '钱立新（法定代表人）、周律师（委托代理人）',
          startedAt: '2026-08-26T09:00',
          endedAt: '2026-08-26T11:20',
          recorder: '孙浩',
          refusedToSign: true,
          record: '调查人员陈述违法事实；当事人称系疏忽，请求从轻。',
          opinion: '事实清楚，证据确凿。',
        }),
      ],
    };
    const text = await pdfText('hearing-record', ctx);
    for (const x of [
      '2026年8月26日9时00分至11时20分',
      '本局三楼听证室',
      '钱立新（法定代表人）、周律师（委托代理人）',
      '听证主持人注明：当事人或者其委托代理人拒绝签名或者盖章（《中华人民共和国行政处罚法》第六十四条）。',
    ])
      expect(text).toContain(x);
    expect(text).not.toContain('8月27日');
    expect(text).not.toContain('20时45分');
  });

  it('现场笔录 of a 查封扣押: start and end, the officers present, the recorder, the refusal noted with the witness (行政强制法 §18(八))', async () => {
    const base = sampleContext({ officers });
    const ctx: DocumentContext = {
      ...base,
      case: { ...base.case, number: '馆市监强〔2026〕2号', procedureName: '行政强制（查封扣押）' },
      steps: [
        s('open', '立案', '2026-09-01', '李明', { reason: '涉嫌销售过期食品', legalBasis: '食品安全法第一百一十条', property: '过期酸奶' }),
        s('approve', '负责人批准', '2026-09-01', '张建国', {}),
        s('impose', '实施查封扣押', '2026-09-02', '李明', {
          officers: ['u-1', 'u-5'],
          place: '馆陶县陶山街 201 号惠民超市仓库',
          items: '过期酸奶，200g/盒，120盒',
          partyPresent: true,
          witness: '赵四（馆陶镇南街社区工作人员）',
          startedAt: '2026-09-02T09:30',
          endedAt: '2026-09-02T11:05',
          recorder: '孙浩',
          othersPresent: '孙丽（超市店长）',
          refusedToSign: true,
        }),
      ],
      issuedOn: '2026-09-02',
    };
    const text = await pdfText('coercion-scene-record', ctx);
    for (const x of [
      '2026年9月2日9时30分至11时05分',
      '李明（执法证号：13043300101）、孙浩（执法证号：13043300105）',
      '孙丽（超市店长）',
      '执法人员注明：当事人拒绝签名或者盖章（第十八条第（八）项），见证人赵四（馆陶镇南街社区工作人员）在场见证并签名。',
    ])
      expect(text).toContain(x);
    expect(text).not.toContain('王芳');
    expect(text).not.toContain('由执法人员在此注明');
  });

  it('现场核查笔录 of a licence: the times, place and the applicant’s people present (行政许可法 §34)', async () => {
    const base = sampleContext({ officers });
    const ctx: DocumentContext = {
      ...base,
      case: { ...base.case, number: '馆市监许〔2026〕7号', procedureName: '行政许可' },
      steps: [
        s('open', '接收申请', '2026-09-08', '李明', { item: '食品经营许可（新办）', appliedOn: '2026-09-08', materials: '申请书' }),
        s('verify-on-site', '现场核查', '2026-09-13', '李明', {
          officers: ['u-1', 'u-2'],
          place: '馆陶县陶山街 66 号',
          presentPerson: '周梅（申请人的负责人）',
          startedAt: '2026-09-12T09:00',
          endedAt: '2026-09-12T10:15',
          findings: '冷藏设备 2 台运转正常。',
        }),
      ],
      issuedOn: '2026-09-13',
    };
    const text = await pdfText('license-site-verification-record', ctx);
    for (const x of ['2026年9月12日9时00分至10时15分', '馆陶县陶山街66号', '周梅（申请人的负责人）', '记录人李明', '其他在场人员无'])
      expect(text).toContain(x);
    expect(text).not.toContain('＿＿时＿＿分');
  });
});
