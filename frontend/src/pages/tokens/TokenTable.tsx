import { Button, Empty, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useTexts } from '../../components/registry/texts';
import { TEXTS } from './texts';
import { tokenState, type TokenRow } from './tokenDocuments';

const STATE_COLOR = { active: 'green', expired: 'default', revoked: 'red' } as const;

type Props = {
  tokens: TokenRow[];
  townNames: Map<string, string>;
  loading: boolean;
  revoking: string | null;
  onRevoke: (id: string) => void;
};

/** Issued tokens, newest first; only the prefix of a secret is ever shown. */
export function TokenTable({ tokens, townNames, loading, revoking, onRevoke }: Props) {
  const t = useTexts(TEXTS);
  const when = (value: string) => dayjs(value).format('YYYY-MM-DD HH:mm');
  const columns: ColumnsType<TokenRow> = [
    { key: 'label', title: t('label'), render: (_, row) => <Typography.Text strong>{row.label}</Typography.Text> },
    {
      key: 'state',
      title: t('state'),
      render: (_, row) => {
        const state = tokenState(row);
        return <Tag color={STATE_COLOR[state]}>{t(state)}</Tag>;
      },
    },
    { key: 'prefix', title: t('prefix'), render: (_, row) => <Typography.Text code>{row.prefix}…</Typography.Text> },
    { key: 'towns', title: t('towns'), render: (_, row) => row.townIds.map((id) => townNames.get(id) ?? id).join('、') },
    { key: 'created', title: t('created'), responsive: ['md'], render: (_, row) => when(row.createdAt) },
    { key: 'expires', title: t('expires'), render: (_, row) => when(row.revokedAt ?? row.expiresAt) },
    {
      key: 'actions',
      title: t('actions'),
      render: (_, row) =>
        tokenState(row) === 'active' ? (
          <Popconfirm title={t('revokeConfirm')} okText={t('revoke')} cancelText={t('cancel')} okButtonProps={{ danger: true }} onConfirm={() => onRevoke(row.id)}>
            <Button danger size="small" loading={revoking === row.id} data-testid="token-revoke">
              {t('revoke')}
            </Button>
          </Popconfirm>
        ) : null,
    },
  ];
  const sorted = [...tokens].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <Table<TokenRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={sorted}
      loading={loading}
      pagination={sorted.length > 20 ? { pageSize: 20 } : false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('empty')} /> }}
      data-testid="token-table"
    />
  );
}
