import { lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router-dom';
import { PageLoading } from '../../components/PageLoading';
import HouseholdListPage from './HouseholdListPage';

const HouseholdDetailPage = lazy(() => import('./HouseholdDetailPage'));
const ImportPage = lazy(() => import('./ImportPage'));

/** 户籍台账: the list at /registry, a household at /registry/:id, the import at /registry/import. */
export default function RegistryPage() {
  return (
    <Suspense fallback={<PageLoading />}>
      <Routes>
        <Route index element={<HouseholdListPage />} />
        <Route path="import" element={<ImportPage />} />
        <Route path=":householdId" element={<HouseholdDetailPage />} />
      </Routes>
    </Suspense>
  );
}
