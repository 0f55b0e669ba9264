import { useState } from 'react';
import { Route, Routes } from 'react-router-dom';
import NotFoundPage from '../errors/NotFoundPage';
import { CountyOverview } from './CountyOverview';
import { CycleScoresPage } from './CycleScoresPage';

/** 全县对比: /dashboard (towns ranked) and /dashboard/town/:townId/cycle/:cycleId (drill-down). */
export default function DashboardPage() {
  const [year, setYear] = useState(() => new Date().getFullYear());
  return (
    <div data-testid="dashboard">
      <Routes>
        <Route index element={<CountyOverview year={year} onYear={setYear} />} />
        <Route path="town/:townId/cycle/:cycleId" element={<CycleScoresPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Routes>
    </div>
  );
}
