import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router';
import { useQuery } from '@tanstack/react-query';
import { Card, Descriptions, Space, Tabs, Tag, Typography } from 'antd';
import { ApiError } from '../../api/client';
import type { CaseDetail } from '../../api/types';
import { Page } from '../../components/page';
import { DueDate } from '../../components/due';
import { ErrorState, QueryView } from '../../components/states';
import { dateOf } from '../../lib/format';
import { CaseAccessProvider, ReasonGate, rememberReason, storedReason } from './case-access';
import { caseQuery, procedureQuery } from './queries';
import { CaseProgress } from './case-progress';
import { HistoryTab } from './history-tab';
import { CaseFileTab } from './case-file-tab';
import { OutcomesTab } from '../alerts/outcomes-tab';
import { DocumentsTab } from '../documents/documents-tab';
import { EvidenceTab } from '../evidence/evidence-tab';
import { ReviewTab } from '../review/review-tab';

const TABS = ['history', 'documents', 'evidence', 'review', 'file', 'outcomes'] as const;
type TabKey = (typeof TABS)[number];

/** The case page (WORKBENCH.md): header; left the procedure and the steps I may take; centre tabs. */
export default function CasePage() {
  const { id = '' } = useParams();
  const [reason, setReason] = useState<string | undefined>(() => storedReason(id));
  const q = useQuery(caseQuery(id, reason));
  if (q.isError && q.error instanceof ApiError && q.error.code === 'ACCESS_REASON_REQUIRED') {
    return (
      <Page title="调阅案件" crumbs={[{ title: '案件', to: '/cases' }, { title: '调阅' }]}>
        <ReasonGate
          onReason={(r) => {
            rememberReason(id, r);
            setReason(r);
          }}
        />
      </Page>
    );
  }
  if (q.isError) {
    return (
      <Page title="案件" crumbs={[{ title: '案件', to: '/cases' }]}>
        <ErrorState error={q.error} retry={() => void q.refetch()} />
      </Page>
    );
  }
  return (
    <CaseAccessProvider reason={reason}>
      <QueryView query={q} rows={10}>
        {(c) => <CaseView c={c} />}
      </QueryView>
    </CaseAccessProvider>
  );
}

function CaseView({ c }: { c: CaseDetail }) {
  const proc = useQuery(procedureQuery(c.procedure.code));
  const [params, setParams] = useSearchParams();
  const tab = (TABS as readonly string[]).includes(params.get('tab') ?? '') ? (params.get('tab') as TabKey) : 'history';
  const lead = c.officers.find((o) => o.lead);
  const stateColor = c.terminal ? 'default' : c.overdue ? 'error' : 'processing';
  return (
    <Page
      title={
        <Space wrap>
          <span>{c.title}</span>
          <Tag color={stateColor} style={{ fontSize: 14 }}>
            {c.state.name}
          </Tag>
          {c.overdue ? <Tag color="error">有逾期期限</Tag> : null}
        </Space>
      }
      crumbs={[{ title: '案件', to: '/cases' }, { title: c.number }]}
      subtitle={
        <span>
          {c.number} · {c.procedure.name} · {c.agency.name}
          {c.unit ? ` · ${c.unit.name}` : ''}
        </span>
      }
    >
      <Card size="small" style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2, xl: 3 }}
          items={[
            {
              key: 'party',
              label: '当事人',
              children: (
                <span>
                  {c.party.name}
                  <Typography.Text type="secondary">
                    {c.party.creditCode ? `（${c.party.creditCode}）` : c.party.idNumber ? `（身份证 ${c.party.idNumber}）` : ''}
                  </Typography.Text>
                </span>
              ),
            },
            { key: 'field', label: '执法类别', children: `${c.field} · ${c.region.name}` },
            {
              key: 'opened',
              label: '立案日期',
              // a 一般程序 case is 立案 on the head's approval (市场监管程序规定 §20); until then it is a 立案申请
              children: filingOf(c),
            },
            {
              key: 'officers',
              label: '承办人员',
              span: 2,
              children: (
                <Space wrap size={4}>
                  {c.officers.map((o) => (
                    <Tag key={o.userId} color={o.certificate?.status === 'valid' ? 'default' : 'error'}>
                      {o.name}
                      {o.lead ? '（主办）' : ''}
                      {o.certificate ? ` · ${o.certificate.number} ${o.certificate.statusName}` : ' · 无执法证'}
                    </Tag>
                  ))}
                </Space>
              ),
            },
            { key: 'lead', label: '主办人', children: lead?.name ?? '—' },
          ]}
        />
        {c.deadlines.length ? (
          <div style={{ marginTop: 8 }}>
            <Typography.Text strong>期限：</Typography.Text>
            <Space wrap size={[16, 4]} style={{ marginLeft: 8 }}>
              {c.deadlines.map((d) => (
                <span key={d.code} title={d.basis}>
                  {d.name}（{d.days} {d.unit === 'working' ? '个工作日' : '日'}
                  {d.extended ? `，已延长${d.extensions > 1 ? ` ${d.extensions} 次` : ''}` : ''}
                  {d.pausedDays ? `，不计入 ${d.pausedDays} ${d.unit === 'working' ? '个工作日' : '日'}` : ''}）：
                  {d.metOn ? (
                    <span>
                      {d.metOn} 完成{' '}
                      {d.state === 'met-late' ? (
                        <Tag color="error">逾期完成</Tag>
                      ) : d.state === 'met' ? (
                        <Tag color="success">按期完成</Tag>
                      ) : (
                        <Tag>届满日待载入节假日安排后计算</Tag>
                      )}
                    </span>
                  ) : d.state === 'paused' ? (
                    <Tag color="processing" title="检测、检验、检疫、鉴定等期间不计入期限">
                      暂停计算（检测检验鉴定中）
                    </Tag>
                  ) : (
                    <DueDate
                      on={d.dueOn}
                      state={d.state === 'running' ? 'normal' : (d.state as 'overdue')}
                      working={d.unit === 'working'}
                    />
                  )}
                </span>
              ))}
            </Space>
          </div>
        ) : null}
      </Card>
      <div className="case-grid">
        <CaseProgress c={c} procedure={proc.data} />
        <Card size="small" styles={{ body: { paddingTop: 0 } }}>
          <Tabs
            activeKey={tab}
            onChange={(k) => setParams((p) => (p.set('tab', k), p), { replace: true })}
            items={[
              { key: 'history', label: '办案记录', children: <HistoryTab c={c} /> },
              { key: 'documents', label: '文书', children: <DocumentsTab c={c} /> },
              { key: 'evidence', label: '音像记录', children: <EvidenceTab c={c} /> },
              { key: 'review', label: '法制审核', children: <ReviewTab c={c} procedure={proc.data} /> },
              { key: 'file', label: '案卷', children: <CaseFileTab c={c} /> },
              { key: 'outcomes', label: '复议诉讼', children: <OutcomesTab c={c} /> },
            ]}
          />
        </Card>
      </div>
    </Page>
  );
}

/** The 立案 date: the head's approval where the procedure has one, else the opening. */
function filingOf(c: { state: { code: string }; openedAt: string; history: readonly { step: string; on: string; actorName: string }[] }) {
  const approval = c.history.find((h) => h.step === 'approve-filing');
  if (approval) return `${approval.on}（${approval.actorName}批准）`;
  if (c.state.code === 'filing') return `待负责人批准（${dateOf(c.openedAt)} 申请）`;
  return dateOf(c.openedAt);
}
