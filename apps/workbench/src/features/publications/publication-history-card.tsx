/** The history of one publication: every act (who, when) and every published version with its approver and reason. */
import { Card, Descriptions, Timeline } from 'antd';
import type { Publication } from '../../api/types';
import { dateTime } from '../../lib/format';

const EVENT: Record<string, string> = {
  created: '生成公示记录',
  published: '公示',
  corrected: '更正',
  'ground-recorded': '登记撤下事由',
  withdrawn: '撤下',
  expired: '公示期满下线',
  stopped: '信用修复后停止公示',
  'repair-applied': '收到信用修复申请',
  'repair-refused': '不予信用修复',
};

export function PublicationHistoryCard({ p }: { p: Publication }) {
  return (
    <Card size="small" title="版本与操作">
      <Timeline
        items={p.events.map((e) => ({
          key: e.seq,
          title: dateTime(e.at),
          content: (
            <span>
              <strong>{EVENT[e.kind] ?? e.kind}</strong> · {e.by}
            </span>
          ),
        }))}
      />
      {p.versions.length ? (
        <Descriptions
          size="small"
          column={1}
          items={p.versions.map((v) => ({
            key: String(v.version),
            label: `第 ${v.version} 版`,
            children: `${v.approvedBy} ${dateTime(v.approvedAt)}${v.reason ? `：${v.reason}` : ''}`,
          }))}
        />
      ) : null}
    </Card>
  );
}
