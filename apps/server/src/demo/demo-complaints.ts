import type { WorkingCalendar } from '@sanxiang/domain';
import type { Clock } from '../adapters/clock.ts';
import { loadActor } from '../modules/auth/session.store.ts';
import { answerComplaint, assignComplaint, fileComplaint } from '../modules/complaints/complaint.service.ts';
import type { DemoOrg } from './demo-org.ts';
import type { DemoStore } from './demo-cases.ts';

/**
 * 投诉举报 (R-X-4) in the demo: two complaints about 市场监管局, one answered by its handler and one
 * still open with a handler assigned, so the list, the complaint page, the 待办 and the 司法局's
 * figures show something at once. Their tracking codes are not kept (nobody filed them); the
 * names and telephones are invented.
 */
export async function loadDemoComplaints(store: DemoStore, clock: Clock, calendar: () => WorkingCalendar, org: DemoOrg): Promise<void> {
  const deps = { db: store.db, clock, calendar, blobs: store.blobs };
  const u = (k: string) => org.users.get(k)!;
  const agencyId = org.agencies.get('scjg')!;
  const head = await loadActor(store.db, u('scjg.head'));
  const officer = await loadActor(store.db, u('scjg.o1'));
  const answered = await fileComplaint(
    deps,
    {
      agencyId,
      kind: 'complaint',
      subjectRef: '',
      facts: '执法人员到我店检查时只出示了工作证，没有出示执法证件，也没有告知检查依据。',
      request: '请核实检查人员是否具有执法资格，并告知检查依据。',
      name: '赵淑芬',
      phone: '13800000001',
    },
    [],
  );
  await assignComplaint(deps, head, answered.id, u('scjg.o1'));
  await answerComplaint(
    deps,
    officer,
    answered.id,
    '经核查，当日两名检查人员均持有有效执法证，检查时已出示；检查依据为《中华人民共和国食品安全法》第一百一十条。已提醒检查人员今后主动告知检查依据。',
  );
  const open = await fileComplaint(
    deps,
    {
      agencyId,
      kind: 'report',
      subjectRef: '',
      facts: '反映某市场监管所执法人员在检查中对同类商户处罚标准不一致，怀疑存在选择性执法。',
      request: '请调查是否存在选择性执法。',
      name: '',
      phone: '',
    },
    [],
  );
  await assignComplaint(deps, head, open.id, u('scjg.o2'));
}
