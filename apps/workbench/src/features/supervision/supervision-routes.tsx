import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const Dashboard = lazy(() => import('./dashboard-page'));
const CaseSearch = lazy(() => import('./case-search-page'));
const AccessLog = lazy(() => import('./access-log-page'));
const PartyRecords = lazy(() => import('./party-records-page'));
const AnnualReports = lazy(() => import('./annual-reports-page'));
const Staffing = lazy(() => import('./staffing-page'));

/** 执法监督 (司法局): its screens join the workbench under /supervision/. */
export default function SupervisionRoutes() {
  return (
    <Routes>
      <Route index element={<Dashboard />} />
      <Route path="cases" element={<CaseSearch />} />
      <Route path="access-log" element={<AccessLog />} />
      <Route path="party-records" element={<PartyRecords />} />
      <Route path="annual-reports" element={<AnnualReports />} />
      <Route path="staffing" element={<Staffing />} />
    </Routes>
  );
}
