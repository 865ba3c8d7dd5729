import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const List = lazy(() => import('./complaints-page'));
const Complaint = lazy(() => import('./complaint-page'));

/** 投诉举报 (R-X-4): the list with due dates and the complaint page, under /complaints/. */
export default function ComplaintRoutes() {
  return (
    <Routes>
      <Route index element={<List />} />
      <Route path=":id" element={<Complaint />} />
    </Routes>
  );
}
