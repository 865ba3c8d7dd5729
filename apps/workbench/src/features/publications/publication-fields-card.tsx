/** The 双公示 data items of one publication: each item's published value, flagged when redacted (original on hover). */
import { Card, Table, Tag } from 'antd';
import { CONFIRM_TAG, type Preview } from './publication-redaction-panels';

/** `asked`: the codes of items with a 请确认 span still undecided (hidden until decided). */
export function PublicationFieldsCard({ fields, asked = new Set() }: { fields: Preview['fields']; asked?: ReadonlySet<string> }) {
  return (
    <Card size="small" title="双公示数据项" style={{ marginBottom: 16 }}>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        dataSource={fields}
        columns={[
          { title: '数据项', key: 'n', width: 150, render: (_, f) => f.name },
          {
            title: '公示内容',
            key: 'v',
            render: (_, f) =>
              f.published !== f.original ? (
                <span title={`原文：${f.original ?? ''}`}>
                  {f.published ?? '—'} <Tag>已脱敏</Tag>
                  {asked.has(f.code) ? (
                    <Tag color="orange" style={CONFIRM_TAG}>
                      请确认
                    </Tag>
                  ) : null}
                </span>
              ) : (
                (f.published ?? '—')
              ),
          },
        ]}
      />
    </Card>
  );
}
