import { useState } from 'react';
import { Button, Card, Empty, Image, Modal, Space, Steps, Typography } from 'antd';
import { ApartmentOutlined } from '@ant-design/icons';
import type { CaseDetail, Procedure } from '../../api/types';
import { StepDrawer } from './step-drawer';

/** The states the case has been through, from its history and the definition's transitions. */
function visitedStates(c: CaseDetail, def: Procedure): Set<string> {
  const seen = new Set<string>([def.open.to]);
  for (const h of c.history) {
    const s = def.steps.find((x) => x.code === h.step);
    if (s && s.to !== '@same') seen.add(s.to);
  }
  return seen;
}

/**
 * Left of the case page: the procedure as Steps drawn from its definition (the same data as the
 * flowchart), the current state highlighted; below, the steps I may take now.
 */
export function CaseProgress({ c, procedure }: { c: CaseDetail; procedure: Procedure | undefined }) {
  const [open, setOpen] = useState<string | null>(null);
  const [chart, setChart] = useState(false);
  const visited = procedure ? visitedStates(c, procedure) : new Set<string>();
  // endings off the main line (不予立案, 移送 …) appear only once the case has reached them
  const states = (procedure?.states ?? []).filter((s) => !s.branch || visited.has(s.code) || s.code === c.state.code);
  const current = states.findIndex((s) => s.code === c.state.code);
  return (
    <div style={{ display: 'grid', gap: 16 }}>
      <Card size="small" title="可办理环节">
        {c.availableSteps.length ? (
          <Space orientation="vertical" style={{ width: '100%' }}>
            {c.availableSteps.map((s) => (
              <Button
                key={s.code}
                block
                onClick={() => setOpen(s.code)}
                style={{
                  justifyContent: 'flex-start',
                  height: 'auto',
                  minHeight: 32,
                  paddingBlock: 4,
                  whiteSpace: 'normal',
                  textAlign: 'left',
                }}
              >
                {s.name}
                <Typography.Text type="secondary" style={{ fontSize: 12, marginLeft: 6 }}>
                  {s.stage}
                </Typography.Text>
              </Button>
            ))}
          </Space>
        ) : (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={c.terminal ? '案件已终结' : '当前没有您可以办理的环节'} />
        )}
      </Card>
      <Card
        size="small"
        title="办案流程"
        extra={
          <Button size="small" type="link" icon={<ApartmentOutlined />} onClick={() => setChart(true)}>
            流程图
          </Button>
        }
      >
        <Steps
          orientation="vertical"
          size="small"
          current={current}
          items={states.map((s, i) => ({
            title: s.name,
            status: i === current ? (c.terminal ? 'finish' : 'process') : visited.has(s.code) ? 'finish' : 'wait',
            ...(i === current ? { content: c.terminal ? '已终结' : '当前' } : {}),
          }))}
        />
      </Card>
      {open && procedure ? <StepDrawer c={c} procedure={procedure} stepCode={open} onClose={() => setOpen(null)} /> : null}
      <Modal open={chart} onCancel={() => setChart(false)} footer={null} title={`${c.procedure.name} 流程图`} width={900}>
        <Image src={`/api/v1/cases/${c.id}/flowchart.svg`} alt={`${c.procedure.name}流程图，当前环节：${c.state.name}`} preview={false} />
      </Modal>
    </div>
  );
}
