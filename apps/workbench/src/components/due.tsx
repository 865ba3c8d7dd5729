import { Tag, Tooltip } from 'antd';
import { dateWithWeekday } from '../lib/format';

export type DueState = 'overdue' | 'soon' | 'normal' | 'met' | 'met-late' | 'unknown' | 'running' | null | undefined;

/** 逾期 red, 临期 orange, 正常 default — always with a word, never colour alone (WORKBENCH.md). */
export function DueTag({ state }: { state: DueState }) {
  switch (state) {
    case 'overdue':
      return <Tag color="error">逾期</Tag>;
    case 'soon':
      return <Tag color="warning">临期</Tag>;
    case 'met':
      return <Tag color="success">已完成</Tag>;
    case 'met-late':
      return <Tag color="error">逾期完成</Tag>;
    case 'unknown':
      return (
        <Tooltip title="该年度节假日安排尚未载入，期限暂无法计算">
          <Tag>未知年度</Tag>
        </Tooltip>
      );
    case 'normal':
    case 'running':
      return <Tag>正常</Tag>;
    default:
      return null;
  }
}

/** A due date with its weekday and state; working-day limits say so. */
export function DueDate({ on, state, working }: { on: string | null | undefined; state?: DueState; working?: boolean }) {
  if (!on) return state === 'unknown' ? <DueTag state="unknown" /> : <span>—</span>;
  return (
    <span style={{ whiteSpace: 'nowrap' }}>
      {dateWithWeekday(on)}
      {working ? <span style={{ color: 'rgba(0,0,0,0.62)' }}>（工作日）</span> : null} <DueTag state={state} />
    </span>
  );
}
