import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Result, Skeleton, Space, Typography } from 'antd';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { CategoryTag } from '../../components/registry/CategoryTag';
import { MaskedValue } from '../../components/registry/MaskedValue';
import { RiskTags } from '../../components/registry/RiskTags';
import { useTexts } from '../../components/registry/texts';
import { useI18n } from '../../i18n';
import { HistoryList } from './HistoryList';
import { asHousehold, RegistryHouseholdDocument } from './householdDocument';
import { IncomeTable } from './IncomeTable';
import { LivingDescriptions } from './LivingCard';
import { MembersTable } from './MembersTable';
import { TEXTS } from './texts';
import { useRevealTexts } from './useRevealTexts';

/** One household: basics, members (masked), income, housing and category history. */
export default function HouseholdDetailPage() {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const { viewer } = useViewer();
  const { householdId = '' } = useParams();
  const [params] = useSearchParams();
  const back = `/registry${params.get('back') ? `?${params.get('back')}` : ''}`;
  const revealTexts = useRevealTexts();
  const [result] = useQuery({ query: RegistryHouseholdDocument, variables: { id: householdId } });
  const household = asHousehold(result.data?.node);
  const problem = errorMessage(result.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') });
  const mayReveal = can(viewer, 'person', 'reveal') && !viewer?.readOnly;

  const backLink = (
    <Link to={back}>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingInline: 0 }}>
        {t('detail.back')}
      </Button>
    </Link>
  );

  if (result.fetching && !household) {
    return (
      <Space direction="vertical" style={{ width: '100%' }}>
        {backLink}
        <Card>
          <Skeleton active paragraph={{ rows: 6 }} />
        </Card>
      </Space>
    );
  }
  if (!household) {
    return problem ? (
      <Space direction="vertical" style={{ width: '100%' }}>
        {backLink}
        <Alert type="error" showIcon message={problem} />
      </Space>
    ) : (
      <Result status="404" title={t('detail.notFound')} extra={backLink} />
    );
  }

  const place = [household.village?.town?.name, household.village?.area?.name, household.village?.name].filter(Boolean).join(' · ');
  const list = (items: readonly string[]) => (items.length > 0 ? items.join('、') : '—');

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="household-detail">
      {backLink}
      {problem && <Alert type="warning" showIcon message={problem} />}
      <div>
        <Space wrap align="center">
          <Typography.Title level={3} style={{ margin: 0 }} data-testid="household-head">
            {household.headName}
          </Typography.Title>
          <CategoryTag category={household.category} label={household.categoryLabel} />
        </Space>
        <div>
          <Typography.Text type="secondary">{place}</Typography.Text>
        </div>
      </div>

      <Card size="small" title={t('detail.basics')}>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
          <Descriptions.Item label={t('detail.address')}>{household.address || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.phone')}>
            {household.phone ? (
              <MaskedValue masked={household.phone} kind="phone" id={household.id} mayReveal={mayReveal} texts={revealTexts} testId="household-phone" />
            ) : (
              '—'
            )}
          </Descriptions.Item>
          <Descriptions.Item label={t('detail.liftedYear')}>{household.liftedYear ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('detail.causes')}>{list(household.povertyCauses)}</Descriptions.Item>
          <Descriptions.Item label={t('detail.measures')}>{list(household.assistanceMeasures)}</Descriptions.Item>
          <Descriptions.Item label={t('detail.helpers')}>{list(household.helpers.map((h) => h.name))}</Descriptions.Item>
          <Descriptions.Item label={t('detail.risks')} span={{ xs: 1, sm: 2, lg: 3 }}>
            <RiskTags flags={household.riskFlags} none={t('detail.noRisks')} />
          </Descriptions.Item>
        </Descriptions>
      </Card>

      <Card size="small" title={t('detail.members', { count: household.members.length })}>
        <MembersTable members={household.members} mayReveal={mayReveal} />
      </Card>

      <Card size="small" title={t('detail.income')}>
        <IncomeTable incomes={household.incomes} />
      </Card>

      <Card size="small" title={t('detail.living')}>
        <LivingDescriptions living={household.livingConditions} />
      </Card>

      <Card size="small" title={t('detail.history')}>
        <HistoryList cases={household.statusCases} />
      </Card>
    </Space>
  );
}
