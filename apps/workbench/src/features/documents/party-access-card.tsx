import { useState } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Table, Tag, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { api, unwrap } from '../../api/client';
import type { CaseDetail, GetOf } from '../../api/types';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/states';
import { dateTime } from '../../lib/format';

type AccessCode = GetOf<'/api/v1/cases/{id}/party-access'>[number];

export const partyAccessQuery = (id: string, reason: string | undefined) => ({
  queryKey: ['case', id, reason ?? '', 'party-access'],
  queryFn: () => unwrap(api.GET('/api/v1/cases/{id}/party-access', { params: { path: { id }, query: reason ? { reason } : {} } })),
});

/**
 * 当事人专区访问码: which 告知书 carried a code, whether it is in force and who uses it; voiding one
 * is an explicit act with a reason that enters the case's record (never a side effect of a new 告知书).
 */
export function PartyAccessCard({ c, reason }: { c: CaseDetail; reason: string | undefined }) {
  const q = useQuery(partyAccessQuery(c.id, reason));
  const session = useSession();
  const qc = useQueryClient();
  const { message } = App.useApp();
  const [target, setTarget] = useState<AccessCode | null>(null);
  const [why, setWhy] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const mayVoid = session.user.agencyId === c.agency.id && session.has('officer', 'head') && !c.terminal;
  if (!q.data?.length) return null;

  const close = () => {
    setTarget(null);
    setWhy('');
    setError(null);
  };
  const voidIt = async () => {
    if (!target) return;
    setBusy(true);
    setError(null);
    try {
      await unwrap(
        api.POST('/api/v1/cases/{id}/party-access/{accessId}/void', {
          params: { path: { id: c.id, accessId: target.id } },
          body: { reason: why.trim() },
        }),
      );
      message.success('访问码已作废，已记入案件记录');
      close();
      await qc.invalidateQueries({ queryKey: ['case', c.id] });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Card size="small" title="当事人专区访问码" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
        每份告知书印有一个访问码，送达后一直有效，直至作废；系统不保存访问码本身。访问码如被他人知悉或告知书送错，请作废并说明理由。
      </Typography.Paragraph>
      <Table<AccessCode>
        rowKey="id"
        size="small"
        pagination={false}
        dataSource={q.data}
        scroll={{ x: 640 }}
        columns={[
          { title: '印于', dataIndex: 'documentTitle', width: 150 },
          { title: '发放', key: 'issued', width: 190, render: (_, a) => `${dateTime(a.issuedAt)} · ${a.issuedBy}` },
          {
            title: '状态',
            key: 'state',
            width: 300,
            render: (_, a) =>
              a.voidedAt ? (
                <div>
                  <Tag>已作废</Tag>
                  <Typography.Text type="secondary">
                    {dateTime(a.voidedAt)} · {a.voidedBy ?? ''}
                  </Typography.Text>
                  <div>
                    <Typography.Text type="secondary">理由：{a.voidReason}</Typography.Text>
                  </div>
                </div>
              ) : (
                <Tag color="success">有效{a.openSessions ? ` · 当事人在线 ${a.openSessions}` : ''}</Tag>
              ),
          },
          ...(mayVoid
            ? [
                {
                  title: '操作',
                  key: 'actions',
                  width: 90,
                  render: (_: unknown, a: AccessCode) =>
                    a.voidedAt ? null : (
                      <Button size="small" danger icon={<StopOutlined />} onClick={() => setTarget(a)}>
                        作废
                      </Button>
                    ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={!!target}
        title="作废当事人专区访问码"
        okText="作废"
        okButtonProps={{ danger: true, disabled: why.trim().length < 2, loading: busy }}
        cancelText="取消"
        onOk={() => void voidIt()}
        onCancel={close}
        destroyOnHidden
      >
        <p>
          作废「{target?.documentTitle}」（{target ? dateTime(target.issuedAt) : ''}）所印的访问码后，当事人不能再以该访问码登录
          {target?.openSessions ? `，正在使用它的 ${target.openSessions} 个会话随即结束` : ''}。此操作记入案件记录，不能撤销。
        </p>
        <Input.TextArea
          aria-label="作废理由"
          placeholder="作废理由（必填），如：告知书送达地址有误，已重新制作送达"
          value={why}
          onChange={(e) => setWhy(e.target.value)}
          maxLength={500}
          rows={3}
        />
        <ErrorAlert error={error} style={{ marginTop: 12 }} />
      </Modal>
    </Card>
  );
}
