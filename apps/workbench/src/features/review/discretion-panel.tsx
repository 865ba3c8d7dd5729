import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Empty, List, Table, Tag, Typography } from 'antd';
import { rangeText } from '@sanxiang/domain/browser';
import { api, unwrap } from '../../api/client';
import { QueryView, EmptyState } from '../../components/states';

/**
 * Beside a proposed penalty (R-REV-10): the 裁量基准 of the violation — every grade with its
 * circumstances and range, the articles broken and punishing — the verdict on the proposed fine,
 * and the agency's similar cases.
 */
export function DiscretionPanel({
  agencyId,
  violation,
  fine,
  facts,
}: {
  agencyId: string;
  violation: string | undefined;
  fine: number | undefined;
  facts: string;
}) {
  const q = useQuery({
    queryKey: ['discretion', agencyId, violation, fine ?? null, facts],
    queryFn: () =>
      unwrap(
        api.GET('/api/v1/agencies/{id}/discretion-benchmarks/{violation}', {
          params: {
            path: { id: agencyId, violation: violation! },
            query: { ...(fine !== undefined ? { fine } : {}), ...(facts ? { facts: facts.slice(0, 2000) } : {}) },
          },
        }),
      ),
    enabled: !!violation,
  });
  if (!violation) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="选择违法行为后显示裁量基准与类案" />;
  return (
    <QueryView query={q}>
      {(d) => (
        <div style={{ display: 'grid', gap: 12 }}>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'v', label: '违法行为', children: d.benchmark.name },
              { key: 'a', label: '违反的规定', children: d.benchmark.violatedArticle },
              { key: 'p', label: '处罚依据', children: d.benchmark.penaltyArticle },
            ]}
          />
          <Table
            size="small"
            pagination={false}
            rowKey="grade"
            dataSource={d.benchmark.grades.map((g) => ({
              grade: g.grade,
              circumstances: g.circumstances,
              range: rangeText(g.fine),
              sanctions: g.sanctions,
            }))}
            rowClassName={(r) => (r.grade === d.verdict?.grade ? 'ant-table-row-selected' : '')}
            columns={[
              {
                title: '裁量阶次',
                dataIndex: 'grade',
                width: 90,
                render: (g: string) => (g === d.verdict?.grade ? <Tag color="processing">{g}</Tag> : g),
              },
              { title: '适用情形', dataIndex: 'circumstances' },
              { title: '处罚幅度', key: 'range', width: 170, render: (_, r) => [r.range, ...r.sanctions].join('；') },
            ]}
          />
          {d.verdict ? (
            <Alert
              type={d.verdict.inRange ? 'success' : 'warning'}
              showIcon
              title={d.verdict.message}
              description={d.verdict.problems.length ? d.verdict.problems.join('；') : undefined}
            />
          ) : (
            <Typography.Text type="secondary">填写罚款金额后，判断是否在裁量幅度内。</Typography.Text>
          )}
          <Card size="small" title={`本机关类案（${d.similar.length}）`}>
            <List
              size="small"
              dataSource={d.similar}
              locale={{ emptyText: <EmptyState>没有相似的已决案件</EmptyState> }}
              renderItem={(s) => (
                <List.Item>
                  <div>
                    <Typography.Text strong>{s.caseNumber}</Typography.Text> {s.title}
                    <div style={{ fontSize: 12 }}>
                      <Typography.Text type="secondary">
                        相似度 {Math.round(s.similarity * 100)}%{s.sameViolation ? ' · 同一违法行为' : ''} · {s.grade ?? '未定阶次'} ·{' '}
                        {s.fineAmount !== null ? `罚款 ¥${s.fineAmount.toLocaleString('zh-CN')}` : s.penalty || '无罚款'}
                      </Typography.Text>
                    </div>
                  </div>
                </List.Item>
              )}
            />
          </Card>
        </div>
      )}
    </QueryView>
  );
}
