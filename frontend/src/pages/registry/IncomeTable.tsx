import { Empty, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTexts } from '../../components/registry/texts';
import type { IncomeDetail } from './householdDocument';
import { TEXTS } from './texts';

/** Yuan with thousands separators; Decimal values come as strings. */
export function yuan(value: string): string {
  const number = Number(value);
  return Number.isFinite(number) ? number.toLocaleString('zh-CN', { maximumFractionDigits: 2 }) : value;
}

/** Income by year, newest first. */
export function IncomeTable({ incomes }: { incomes: IncomeDetail[] }) {
  const t = useTexts(TEXTS);
  const money = (key: keyof IncomeDetail) => (_: unknown, row: IncomeDetail) => yuan(String(row[key]));
  const columns: ColumnsType<IncomeDetail> = [
    { key: 'year', title: t('income.year'), dataIndex: 'year', fixed: 'left' },
    { key: 'perCapita', title: t('income.perCapita'), render: (_, row) => <strong>{yuan(row.perCapita)}</strong> },
    { key: 'net', title: t('income.net'), render: money('net') },
    { key: 'wages', title: t('income.wages'), render: money('wages') },
    { key: 'production', title: t('income.production'), render: money('production') },
    { key: 'property', title: t('income.property'), render: money('property') },
    { key: 'transfers', title: t('income.transfers'), render: money('transfers') },
    { key: 'costs', title: t('income.costs'), render: money('productionCosts') },
  ];
  return (
    <Table<IncomeDetail>
      rowKey="year"
      size="small"
      columns={columns}
      dataSource={incomes}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noIncome')} /> }}
    />
  );
}
