import { Alert, Card, Empty, Skeleton, Statistic, Tabs } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import type { ScoreLevel } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { LostItemsTable, SectionsTable } from './BreakdownTables';
import { IndicatorsTable } from './IndicatorsTable';
import { ScoreGroupDetailDocument } from './cycleQueries';
import { useDashText } from './texts';

type Props = { cycleId: string; level: ScoreLevel; subjectId: string; name: string };

/** One area's / village's / cadre's score: sections, items with points lost, indicators. */
export function GroupDetailCard({ cycleId, level, subjectId, name }: Props) {
  const text = useDashText();
  const { t } = useI18n();
  const [result] = useQuery({ query: ScoreGroupDetailDocument, variables: { cycleId, level, subjectId } });
  const group = result.data?.cycleScores?.group;
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  return (
    <Card size="small" title={text('breakdownOf', { name })} data-testid={`group-detail-${level.toLowerCase()}`}>
      {problem ? <Alert type="error" showIcon message={problem} /> : null}
      {result.fetching && !group ? <Skeleton active /> : null}
      {!result.fetching && !group && !problem ? <Empty description={text('groupEmpty')} /> : null}
      {group ? (
        <>
          <Statistic title={text('score')} value={group.score ?? '—'} precision={2} />
          <Tabs
            size="small"
            items={[
              { key: 'items', label: text('items'), children: <LostItemsTable parts={group.breakdown.items} /> },
              { key: 'sections', label: text('sections'), children: <SectionsTable parts={group.breakdown.sections} /> },
              ...(group.indicators.length > 0
                ? [{ key: 'indicators', label: text('indicators'), children: <IndicatorsTable rows={group.indicators} /> }]
                : []),
            ]}
          />
        </>
      ) : null}
    </Card>
  );
}
