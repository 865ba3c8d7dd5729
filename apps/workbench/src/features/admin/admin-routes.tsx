import { lazy, type ReactNode } from 'react';
import { Link, Navigate, Route, Routes } from 'react-router';
import { Button, Result } from 'antd';
import { useSession, type Role } from '../../auth/session';
import './admin.css';

const Agencies = lazy(() => import('./agencies-page'));
const Users = lazy(() => import('./users-page'));
const ReviewCatalog = lazy(() => import('./review-catalog-page'));
const RecordingList = lazy(() => import('./recording-list-page'));
const Discretion = lazy(() => import('./discretion-page'));
const CaseFileStandards = lazy(() => import('./case-file-standards-page'));
const DocumentNumbering = lazy(() => import('./document-numbering-page'));
const Calendar = lazy(() => import('./calendar-page'));
const Lists = lazy(() => import('./lists-page'));
const Exchange = lazy(() => import('./exchange-page'));
const PublicationSettings = lazy(() => import('./publication-settings-page'));
const DocumentSettings = lazy(() => import('./document-settings-page'));

/** A screen for the roles whose menu lists it (app/menu.tsx); others are told so, not shown an empty page. */
function For({ roles, children }: { roles: Role[]; children: ReactNode }) {
  const session = useSession();
  if (session.has(...roles)) return <>{children}</>;
  return (
    <Result
      status="403"
      title="无权访问"
      subTitle="此页面供系统管理员等岗位使用，您当前的角色无权查看。"
      extra={
        <Link to="/">
          <Button>回到待办</Button>
        </Link>
      }
    />
  );
}

/** 系统管理 (系统管理员; reviewers and publishers reach the pages of their menus): screens under /admin/. */
export default function AdminRoutes() {
  return (
    <Routes>
      <Route index element={<Navigate to="agencies" replace />} />
      <Route
        path="agencies"
        element={
          <For roles={['admin']}>
            <Agencies />
          </For>
        }
      />
      <Route
        path="users"
        element={
          <For roles={['admin']}>
            <Users />
          </For>
        }
      />
      <Route
        path="review-catalog"
        element={
          <For roles={['admin', 'reviewer', 'head']}>
            <ReviewCatalog />
          </For>
        }
      />
      <Route
        path="recording-list"
        element={
          <For roles={['admin']}>
            <RecordingList />
          </For>
        }
      />
      <Route
        path="discretion"
        element={
          <For roles={['admin', 'reviewer', 'head']}>
            <Discretion />
          </For>
        }
      />
      <Route
        path="case-file-standards"
        element={
          <For roles={['admin']}>
            <CaseFileStandards />
          </For>
        }
      />
      <Route
        path="document-numbering"
        element={
          <For roles={['admin']}>
            <DocumentNumbering />
          </For>
        }
      />
      <Route
        path="calendar"
        element={
          <For roles={['admin']}>
            <Calendar />
          </For>
        }
      />
      <Route
        path="lists"
        element={
          <For roles={['admin', 'publisher', 'head']}>
            <Lists />
          </For>
        }
      />
      <Route
        path="exchange"
        element={
          <For roles={['admin']}>
            <Exchange />
          </For>
        }
      />
      <Route
        path="publication-settings"
        element={
          <For roles={['admin', 'publisher', 'head']}>
            <PublicationSettings />
          </For>
        }
      />
      <Route
        path="document-settings"
        element={
          <For roles={['admin', 'head']}>
            <DocumentSettings />
          </For>
        }
      />
      <Route path="*" element={<Result status="404" title="页面不存在" subTitle="您访问的页面不存在或已移动。" />} />
    </Routes>
  );
}
