import { useEffect, type ReactNode } from 'react';
import { Link } from 'react-router';
import { Breadcrumb, Flex, Typography } from 'antd';

export interface Crumb {
  title: string;
  to?: string;
}

/** A page: breadcrumbs, one h1, actions on the right, then the content; sets the window title. */
export function Page({
  title,
  crumbs = [],
  extra,
  children,
  subtitle,
}: {
  title: ReactNode;
  crumbs?: Crumb[];
  extra?: ReactNode;
  children: ReactNode;
  subtitle?: ReactNode;
}) {
  const text = typeof title === 'string' ? title : (crumbs.at(-1)?.title ?? '');
  useEffect(() => {
    document.title = `${text} · 执法工作台`;
  }, [text]);
  return (
    <div className="page">
      <Breadcrumb
        className="crumbs"
        items={[
          { title: <Link to="/">工作台</Link> },
          ...crumbs.map((c) => ({ title: c.to ? <Link to={c.to}>{c.title}</Link> : c.title })),
        ]}
      />
      <Flex justify="space-between" align="flex-start" gap={16} wrap className="page-head">
        <div>
          <Typography.Title level={1} className="page-title">
            {title}
          </Typography.Title>
          {subtitle ? <div className="page-subtitle">{subtitle}</div> : null}
        </div>
        {extra ? <div className="page-extra">{extra}</div> : null}
      </Flex>
      {children}
    </div>
  );
}
