import { describe, expect, it } from 'vitest';
import {
  attachmentProblem,
  checkComplaint,
  complaintProblems,
  complaintPublicState,
  normaliseComplaintCode,
  sniffMediaType,
  type ComplaintInput,
} from './complaint.ts';
import { deriveAlerts, type AlertFacts } from '../supervision/alerts.ts';

const input = (over: Partial<ComplaintInput> = {}): ComplaintInput => ({
  agencyId: 'a1',
  kind: 'complaint',
  subjectRef: '',
  facts: '执法人员检查时未出示执法证件。',
  request: '请调查处理',
  name: '王秀英',
  phone: '139 1234 5678',
  ...over,
});

describe('R-X-4 投诉举报 rules', () => {
  it('a 投诉 needs a name and a telephone; a 举报 may be anonymous', () => {
    expect(complaintProblems(input())).toEqual([]);
    expect(complaintProblems(input({ name: '', phone: '' })).map((p) => p.path)).toEqual(['name', 'phone']);
    expect(complaintProblems(input({ kind: 'report', name: '', phone: '' }))).toEqual([]);
    expect(checkComplaint(input({ kind: 'report', name: ' ', phone: '' }))).toMatchObject({ name: null, phone: null });
  });

  it('each field says what is wrong with it, in Chinese', () => {
    const problems = complaintProblems(input({ kind: 'x', agencyId: '', facts: '太短', request: '', phone: '12345' }));
    expect(problems.map((p) => p.path)).toEqual(['kind', 'agencyId', 'facts', 'request', 'phone']);
    expect(problems.find((p) => p.path === 'phone')!.message).toBe('联系电话格式不正确，请填写手机号码或者带区号的固定电话');
    expect(() => checkComplaint(input({ facts: '' }))).toThrowError(/请写明事实和理由/);
    for (const phone of ['13912345678', '+86 139-1234-5678', '0310-6512345', '０３１０－６５１２３４５'])
      expect(complaintProblems(input({ phone }))).toEqual([]);
  });

  it('attachments: photos and PDF by their bytes, within the size limit', () => {
    expect(sniffMediaType(Buffer.from([0xff, 0xd8, 0xff, 0xe0]))).toBe('image/jpeg');
    expect(sniffMediaType(Buffer.from('%PDF-1.7'))).toBe('application/pdf');
    expect(sniffMediaType(Buffer.from('GIF89a'))).toBeNull();
    expect(attachmentProblem({ filename: 'a.png', mediaType: 'image/png', size: 10 })).toBeNull();
    expect(attachmentProblem({ filename: 'a.png', mediaType: 'image/png', size: 0 })).toContain('空文件');
    expect(attachmentProblem({ filename: 'a.png', mediaType: 'image/png', size: 11 * 1024 * 1024 })).toContain('超过 10 MB');
    expect(attachmentProblem({ filename: 'a.exe', mediaType: 'application/x-msdownload', size: 10 })).toContain('不是照片');
  });

  it('the tracking code is read as people type it: case, dashes, spaces and O/I/L', () => {
    expect(normaliseComplaintCode('j20p-y21a-hehq-f03c')).toBe('J20PY21AHEHQF03C');
    expect(normaliseComplaintCode(' J2OP Y2IA HEHQ F03C ')).toBe('J20PY21AHEHQF03C');
    expect(normaliseComplaintCode('J20P-Y21A-HEHQ')).toBeNull();
    expect(normaliseComplaintCode('J20P-Y21A-HEHQ-F03U')).toBeNull();
  });

  it('the complainant reads 已受理, 办理中, 已答复 or 已转办', () => {
    expect(complaintPublicState('received', false)).toBe('received');
    expect(complaintPublicState('received', true)).toBe('transferred');
    expect(complaintPublicState('assigned', true)).toBe('handling');
    expect(complaintPublicState('answered', true)).toBe('answered');
  });

  it('alerts: 临期 within three working days, 逾期 after the limit, for the handler and the heads', () => {
    const facts = (dueOn: string, handler: { id: string; name: string } | null): AlertFacts => ({
      today: '2026-11-16',
      soonUntil: '2026-11-19',
      cases: [],
      publications: [],
      reviews: [],
      units: [],
      outcomes: [],
      refusals: [],
      certificates: [],
      complaints: [
        {
          complaintId: 'c1',
          agencyId: 'a1',
          kindName: '投诉',
          receivedOn: '2026-11-02',
          dueOn,
          handler,
          heads: [{ id: 'h1', name: '张建国' }],
        },
      ],
      settings: () => ({ returnRate: 0.3, minReviews: 5 }),
    });
    expect(deriveAlerts(facts('2026-11-20', null))).toEqual([]);
    const soon = deriveAlerts(facts('2026-11-19', null));
    expect(soon).toMatchObject([{ rule: 'complaint-due-soon', level: 'orange', assigneeText: '机关负责人 张建国' }]);
    expect(soon[0]!.detail).toContain('尚未指派承办人');
    const late = deriveAlerts(facts('2026-11-13', { id: 'o1', name: '李明' }));
    expect(late).toMatchObject([{ rule: 'complaint-overdue', level: 'red', userId: 'o1', assigneeText: '承办人 李明；机关负责人 张建国' }]);
    expect(late[0]!.assignees.map((p) => p.id)).toEqual(['o1', 'h1']);
    expect(late[0]!.detail).toContain('已逾期 3 日');
  });
});
