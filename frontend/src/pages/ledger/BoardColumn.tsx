import { Alert, Badge, Card, Empty, Skeleton, Typography } from 'antd';
import { useEffect } from 'react';
import { useLocation } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { ItemCard } from '../../components/ledger/ItemCard';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';
import type { BoardState, LedgerFilters } from './types';
import { filterInput, LedgerPageDocument } from './useLedgerPage';

const COLUMN_SIZE = 30;

type Props = { cycleId: string; state: BoardState; filters: LedgerFilters; refreshKey: number };

/** One state of the board: its count and its first items. */
export function BoardColumn({ cycleId, state, filters, refreshKey }: Props) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const { search } = useLocation();
  const [result, reexecute] = useQuery({
    query: LedgerPageDocument,
    variables: { cycleId, filter: { ...filterInput(filters), state }, first: COLUMN_SIZE, after: null },
  });
  useEffect(() => {
    if (refreshKey > 0) reexecute({ requestPolicy: 'network-only' });
  }, [refreshKey, reexecute]);
  const connection = result.data?.ledger;
  const items = connection?.edges.map((e) => e.node) ?? [];
  const more = (connection?.totalCount ?? 0) - items.length;
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });

  return (
    <Card
      size="small"
      title={lt(`state.${state}`)}
      extra={<Badge count={connection?.totalCount ?? 0} showZero overflowCount={999} color={!connection?.totalCount ? '#bfbfbf' : state === 'signed_off' ? 'green' : '#b71c1c'} />}
      styles={{ body: { background: '#fafafa', minHeight: 120, maxHeight: 640, overflowY: 'auto' } }}
      data-testid={`board-column-${state}`}
    >
      {problem && <Alert type="error" showIcon message={problem} />}
      {result.fetching && !connection ? (
        <Skeleton active paragraph={{ rows: 3 }} />
      ) : items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={lt('boardEmpty')} />
      ) : (
        items.map((item) => <ItemCard key={item.id} item={item} to={`/ledger/items/${encodeURIComponent(item.id)}${search}`} />)
      )}
      {more > 0 && <Typography.Text type="secondary">{lt('boardMore', { count: more })}</Typography.Text>}
    </Card>
  );
}
