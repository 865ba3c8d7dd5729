import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const Plans = lazy(() => import('./plans-page'));
const Rosters = lazy(() => import('./rosters-page'));
const Plan = lazy(() => import('./plan-page'));

/** 双随机、一公开 (R-X-2): the agency's 名录库, plans and draws, under /draws/. */
export default function DrawRoutes() {
  return (
    <Routes>
      <Route index element={<Plans />} />
      <Route path="rosters" element={<Rosters />} />
      <Route path=":planId" element={<Plan />} />
    </Routes>
  );
}
