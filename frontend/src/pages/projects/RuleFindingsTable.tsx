import { Alert, Empty, Table } from 'antd';
import { errorMessage } from '../../api/errors';
import { useI18n } from '../../i18n';
import { day } from './money';
import { FindingStateTag, SeverityTag } from './SeverityTag';
import { useProjectText } from './texts';
import { useRuleFindings, type RuleFinding } from './useRuleFindings';

type Row = RuleFinding;

/** Findings a rule source raised (`policy_rule`, `village_rule`) in a cycle. */
export function RuleFindingsTable({ cycleId, source, testId }: { cycleId: string; source: string; testId?: string }) {
  const text = useProjectText();
  const { t } = useI18n();
  const result = useRuleFindings(cycleId, source);
  const rows = result.rows;
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <>
      {problem ? <Alert type="error" showIcon message={problem} style={{ marginBottom: 12 }} /> : null}
      <Table<Row>
        rowKey="id"
        size="small"
        loading={result.fetching}
        dataSource={rows}
        scroll={{ x: true }}
        pagination={rows.length > 10 ? { pageSize: 10, size: 'small' } : false}
        data-testid={testId}
        locale={{ emptyText: <Empty description={text('rules.empty')} /> }}
        columns={[
          { title: text('checkpoint'), dataIndex: 'checkpoint' },
          { title: text('severity'), dataIndex: 'severity', render: (v: string) => <SeverityTag severity={v} /> },
          { title: text('description'), dataIndex: 'description' },
          { title: text('state'), dataIndex: 'state', render: (v: string) => <FindingStateTag state={v} /> },
          { title: text('createdAt'), dataIndex: 'createdAt', render: day },
        ]}
      />
    </>
  );
}
