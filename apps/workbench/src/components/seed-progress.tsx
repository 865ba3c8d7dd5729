import { Progress, Typography } from 'antd';

/**
 * How far the agency's ledger is from the size whose root becomes a committed draw's seed (双随机 plans
 * and 案卷评查 rounds): the seed exists once a signed checkpoint reaches that size.
 */
export function SeedProgress({
  ledger,
  seedTreeSize,
}: {
  ledger: { size: number; checkpointSize: number | null } | null | undefined;
  seedTreeSize: number | null | undefined;
}) {
  if (!ledger) return null;
  return (
    <div style={{ margin: '12px 0' }}>
      <Typography.Text>
        账本现有 {ledger.size} 条，需达到 {seedTreeSize} 条并签署检查点
        {ledger.checkpointSize !== null ? `（最新检查点 ${ledger.checkpointSize} 条）` : ''}
      </Typography.Text>
      <Progress percent={Math.min(100, Math.floor(((ledger.checkpointSize ?? 0) / (seedTreeSize ?? 1)) * 100))} aria-label="种子产生进度" />
    </div>
  );
}
