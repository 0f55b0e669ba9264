import { Empty, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router-dom';
import { CategoryTag } from '../../components/registry/CategoryTag';
import { RiskTags } from '../../components/registry/RiskTags';
import { useTexts } from '../../components/registry/texts';
import type { RegistryHouseholdsQuery } from '../../gql/graphql';
import { TEXTS } from './texts';

export type HouseholdRow = RegistryHouseholdsQuery['households']['edges'][number]['node'];

type Props = { rows: HouseholdRow[]; loading: boolean; linkSuffix: string };

/** One line per household; the head's name opens the detail. Narrow screens keep 3 columns. */
export function HouseholdTable({ rows, loading, linkSuffix }: Props) {
  const t = useTexts(TEXTS);
  const columns: ColumnsType<HouseholdRow> = [
    {
      key: 'head',
      title: t('col.head'),
      render: (_, row) => (
        <Link to={`${encodeURIComponent(row.id)}${linkSuffix}`} data-testid="household-link">
          {row.headName}
        </Link>
      ),
    },
    { key: 'village', title: t('col.village'), render: (_, row) => row.village?.name ?? '—' },
    {
      key: 'category',
      title: t('col.category'),
      render: (_, row) => <CategoryTag category={row.category} label={row.categoryLabel} />,
    },
    { key: 'members', title: t('col.members'), responsive: ['md'], render: (_, row) => row.members.length },
    {
      key: 'phone',
      title: t('col.phone'),
      responsive: ['md'],
      render: (_, row) => <span data-testid="household-phone">{row.phone ?? '—'}</span>,
    },
    {
      key: 'helpers',
      title: t('col.helpers'),
      responsive: ['lg'],
      render: (_, row) => row.helpers.map((h) => h.name).join('、') || '—',
    },
    {
      key: 'risk',
      title: t('col.risk'),
      responsive: ['sm'],
      render: (_, row) => <RiskTags flags={row.riskFlags} />,
    },
    {
      key: 'address',
      title: t('col.address'),
      responsive: ['xl'],
      render: (_, row) => (
        <Typography.Text type="secondary" ellipsis style={{ maxWidth: 220 }}>
          {row.address}
        </Typography.Text>
      ),
    },
  ];
  return (
    <Table<HouseholdRow>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('list.empty')} /> }}
      data-testid="household-table"
    />
  );
}
