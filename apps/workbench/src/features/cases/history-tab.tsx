import { useQuery } from '@tanstack/react-query';
import { Alert, Descriptions, Space, Tag, Timeline, Tooltip, Typography } from 'antd';
import { CheckCircleOutlined, FileTextOutlined, FlagOutlined, LockOutlined, VideoCameraOutlined, WarningOutlined } from '@ant-design/icons';
import { sanctionsText, type SanctionItem } from '@sanxiang/domain/browser';
import type { CaseDetail, CaseEvents, Procedure, StepDef } from '../../api/types';
import { QueryView } from '../../components/states';
import { dateTime, shortHash } from '../../lib/format';
import { useCaseAccess } from './case-access';
import { eventsQuery, procedureQuery } from './queries';

type Event = CaseEvents['events'][number];

const ICON: Record<string, React.ReactNode> = {
  'case.opened': <FlagOutlined />,
  'case.step': <CheckCircleOutlined />,
  'case.document': <FileTextOutlined />,
  'case.evidence': <VideoCameraOutlined />,
  'case.archived': <LockOutlined />,
};

const REVIEW_KIND: Record<string, string> = {
  'review.proposal': '提出拟作出的决定',
  'review.submitted': '提交法制审核',
  'review.opinion': '出具法制审核意见',
  'review.disagreed': '对审核意见提出异议',
  'review.collective': '集体讨论',
  'review.advice': '录入法律顾问意见',
};

type Item = { key: string; label: string; children: React.ReactNode };
const str = (v: unknown) => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');

/** A step's inputs in words: by their labels, choices by their names, officers by name, money as money. */
function stepItems(inputs: Record<string, unknown>, step: StepDef | undefined, names: Map<string, string>): Item[] {
  const out: Item[] = [];
  for (const [k, v] of Object.entries(inputs)) {
    if (v === null || v === undefined || (typeof v === 'object' && !Array.isArray(v))) continue;
    const def = step?.inputs.find((i) => i.name === k);
    if (!def) continue;
    let text: string;
    // 处罚种类 (a list of kinds with amounts, terms, objects) read as the 告知书 and 决定书 write it
    if (def.type === 'sanctions' && Array.isArray(v)) text = sanctionsText(v as SanctionItem[]);
    else if (Array.isArray(v)) text = v.map((x) => names.get(String(x)) ?? String(x)).join('、');
    else if (typeof v === 'boolean') text = v ? '是' : '否';
    else if (def.type === 'money' && typeof v === 'number') text = `¥${v.toLocaleString('zh-CN', { minimumFractionDigits: 2 })}`;
    else if (def.type === 'choice') text = def.choices?.find((c) => c.value === v)?.label ?? String(v);
    // a 笔录's start and end: Beijing time as entered
    else if (def.type === 'datetime') text = String(v).replace('T', ' ');
    else text = String(v);
    out.push({ key: k, label: def.label, children: <span style={{ whiteSpace: 'pre-wrap' }}>{text}</span> });
  }
  return out;
}

/** What an entry says, in words a person reads: its title and its facts; digests stay in the tooltip. */
function describe(e: Event, def: Procedure | undefined, names: Map<string, string>): { title: string; items: Item[] } {
  const i = e.inputs as Record<string, unknown>;
  const stepDef = def ? (e.step === def.open.code ? def.open : def.steps.find((s) => s.code === e.step)) : undefined;
  switch (e.kind) {
    case 'case.opened': {
      const party = i['party'] as { name?: string } | undefined;
      const officers = Array.isArray(i['officers']) ? (i['officers'] as string[]).map((o) => names.get(o) ?? o).join('、') : '';
      return {
        title: stepDef?.name ?? '立案',
        items: [
          { key: 'number', label: '案件编号', children: str(i['number']) },
          { key: 'title', label: '案由', children: str(i['title']) },
          { key: 'party', label: '当事人', children: party?.name ?? '' },
          { key: 'field', label: '执法类别', children: str(i['field']) },
          { key: 'officers', label: '承办人员', children: officers },
          ...stepItems((i['inputs'] as Record<string, unknown>) ?? {}, def?.open, names),
        ].filter((x) => x.children),
      };
    }
    case 'case.document': {
      const model = i['model'] as { title?: string } | undefined;
      return {
        title: `制作文书：${model?.title ?? str(i['title'])}`,
        items: [
          {
            key: 'seal',
            label: '电子签章',
            children: `${str((i['seal'] as { algorithm?: string })?.algorithm)} · 内容摘要 ${shortHash(str(i['contentSha256']), 16)}`,
          },
        ],
      };
    }
    case 'case.evidence':
      return {
        title: `音像记录：${str(i['filename'])}`,
        items: [
          { key: 'proves', label: '证明对象', children: str(i['provesWhat']) },
          {
            key: 'at',
            label: '采集',
            children: `${dateTime(str(i['capturedAt']))} · ${str(i['capturedPlace'])} · ${str(i['capturedBy'])}`,
          },
          { key: 'sha', label: 'SHA-256', children: <span className="mono">{shortHash(str(i['sha256']), 24)}</span> },
        ],
      };
    case 'case.drawn':
      return {
        title: `双随机抽取：${str(i['item'])}`,
        items: [
          { key: 'position', label: '抽中顺序', children: `第 ${str(i['position'])} 户` },
          {
            key: 'inspectors',
            label: '抽中的执法证号',
            children: Array.isArray(i['inspectors']) ? (i['inspectors'] as string[]).join('、') : '',
          },
          { key: 'commitment', label: '承诺哈希', children: <span className="mono">{shortHash(str(i['commitmentHash']), 24)}</span> },
          { key: 'seed', label: '种子', children: <span className="mono">{shortHash(str(i['seed']), 24)}</span> },
          { key: 'url', label: '公示与核验', children: <a href={str(i['url'])}>{str(i['url'])}</a> },
        ],
      };
    case 'party.access-voided':
      return {
        title: '作废当事人专区访问码',
        items: [{ key: 'reason', label: '理由', children: <span style={{ whiteSpace: 'pre-wrap' }}>{str(i['reason'])}</span> }],
      };
    case 'case.step': {
      const online = i['onlineParty'] as { name?: string } | undefined;
      return {
        title: `${stepDef?.name ?? e.step ?? ''}${online ? '（当事人网上提交）' : ''}`,
        items: stepItems(i, stepDef, names),
      };
    }
    default: {
      const round = i['round'] !== undefined ? `第 ${str(i['round'])} 轮` : i['version'] !== undefined ? `第 ${str(i['version'])} 版` : '';
      const what = e.kind === 'review.advice' && i['invited'] ? '邀请法律顾问' : (REVIEW_KIND[e.kind] ?? e.kind);
      return { title: `${what}${round ? `（${round}）` : ''}`, items: [] };
    }
  }
}

/**
 * 办案记录: the case's hash chain as a timeline — who, when, what — each entry marked by the
 * chain check the server ran over the whole log (R-REC-4).
 */
export function HistoryTab({ c }: { c: CaseDetail }) {
  const { reason } = useCaseAccess();
  const q = useQuery(eventsQuery(c.id, reason));
  const def = useQuery(procedureQuery(c.procedure.code)).data;
  const names = new Map(c.officers.map((o) => [o.userId, o.name]));
  return (
    <QueryView query={q}>
      {(ev) => {
        const broken = new Map(ev.problems.map((p) => [p.seq, p.problem]));
        return (
          <>
            {ev.chainIntact ? (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 16 }}
                title={`全过程记录完整：${ev.events.length} 条记录的哈希链经逐条重新计算，未发现删改`}
              />
            ) : (
              <Alert
                type="error"
                showIcon
                role="alert"
                style={{ marginBottom: 16 }}
                title={`记录链校验失败：${ev.problems.length} 处问题，请立即报告`}
              />
            )}
            <Timeline
              items={[...ev.events].reverse().map((e) => {
                const { title, items } = describe(e, def, names);
                const problem = broken.get(e.seq);
                return {
                  key: e.seq,
                  icon: problem ? <WarningOutlined style={{ color: '#cf1322' }} /> : (ICON[e.kind] ?? <CheckCircleOutlined />),
                  color: problem ? 'red' : 'blue',
                  title: dateTime(e.at),
                  content: (
                    <div>
                      <Space wrap>
                        <Typography.Text strong>{title}</Typography.Text>
                        <Typography.Text type="secondary">{e.actorName}</Typography.Text>
                        {e.toState && e.fromState !== e.toState && def ? (
                          <Tag>{def.states.find((s) => s.code === e.toState)?.name ?? e.toState}</Tag>
                        ) : null}
                        <Tooltip title={`第 ${e.seq} 条；本条哈希 ${e.hash}；上一条 ${e.prevHash}`}>
                          {problem ? (
                            <Tag color="error">校验失败：{problem}</Tag>
                          ) : (
                            <Tag color="success" icon={<CheckCircleOutlined />}>
                              已校验 {shortHash(e.hash, 8)}
                            </Tag>
                          )}
                        </Tooltip>
                      </Space>
                      {items.length ? <Descriptions size="small" column={1} style={{ marginTop: 6 }} items={items} /> : null}
                    </div>
                  ),
                };
              })}
            />
          </>
        );
      }}
    </QueryView>
  );
}
