import { Alert, App, Badge, Button, Empty, List, Space, Switch, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { useMutation, useQuery } from 'urql';
import { errorMessage, useErrorReporter } from '../../api/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';

const InboxDocument = graphql(`
  query LedgerInbox($unreadOnly: Boolean!, $first: Int, $after: String) {
    unreadNotificationCount
    notifications(unreadOnly: $unreadOnly, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          message
          itemId
          createdAt
          read
        }
      }
    }
  }
`);

const MarkReadDocument = graphql(`
  mutation MarkLedgerNotificationsRead($ids: [ID!]!) {
    markNotificationsRead(ids: $ids) {
      unreadCount
      notifications {
        id
        read
        readAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** The viewer's deadline notices: unread count, mark read, a link to the item. */
export function InboxView() {
  const { lt, ltMaybe } = useLedgerText();
  const { t } = useI18n();
  const { search } = useLocation();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const [unreadOnly, setUnreadOnly] = useState(true);
  const [size, setSize] = useState(20);
  const [result, reexecute] = useQuery({ query: InboxDocument, variables: { unreadOnly, first: size, after: null }, requestPolicy: 'cache-and-network' });
  const [{ fetching: marking }, markRead] = useMutation(MarkReadDocument);
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const notices = result.data?.notifications.edges.map((e) => e.node) ?? [];

  const mark = async (ids: string[]) => {
    if (ids.length === 0) return;
    const { data, error } = await markRead({ ids });
    if (report(error, data?.markNotificationsRead.errors)) return;
    void message.success(lt('inboxRead'));
    reexecute({ requestPolicy: 'network-only' });
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="ledger-inbox">
      <Space wrap>
        <Badge count={result.data?.unreadNotificationCount ?? 0} showZero overflowCount={999}>
          <Typography.Text strong style={{ paddingRight: 12 }}>{lt('inbox')}</Typography.Text>
        </Badge>
        <Space size={4}>
          <Switch size="small" checked={unreadOnly} onChange={setUnreadOnly} />
          <Typography.Text>{lt('inboxUnreadOnly')}</Typography.Text>
        </Space>
        <Button size="small" loading={marking} disabled={!notices.some((n) => !n.read)} onClick={() => void mark(notices.filter((n) => !n.read).map((n) => n.id))}>
          {lt('inboxMarkAll')}
        </Button>
      </Space>
      {problem && <Alert type="error" showIcon message={problem} />}
      <List
        loading={result.fetching}
        dataSource={notices}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={lt('inboxEmpty')} /> }}
        renderItem={(notice) => (
          <List.Item
            key={notice.id}
            actions={[
              notice.itemId ? (
                <Link key="open" to={`/ledger/items/${encodeURIComponent(notice.itemId)}${search}`}>
                  {lt('inboxOpenItem')}
                </Link>
              ) : null,
              !notice.read ? (
                <Button key="read" type="link" size="small" onClick={() => void mark([notice.id])}>
                  {lt('inboxMarkRead')}
                </Button>
              ) : null,
            ].filter(Boolean)}
          >
            <List.Item.Meta
              title={
                <Space wrap>
                  {!notice.read && <Badge status="processing" />}
                  <Tag color={notice.kind === 'overdue' ? 'red' : 'orange'}>{ltMaybe(`notice.${notice.kind}`, notice.kind)}</Tag>
                  <Typography.Text strong={!notice.read}>{notice.message}</Typography.Text>
                </Space>
              }
              description={dayjs(notice.createdAt).format('YYYY-MM-DD HH:mm')}
            />
          </List.Item>
        )}
      />
      {result.data?.notifications.pageInfo.hasNextPage && (
        <Button block onClick={() => setSize((s) => Math.min(s + 20, 100))} disabled={size >= 100}>
          {lt('loadMore')}
        </Button>
      )}
    </Space>
  );
}
