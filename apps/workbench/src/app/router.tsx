import { lazy } from 'react';
import { createBrowserRouter, Navigate, Outlet, useLocation } from 'react-router';
import { Button, Result } from 'antd';
import { useMaybeSession } from '../auth/session';
import { AppLayout } from './layout';
// 待办 is the first screen: part of the application's own code, not a chunk fetched after it
import HomePage from '../features/worklist/home-page';

// Every screen is its own chunk: the first screen loads only what it shows.
const LoginPage = lazy(() => import('../auth/login-page'));
const CaseListPage = lazy(() => import('../features/cases/case-list-page'));
const NewCasePage = lazy(() => import('../features/cases/new-case-page'));
const CasePage = lazy(() => import('../features/cases/case-page'));
const EvidencePage = lazy(() => import('../features/evidence/evidence-page'));
const ReviewQueuePage = lazy(() => import('../features/review/review-queue-page'));
const ReviewPage = lazy(() => import('../features/review/review-page'));
const ApprovalsPage = lazy(() => import('../features/approvals/approvals-page'));
const PublicationListPage = lazy(() => import('../features/publications/publication-list-page'));
const PublicationPage = lazy(() => import('../features/publications/publication-page'));
const CreditRepairListPage = lazy(() => import('../features/credit-repair/credit-repair-list-page'));
const CreditRepairPage = lazy(() => import('../features/credit-repair/credit-repair-page'));
const StatisticsPage = lazy(() => import('../features/statistics/statistics-page'));
const AnalysisPage = lazy(() => import('../features/analysis/analysis-page'));
const SupervisionRoutes = lazy(() => import('../features/supervision/supervision-routes'));
const AdminRoutes = lazy(() => import('../features/admin/admin-routes'));
const DrawRoutes = lazy(() => import('../features/draws/draw-routes'));
const EvaluationRoutes = lazy(() => import('../features/evaluation/evaluation-routes'));
const AlertsPage = lazy(() => import('../features/alerts/alerts-page'));
const ComplaintRoutes = lazy(() => import('../features/complaints/complaint-routes'));
const QualificationsPage = lazy(() => import('../features/qualifications/qualifications-page'));

function RequireSession() {
  const session = useMaybeSession();
  const location = useLocation();
  if (!session) return <Navigate to="/login" replace state={{ from: `${location.pathname}${location.search}` }} />;
  return <AppLayout />;
}

function LoginRoute() {
  const session = useMaybeSession();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;
  if (session) return <Navigate to={from && from !== '/login' ? from : '/'} replace />;
  return <LoginPage />;
}

function NotFound() {
  return (
    <Result status="404" title="页面不存在" subTitle="您访问的页面不存在或已移动。" extra={<Button href="/workbench/">回到待办</Button>} />
  );
}

export const router = createBrowserRouter(
  [
    { path: '/login', element: <LoginRoute /> },
    {
      element: <RequireSession />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'cases', element: <CaseListPage /> },
        { path: 'cases/new', element: <NewCasePage /> },
        { path: 'cases/:id', element: <CasePage /> },
        { path: 'evidence', element: <EvidencePage /> },
        { path: 'reviews', element: <ReviewQueuePage /> },
        { path: 'reviews/done', element: <ReviewQueuePage done /> },
        { path: 'reviews/:caseId', element: <ReviewPage /> },
        { path: 'approvals', element: <ApprovalsPage /> },
        { path: 'approvals/discussions', element: <ApprovalsPage discussions /> },
        { path: 'publications', element: <PublicationListPage view="due" /> },
        { path: 'publications/published', element: <PublicationListPage view="published" /> },
        { path: 'publications/withdrawals', element: <PublicationListPage view="withdrawals" /> },
        { path: 'publications/:id', element: <PublicationPage /> },
        { path: 'credit-repair', element: <CreditRepairListPage /> },
        { path: 'credit-repair/:id', element: <CreditRepairPage /> },
        { path: 'statistics', element: <StatisticsPage /> },
        { path: 'analysis', element: <AnalysisPage /> },
        { path: 'supervision/*', element: <SupervisionRoutes /> },
        { path: 'alerts', element: <AlertsPage /> },
        { path: 'qualifications', element: <QualificationsPage /> },
        { path: 'admin/*', element: <AdminRoutes /> },
        { path: 'draws/*', element: <DrawRoutes /> },
        { path: 'evaluation/*', element: <EvaluationRoutes /> },
        { path: 'complaints/*', element: <ComplaintRoutes /> },
        { path: '*', element: <NotFound /> },
      ],
    },
  ],
  { basename: '/workbench' },
);

export { Outlet };
