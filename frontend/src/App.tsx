import { App as AntApp } from 'antd';
import { lazy, Suspense } from 'react';
import { BrowserRouter, Route, Routes } from 'react-router-dom';
import { ApiProvider } from './api/ApiProvider';
import { RequireAuth } from './auth/RequireAuth';
import { useViewer, ViewerProvider } from './auth/viewer';
import { PageLoading } from './components/PageLoading';
import { RouteErrorBoundary } from './components/RouteErrorBoundary';
import { I18nProvider } from './i18n';
import { ROUTES, type AppRoute } from './routes';

// Everything behind sign-in is split off: the sign-in route loads only what it needs.
const SignInPage = lazy(() => import('./auth/SignInPage'));
const AppLayout = lazy(() => import('./layout/AppLayout'));
const NotFoundPage = lazy(() => import('./pages/errors/NotFoundPage'));
const ForbiddenPage = lazy(() => import('./pages/errors/ForbiddenPage'));

/** Opens the page if the registry says the viewer may see it, else 403. */
function Guarded({ route }: { route: AppRoute }) {
  const { viewer } = useViewer();
  const Page = route.element;
  return viewer && route.visible(viewer) ? <Page /> : <ForbiddenPage />;
}

export function AppRoutes() {
  return (
    <RouteErrorBoundary>
      <Suspense fallback={<PageLoading />}>
        <Routes>
          <Route path="/login" element={<SignInPage />} />
          <Route
            element={
              <RequireAuth>
                <AppLayout />
              </RequireAuth>
            }
          >
            {ROUTES.map((route) =>
              route.path === '/' ? (
                <Route key={route.key} index element={<Guarded route={route} />} />
              ) : (
                <Route key={route.key} path={`${route.path}/*`} element={<Guarded route={route} />} />
              ),
            )}
            <Route path="*" element={<NotFoundPage />} />
          </Route>
        </Routes>
      </Suspense>
    </RouteErrorBoundary>
  );
}

export default function App() {
  return (
    <I18nProvider>
      <AntApp>
        <ApiProvider>
          <ViewerProvider>
            <BrowserRouter>
              <AppRoutes />
            </BrowserRouter>
          </ViewerProvider>
        </ApiProvider>
      </AntApp>
    </I18nProvider>
  );
}
