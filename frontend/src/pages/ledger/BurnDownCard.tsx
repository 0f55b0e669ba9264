import { Alert, Card, Empty, Skeleton } from 'antd';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { BurnDownChart } from '../../components/ledger/BurnDownChart';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useLedgerText } from './messages';

const BurnDownDocument = graphql(`
  query LedgerBurnDown($cycleId: ID!) {
    burnDown(cycleId: $cycleId) {
      day
      open
      ideal
    }
  }
`);

export function BurnDownCard({ cycleId }: { cycleId: string }) {
  const { lt } = useLedgerText();
  const { t } = useI18n();
  const [result] = useQuery({ query: BurnDownDocument, variables: { cycleId }, requestPolicy: 'cache-and-network' });
  const problem = errorMessage(result.error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const days = result.data?.burnDown ?? [];
  return (
    <Card size="small" title={lt('burnDown')} data-testid="burn-down">
      {problem && <Alert type="error" showIcon message={problem} />}
      {result.fetching && !result.data ? (
        <Skeleton active />
      ) : days.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={lt('burnEmpty')} />
      ) : (
        <BurnDownChart days={days} labels={{ open: lt('burnOpen'), ideal: lt('burnIdeal') }} />
      )}
    </Card>
  );
}
