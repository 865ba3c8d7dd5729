import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Alert, Button, Drawer, List, Skeleton, Space, Typography } from 'antd';
import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useNavigate, useSearchParams } from 'react-router';
import { api, unwrap } from '../../api/client';
import type { CaseDetail, Procedure } from '../../api/types';
import { StepForm, type OfficerOption } from '../../forms/step-form';
import { readinessQuery } from './queries';

/** The case's officers as choices for an `officers` input: one without a valid certificate is greyed with the reason. */
export function officerOptions(c: CaseDetail): OfficerOption[] {
  return c.officers.map((o) => ({
    userId: o.userId,
    name: o.name,
    note: o.certificate ? `执法证 ${o.certificate.number}` : undefined,
    disabledReason: !o.certificate
      ? '未持有行政执法证'
      : o.certificate.status !== 'valid'
        ? `执法证状态为「${o.certificate.statusName}」`
        : null,
  }));
}

/**
 * One step in a drawer: first what it still needs (each check with its reason, a link to supply
 * the 音像记录), then its generated form. A decision step is pre-filled from the proposal that
 * legal review cleared.
 */
export function StepDrawer({
  c,
  procedure,
  stepCode,
  onClose,
}: {
  c: CaseDetail;
  procedure: Procedure;
  stepCode: string;
  onClose: () => void;
}) {
  const step = procedure.steps.find((s) => s.code === stepCode);
  const readiness = useQuery(readinessQuery(c.id, stepCode));
  const qc = useQueryClient();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [, setParams] = useSearchParams();
  if (!step) return null;
  const r = readiness.data;
  const submit = async (inputs: Record<string, unknown>) => {
    await unwrap(
      api.POST('/api/v1/cases/{id}/steps', {
        params: { path: { id: c.id } },
        body: { step: step.code, inputs, expectedVersion: c.version },
      }),
    );
    message.success(`已办理「${step.name}」`);
    await qc.invalidateQueries({ queryKey: ['case', c.id] });
    void qc.invalidateQueries({ queryKey: ['worklist'] });
    onClose();
    if (step.documents.length) setParams((p) => (p.set('tab', 'documents'), p.set('make', step.documents[0]!), p), { replace: true });
  };
  return (
    <Drawer open onClose={onClose} title={`办理：${step.name}`} size={640} destroyOnHidden>
      {step.basis ? (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          依据：{step.basis}
        </Typography.Paragraph>
      ) : null}
      {readiness.isPending ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : r ? (
        <>
          <Typography.Title level={2} style={{ fontSize: 15 }}>
            办理前须满足
          </Typography.Title>
          <List
            size="small"
            bordered
            style={{ marginBottom: 16 }}
            dataSource={r.items}
            renderItem={(i) => (
              <List.Item>
                <Space align="start">
                  {i.met ? (
                    <CheckCircleFilled style={{ color: '#52c41a' }} aria-label="已满足" />
                  ) : (
                    <CloseCircleFilled style={{ color: '#cf1322' }} aria-label="未满足" />
                  )}
                  <span>
                    {i.need}
                    {i.problem ? <Typography.Text type="danger">：{i.problem}</Typography.Text> : null}
                    {!i.met && i.kind === 'recording' ? (
                      <Button
                        type="link"
                        size="small"
                        onClick={() => {
                          onClose();
                          navigate(`?tab=evidence&step=${step.code}`, { replace: true });
                        }}
                      >
                        去上传音像记录
                      </Button>
                    ) : null}
                  </span>
                </Space>
              </List.Item>
            )}
          />
          {r.documents.length ? (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 16 }}
              title={`本环节的文书：${r.documents.join('、')}`}
              description="办理后即可在「文书」中制作、预览并下载，加盖电子签章。"
            />
          ) : null}
        </>
      ) : null}
      <StepForm
        step={step}
        officers={officerOptions(c)}
        initial={r?.proposedDecision ?? null}
        onSubmit={submit}
        disabled={!!r && !r.ready}
        extra={r && !r.ready ? <Alert type="warning" showIcon title="尚有条件未满足，满足后方可办理" style={{ marginBottom: 16 }} /> : null}
      />
    </Drawer>
  );
}
