import { lazy } from 'react';
import { Route, Routes } from 'react-router';

const Rounds = lazy(() => import('./rounds-page'));
const Round = lazy(() => import('./round-page'));
const Score = lazy(() => import('./score-page'));
const Results = lazy(() => import('./results-page'));
const Standard = lazy(() => import('./standard-page'));

/** 案卷评查 (R-REC-8) under /evaluation/: the 司法局's rounds and scoring, and an agency's results. */
export default function EvaluationRoutes() {
  return (
    <Routes>
      <Route index element={<Rounds />} />
      <Route path="results" element={<Results />} />
      <Route path="standard" element={<Standard />} />
      <Route path=":roundId" element={<Round />} />
      <Route path=":roundId/cases/:caseId" element={<Score />} />
    </Routes>
  );
}
