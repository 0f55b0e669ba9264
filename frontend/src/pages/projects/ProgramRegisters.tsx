import { Alert, Card, Empty, Space, Table } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { ProgramRegistersQuery } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { ExportLink } from './ExportLink';
import { day, yuan } from './money';
import { useScope } from './scope';
import { useProjectText } from './texts';

const ProgramRegistersDocument = graphql(`
  query ProgramRegisters($townId: ID!, $year: Int) {
    socialAssistance(townId: $townId, year: $year, first: 100) {
      totalCount
      edges {
        node {
          id
          kindLabel
          helper
          amount
          givenOn
          villageId
          purpose
          result
        }
      }
    }
    collaborationFunds(townId: $townId, year: $year, first: 100) {
      totalCount
      edges {
        node {
          id
          partner
          amount
          purpose
          receivedOn
          usedOn
          results
        }
      }
    }
  }
`);

type Assistance = ProgramRegistersQuery['socialAssistance']['edges'][number]['node'];
type Fund = ProgramRegistersQuery['collaborationFunds']['edges'][number]['node'];

/** 社会扶贫登记 and 省内扶贫协作资金 of the year. */
export function ProgramRegisters() {
  const text = useProjectText();
  const { t } = useI18n();
  const scope = useScope();
  const [result] = useQuery({
    query: ProgramRegistersDocument,
    variables: { townId: scope.townId ?? '', year: scope.year },
    pause: !scope.townId,
  });
  const assistance = result.data?.socialAssistance.edges.map((e) => e.node) ?? [];
  const funds = result.data?.collaborationFunds.edges.map((e) => e.node) ?? [];
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }}>
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      <Card
        size="small"
        title={text('programs.assistance')}
        extra={scope.townId ? <ExportLink name="assistance.xlsx" params={{ townId: scope.townId, year: scope.year }} testId="export-assistance" /> : null}
      >
        <Table<Assistance>
          rowKey="id"
          size="small"
          loading={result.fetching}
          dataSource={assistance}
          scroll={{ x: true }}
          pagination={assistance.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: <Empty description={text('programs.assistanceEmpty')} /> }}
          columns={[
            { title: text('programs.kind'), dataIndex: 'kindLabel' },
            { title: text('programs.helper'), dataIndex: 'helper' },
            { title: text('amount'), dataIndex: 'amount', align: 'right', render: yuan },
            { title: text('programs.givenOn'), dataIndex: 'givenOn', render: day },
            { title: text('village'), dataIndex: 'villageId', render: (id: string | null) => scope.villageName(id) },
            { title: text('programs.purpose'), dataIndex: 'purpose' },
            { title: text('programs.result'), dataIndex: 'result', render: (v: string) => v || '—' },
          ]}
        />
      </Card>
      <Card size="small" title={text('programs.collaboration')}>
        <Table<Fund>
          rowKey="id"
          size="small"
          loading={result.fetching}
          dataSource={funds}
          scroll={{ x: true }}
          pagination={funds.length > 20 ? { pageSize: 20 } : false}
          locale={{ emptyText: <Empty description={text('programs.collaborationEmpty')} /> }}
          columns={[
            { title: text('programs.partner'), dataIndex: 'partner' },
            { title: text('amount'), dataIndex: 'amount', align: 'right', render: yuan },
            { title: text('programs.purpose'), dataIndex: 'purpose' },
            { title: text('programs.receivedOn'), dataIndex: 'receivedOn', render: day },
            { title: text('programs.usedOn'), dataIndex: 'usedOn', render: day },
            { title: text('programs.result'), dataIndex: 'results', render: (v: string) => v || '—' },
          ]}
        />
      </Card>
    </Space>
  );
}
