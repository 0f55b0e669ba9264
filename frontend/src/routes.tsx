/**
 * The page registry: the menu, the router and the home page's links all come from here.
 *
 * To add a page: create src/pages/<area>/<Name>Page.tsx (default export), add an entry
 * below. `visible` decides both the menu entry and whether the route opens (others get
 * 403); base it on permissions (policies/policy.csv) rather than role names when you can.
 */
import {
  AuditOutlined,
  BarChartOutlined,
  FileDoneOutlined,
  HomeOutlined,
  KeyOutlined,
  ProjectOutlined,
  SafetyCertificateOutlined,
  SwapOutlined,
  TeamOutlined,
  EyeOutlined,
} from '@ant-design/icons';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';
import { can, hasRole, type Viewer } from './auth/viewer';

export type AppRoute = {
  /** Stable id (menu key, e2e selectors). */
  key: string;
  /** Absolute path; sub-routes of an area live under `path/*` inside its page. */
  path: string;
  labelZh: string;
  labelEn: string;
  icon: ReactNode;
  element: LazyExoticComponent<ComponentType>;
  visible: (viewer: Viewer) => boolean;
  /** Leave out of the menu (still routable). */
  hideInMenu?: boolean;
};

export const ROUTES: AppRoute[] = [
  {
    key: 'home',
    path: '/',
    labelZh: '首页',
    labelEn: 'Home',
    icon: <HomeOutlined />,
    element: lazy(() => import('./pages/home/HomePage')),
    visible: () => true,
  },
  {
    key: 'registry',
    path: '/registry',
    labelZh: '户籍台账',
    labelEn: 'Registry',
    icon: <TeamOutlined />,
    element: lazy(() => import('./pages/registry/RegistryPage')),
    visible: (v) => can(v, 'household', 'read') && !hasRole(v, 'EVALUATOR'),
  },
  {
    key: 'visits',
    path: '/visits',
    labelZh: '入户自查',
    labelEn: 'Visits',
    icon: <FileDoneOutlined />,
    element: lazy(() => import('./pages/visits/VisitsPage')),
    visible: (v) => can(v, 'visit', 'submit'),
  },
  {
    key: 'review',
    path: '/review',
    labelZh: '访谈审核',
    labelEn: 'Review',
    icon: <AuditOutlined />,
    element: lazy(() => import('./pages/review/ReviewPage')),
    visible: (v) => can(v, 'visit', 'review'),
  },
  {
    key: 'crosscheck',
    path: '/crosscheck',
    labelZh: '互查',
    labelEn: 'Cross-check',
    icon: <SwapOutlined />,
    element: lazy(() => import('./pages/crosscheck/CrosscheckPage')),
    visible: (v) => can(v, 'draw', 'read') && !hasRole(v, 'EVALUATOR'),
  },
  {
    key: 'ledger',
    path: '/ledger',
    labelZh: '整改台账',
    labelEn: 'Ledger',
    icon: <SafetyCertificateOutlined />,
    element: lazy(() => import('./pages/ledger/LedgerPage')),
    visible: (v) => can(v, 'ledger', 'read') && !hasRole(v, 'EVALUATOR'),
  },
  {
    key: 'projects',
    path: '/projects',
    labelZh: '扶贫项目',
    labelEn: 'Projects',
    icon: <ProjectOutlined />,
    element: lazy(() => import('./pages/projects/ProjectsPage')),
    visible: (v) => can(v, 'project', 'read') && !hasRole(v, 'EVALUATOR'),
  },
  {
    key: 'dashboard',
    path: '/dashboard',
    labelZh: '全县对比',
    labelEn: 'County dashboard',
    icon: <BarChartOutlined />,
    element: lazy(() => import('./pages/dashboard/DashboardPage')),
    visible: (v) => hasRole(v, 'COUNTY_OFFICIAL'),
  },
  {
    key: 'evaluator',
    path: '/evaluator',
    labelZh: '第三方评估',
    labelEn: 'Evaluator view',
    icon: <EyeOutlined />,
    element: lazy(() => import('./pages/evaluator/EvaluatorPage')),
    visible: (v) => hasRole(v, 'EVALUATOR') || v.kind === 'token',
  },
  {
    key: 'tokens',
    path: '/tokens',
    labelZh: '评估凭证',
    labelEn: 'API tokens',
    icon: <KeyOutlined />,
    element: lazy(() => import('./pages/tokens/TokensPage')),
    visible: (v) => can(v, 'token', 'write') && !v.readOnly,
  },
];

export function visibleRoutes(viewer: Viewer | null): AppRoute[] {
  return viewer ? ROUTES.filter((route) => route.visible(viewer)) : [];
}

export function routeByKey(key: string): AppRoute | undefined {
  return ROUTES.find((route) => route.key === key);
}

