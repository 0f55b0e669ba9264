import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, Card, Empty, Space, Table, Tag } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { KeyVillageReadinessQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { yuan } from './money';
import { useScope } from './scope';
import { useProjectText } from './texts';

const KeyVillageReadinessDocument = graphql(`
  query KeyVillageReadiness($townId: ID!, $year: Int!) {
    keyVillageReadiness(townId: $townId, year: $year) {
      villageId
      villageName
      year
      entered
      collectiveIncome
      incomeOk
      facilitiesOk
      missing
      ready
    }
  }
`);

type Row = KeyVillageReadinessQuery['keyVillageReadiness'][number];

function Ok({ value }: { value: boolean }) {
  return value ? <CheckCircleTwoTone twoToneColor="#52c41a" /> : <CloseCircleTwoTone twoToneColor="#f5222d" />;
}

/** 重点村: collective income above 50,000 yuan and 五通十有 met → ready to exit. */
export function KeyVillages() {
  const text = useProjectText();
  const { t } = useI18n();
  const scope = useScope();
  const [result] = useQuery({
    query: KeyVillageReadinessDocument,
    variables: { townId: scope.townId ?? '', year: scope.year },
    pause: !scope.townId,
  });
  const rows = result.data?.keyVillageReadiness ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <Card size="small" title={text('tab.villages')}>
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
      <Table<Row>
        rowKey="villageId"
        size="small"
        loading={result.fetching}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={false}
        data-testid="key-villages"
        locale={{ emptyText: <Empty description={text('villages.empty')} /> }}
        columns={[
          { title: text('village'), dataIndex: 'villageName' },
          {
            title: text('villages.income'),
            dataIndex: 'collectiveIncome',
            align: 'right',
            render: (v: string | null, row) => (row.entered ? yuan(v) : <Tag>{text('villages.notEntered')}</Tag>),
          },
          { title: text('villages.incomeOk'), dataIndex: 'incomeOk', align: 'center', render: (v: boolean) => <Ok value={v} /> },
          { title: text('villages.facilitiesOk'), dataIndex: 'facilitiesOk', align: 'center', render: (v: boolean) => <Ok value={v} /> },
          {
            title: text('villages.missing'),
            dataIndex: 'missing',
            render: (v: string[]) => (v.length === 0 ? '—' : <Space size={[0, 4]} wrap>{v.map((m) => <Tag key={m} color="orange">{m}</Tag>)}</Space>),
          },
          { title: text('villages.ready'), dataIndex: 'ready', render: (v: boolean) => <Tag color={v ? 'green' : 'red'}>{v ? text('yes') : text('no')}</Tag> },
        ]}
      />
    </Card>
  );
}
