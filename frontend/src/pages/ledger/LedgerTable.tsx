import { Alert, Button, Empty, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, type HTMLAttributes } from 'react';
import { Link, useLocation } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { FlagTag, flagStyle } from '../../components/ledger/FlagTag';
import { StateTag } from '../../components/ledger/StateTag';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';
import type { LedgerFilters, LedgerItem } from './types';
import { useLedgerPage } from './useLedgerPage';

type Props = { cycleId: string; filters: LedgerFilters; refreshKey: number };

/** The filtered ledger, a Relay page at a time; overdue and due-soon rows stand out. */
export function LedgerTable({ cycleId, filters, refreshKey }: Props) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const { search } = useLocation();
  const page = useLedgerPage(cycleId, filters);
  const filtered = Object.values(filters).some((v) => v !== undefined && v !== false);
  const problem = errorMessage(page.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const { refresh } = page;
  useEffect(() => {
    if (refreshKey > 0) refresh();
  }, [refreshKey]); // eslint-disable-line react-hooks/exhaustive-deps

  const columns: ColumnsType<LedgerItem> = [
    {
      title: lt('col.problem'),
      dataIndex: 'problem',
      render: (_, item) => (
        <Space direction="vertical" size={0}>
          <Link to={`/ledger/items/${encodeURIComponent(item.id)}${search}`} data-testid="ledger-item-link" data-owner={item.ownerName}>
            <Typography.Text ellipsis={{ tooltip: item.problem }} style={{ maxWidth: 360 }}>
              {item.problem}
            </Typography.Text>
          </Link>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {item.checkpoint}
          </Typography.Text>
        </Space>
      ),
    },
    { title: lt('col.household'), dataIndex: 'headName', render: (name: string) => name || lt('noHousehold') },
    { title: lt('col.owner'), dataIndex: 'ownerName' },
    {
      title: lt('col.deadline'),
      dataIndex: 'deadline',
      render: (deadline: string, item) => (
        <Space size={4} wrap>
          <span>{deadline}</span>
          <FlagTag flag={item.flag} overdue={item.overdue} />
        </Space>
      ),
    },
    { title: lt('col.state'), dataIndex: 'state', render: (state: string, item) => <StateTag state={state} label={item.stateLabel} /> },
  ];

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {problem && <Alert type="error" showIcon message={problem} />}
      <Table<LedgerItem>
        rowKey="id"
        size="middle"
        columns={columns}
        dataSource={page.items}
        loading={page.fetching}
        pagination={false}
        scroll={{ x: true }}
        onRow={(item) => ({ style: flagStyle(item), 'data-testid': 'ledger-row' } as HTMLAttributes<HTMLElement>)}
        locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={filtered ? lt('emptyFiltered') : lt('emptyLedger')} /> }}
        data-testid="ledger-table"
      />
      <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
        <Typography.Text type="secondary" data-testid="ledger-total">
          {page.total !== undefined ? lt('total', { count: page.total }) : ''}
        </Typography.Text>
        <Space>
          <Button size="small" disabled={!page.hasPrev || page.fetching} onClick={page.prev}>
            {lt('prev')}
          </Button>
          <Typography.Text>{lt('page', { page: page.page })}</Typography.Text>
          <Button size="small" disabled={!page.hasNext || page.fetching} onClick={page.next} data-testid="ledger-next">
            {lt('next')}
          </Button>
        </Space>
      </Space>
    </Space>
  );
}
