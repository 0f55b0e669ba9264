import { Descriptions, Empty, Space, Tag, Typography } from 'antd';
import { day, yuan } from './money';
import type { ProjectDetailData } from './projectDetailQuery';
import { SimpleTable } from './SimpleTable';
import { useProjectText } from './texts';

type Props = { project: ProjectDetailData };

export function AdjustmentsView({ project }: Props) {
  const text = useProjectText();
  return (
    <SimpleTable
      rows={project.adjustments}
      columns={[
        { title: text('adjustedOn'), dataIndex: 'adjustedOn', render: day },
        { title: text('content'), dataIndex: 'content' },
        { title: text('contentPct'), dataIndex: 'contentChangePct', align: 'right', render: (v: string) => `${Number(v).toFixed(1)}%` },
        { title: text('investmentChange'), dataIndex: 'investmentChange', align: 'right', render: yuan },
      ]}
    />
  );
}

export function AssetsView({ project }: Props) {
  const text = useProjectText();
  return (
    <SimpleTable
      rows={project.assets}
      columns={[
        { title: text('name'), dataIndex: 'name' },
        { title: text('assetClass'), dataIndex: 'assetClass' },
        { title: text('quantity'), key: 'quantity', render: (_, a) => `${a.quantity} ${a.unit}` },
        { title: text('value'), dataIndex: 'value', align: 'right', render: yuan },
        { title: text('transferNo'), dataIndex: 'transferNo', render: (v: string) => v || <Tag color="red">{text('permitMissing')}</Tag> },
        { title: text('registeredOn'), dataIndex: 'registeredOn', render: day },
        { title: text('keeper'), dataIndex: 'keeper', render: (v: string) => v || '—' },
        {
          title: text('checks'),
          key: 'checks',
          render: (_, a) => (a.checks.length === 0 ? '—' : a.checks.map((c) => <Tag key={c.id}>{c.quarter}</Tag>)),
        },
      ]}
    />
  );
}

export function OperationView({ project }: Props) {
  const text = useProjectText();
  const op = project.operation;
  const yesNo = (v: boolean) => (v ? <Tag color="red">{text('yes')}</Tag> : text('no'));
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {!op ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text('noOperation')} />
      ) : (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={text('mode')}>{op.modeLabel}</Descriptions.Item>
          <Descriptions.Item label={text('operator')}>{op.operator || '—'}</Descriptions.Item>
          <Descriptions.Item label={text('term')}>{`${day(op.termStart)} – ${day(op.termEnd)}`}</Descriptions.Item>
          <Descriptions.Item label={text('annualReturn')}>{yuan(op.annualReturn)}</Descriptions.Item>
          <Descriptions.Item label={text('householdsAssisted')}>{op.householdsAssisted}</Descriptions.Item>
          <Descriptions.Item label={text('idle')}>{yesNo(op.idle)}</Descriptions.Item>
          <Descriptions.Item label={text('damaged')}>{yesNo(op.damaged)}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Title level={5}>{text('returns')}</Typography.Title>
      <SimpleTable
        rows={project.returns}
        columns={[
          { title: text('period'), dataIndex: 'period' },
          { title: text('dueOn'), dataIndex: 'dueOn', render: day },
          { title: text('expected'), dataIndex: 'expected', align: 'right', render: yuan },
          { title: text('received'), dataIndex: 'received', align: 'right', render: yuan },
        ]}
      />
      <Typography.Title level={5}>{text('distribution')}</Typography.Title>
      <SimpleTable
        rows={project.distributionPlans}
        columns={[
          { title: text('amount'), dataIndex: 'amount', align: 'right', render: yuan },
          { title: text('programs.receivedOn'), dataIndex: 'receivedOn', render: day },
          { title: text('noticeShort'), dataIndex: 'noticeOn', render: day },
          { title: text('paidOn'), dataIndex: 'paidOn', render: day },
        ]}
      />
    </Space>
  );
}

export function FundsView({ project }: Props) {
  const text = useProjectText();
  const funds = project.funds;
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Typography.Title level={5}>{text('disbursements')}</Typography.Title>
      <SimpleTable
        rows={project.disbursements}
        columns={[
          { title: text('paidOn'), dataIndex: 'paidOn', render: day },
          { title: text('amount'), dataIndex: 'amount', align: 'right', render: yuan },
          { title: text('basis'), dataIndex: 'basisLabel' },
          { title: text('voucherNo'), dataIndex: 'voucherNo', render: (v: string) => v || '—' },
        ]}
      />
      <Typography.Title level={5}>{text('finalAccount')}</Typography.Title>
      {!funds ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={text('none')} />
      ) : (
        <Descriptions size="small" bordered column={{ xs: 1, md: 2 }}>
          <Descriptions.Item label={text('finalAccount')}>{`${yuan(funds.finalAmount)}（${day(funds.finalOn)}）`}</Descriptions.Item>
          <Descriptions.Item label={text('surplus')}>{yuan(funds.surplusAmount)}</Descriptions.Item>
          <Descriptions.Item label={text('surplusUse')}>{funds.surplusUse || '—'}</Descriptions.Item>
          <Descriptions.Item label={text('publishedOn')}>{day(funds.publishedOn)}</Descriptions.Item>
        </Descriptions>
      )}
      <Typography.Title level={5}>{text('deposits')}</Typography.Title>
      <SimpleTable
        rows={project.qualityDeposits}
        columns={[
          { title: text('amount'), dataIndex: 'amount', align: 'right', render: yuan },
          { title: text('dueOn'), dataIndex: 'dueOn', render: day },
          { title: text('returnedOn'), dataIndex: 'returnedOn', render: day },
        ]}
      />
    </Space>
  );
}
