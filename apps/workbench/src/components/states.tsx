import type { ReactNode } from 'react';
import { Alert, Button, Empty, Result, Skeleton } from 'antd';
import type { UseQueryResult } from '@tanstack/react-query';
import { ApiError } from '../api/client';

/** The server's Chinese message; never a raw code or stack (WORKBENCH.md). */
export function errorMessage(e: unknown): string {
  if (e instanceof ApiError) return e.message;
  return '操作未能完成，请稍后重试';
}

export function ErrorState({ error, retry }: { error: unknown; retry?: () => void }) {
  const notFound = error instanceof ApiError && error.status === 404;
  const forbidden = error instanceof ApiError && error.status === 403;
  return (
    <Result
      status={notFound ? '404' : forbidden ? '403' : 'error'}
      title={notFound ? '未找到' : forbidden ? '无权访问' : '载入失败'}
      subTitle={errorMessage(error)}
      extra={retry ? <Button onClick={retry}>重试</Button> : undefined}
    />
  );
}

export function ErrorAlert({ error, style }: { error: unknown; style?: React.CSSProperties }) {
  if (!error) return null;
  return <Alert type="error" showIcon role="alert" title={errorMessage(error)} style={{ marginBottom: 16, ...style }} />;
}

export function EmptyState({ children, action }: { children: ReactNode; action?: ReactNode }) {
  return (
    <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={children}>
      {action}
    </Empty>
  );
}

/** Loading, error and (optionally) empty states of one query, then its data. */
export function QueryView<T>({
  query,
  children,
  isEmpty,
  empty,
  rows = 4,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
  isEmpty?: (data: T) => boolean;
  empty?: ReactNode;
  rows?: number;
}) {
  if (query.isPending) return <Skeleton active paragraph={{ rows }} />;
  if (query.isError) return <ErrorState error={query.error} retry={() => void query.refetch()} />;
  if (isEmpty?.(query.data)) return <>{empty ?? <EmptyState>暂无数据</EmptyState>}</>;
  return <>{children(query.data)}</>;
}
