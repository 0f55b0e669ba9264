import { LogoutOutlined, MenuOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Drawer, Dropdown, Grid, Layout, Menu, Space, Typography } from 'antd';
import { Suspense, useMemo, useState } from 'react';
import { Link, Outlet, useLocation } from 'react-router-dom';
import { roleText, useViewer } from '../auth/viewer';
import { useSignOut } from '../auth/signOut';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { PageLoading } from '../components/PageLoading';
import { RouteErrorBoundary } from '../components/RouteErrorBoundary';
import { useI18n } from '../i18n';
import { visibleRoutes, type AppRoute } from '../routes';

/** The route whose path is the longest prefix of the current location. */
function selectedKey(routes: AppRoute[], pathname: string): string {
  let best: AppRoute | undefined;
  for (const route of routes) {
    const matches = route.path === '/' ? pathname === '/' : pathname === route.path || pathname.startsWith(`${route.path}/`);
    if (matches && (!best || route.path.length > best.path.length)) best = route;
  }
  return best?.key ?? '';
}

/** Sider menu on tablets and desktops, a drawer on phones; header with who, language, sign-out. */
export default function AppLayout() {
  const { viewer } = useViewer();
  const { t, pick } = useI18n();
  const signOut = useSignOut();
  const screens = Grid.useBreakpoint();
  const phone = !screens.md;
  const [drawerOpen, setDrawerOpen] = useState(false);
  const [collapsed, setCollapsed] = useState(false);
  const location = useLocation();

  const routes = useMemo(() => visibleRoutes(viewer).filter((r) => !r.hideInMenu), [viewer]);
  const items = routes.map((route) => ({
    key: route.key,
    icon: route.icon,
    label: (
      <Link to={route.path} data-testid={`nav-${route.key}`}>
        {pick(route.labelZh, route.labelEn)}
      </Link>
    ),
  }));
  const menu = (
    <Menu
      mode="inline"
      theme={phone ? 'light' : 'dark'}
      selectedKeys={[selectedKey(routes, location.pathname)]}
      items={items}
      onClick={() => setDrawerOpen(false)}
    />
  );
  const who = roleText(viewer);

  return (
    <Layout style={{ minHeight: '100vh' }}>
      {!phone && (
        <Layout.Sider collapsible collapsed={collapsed} onCollapse={setCollapsed} width={208} breakpoint="lg">
          <Link to="/" className="tc-brand">
            {collapsed ? 'TC' : t('app.title')}
          </Link>
          {menu}
        </Layout.Sider>
      )}
      {phone && (
        <Drawer
          placement="left"
          open={drawerOpen}
          onClose={() => setDrawerOpen(false)}
          width={260}
          title={t('app.title')}
          styles={{ body: { padding: 0 } }}
        >
          {menu}
        </Drawer>
      )}
      <Layout>
        <Layout.Header className="tc-header">
          {phone && (
            <Button
              type="text"
              icon={<MenuOutlined />}
              onClick={() => setDrawerOpen(true)}
              aria-label={t('common.menu')}
              data-testid="menu-toggle"
            />
          )}
          {phone && (
            <Typography.Text strong ellipsis className="tc-header-title">
              {t('app.title')}
            </Typography.Text>
          )}
          <div style={{ flex: 1 }} />
          <Space size={phone ? 0 : 'small'} align="center">
            <LanguageSwitch compact={phone} />
            {phone ? (
              <Dropdown
                trigger={['click']}
                menu={{
                  items: [
                    { key: 'who', label: `${viewer?.displayName ?? ''} ${who}`, disabled: true },
                    { type: 'divider' },
                    { key: 'out', icon: <LogoutOutlined />, label: t('auth.signOut'), onClick: () => void signOut() },
                  ],
                }}
              >
                <Button type="text" aria-label={viewer?.displayName} data-testid="user-menu" icon={<Avatar size="small" icon={<UserOutlined />} />} />
              </Dropdown>
            ) : (
              <>
                <span className="tc-user" data-testid="viewer-name">
                  <Avatar size="small" icon={<UserOutlined />} />
                  <Typography.Text strong>{viewer?.displayName}</Typography.Text>
                  {who && <Typography.Text type="secondary">{who}</Typography.Text>}
                  {viewer?.readOnly && <Typography.Text type="warning">（{t('auth.readOnly')}）</Typography.Text>}
                </span>
                <Button type="text" icon={<LogoutOutlined />} onClick={() => void signOut()} data-testid="sign-out">
                  {t('auth.signOut')}
                </Button>
              </>
            )}
          </Space>
        </Layout.Header>
        <Layout.Content className="tc-content">
          <RouteErrorBoundary resetKey={location.pathname}>
            <Suspense fallback={<PageLoading />}>
              <Outlet />
            </Suspense>
          </RouteErrorBoundary>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
