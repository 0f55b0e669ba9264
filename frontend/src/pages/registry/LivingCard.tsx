import { Descriptions, Empty, Tag } from 'antd';
import { useTexts } from '../../components/registry/texts';
import type { LivingDetail } from './householdDocument';
import { TEXTS } from './texts';

/** Housing safety and drinking water. */
export function LivingDescriptions({ living }: { living: LivingDetail | null | undefined }) {
  const t = useTexts(TEXTS);
  if (!living) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noLiving')} />;
  const dash = (value: string | null | undefined) => value || '—';
  return (
    <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }}>
      <Descriptions.Item label={t('living.grade')}>
        <Tag color={['C', 'D'].includes(living.housingGrade) ? 'red' : 'green'}>{dash(living.housingGrade)}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('living.assessed')}>
        {[living.assessedBy, living.assessedOn].filter(Boolean).join(' · ') || '—'}
      </Descriptions.Item>
      <Descriptions.Item label={t('living.plan')}>{dash(living.repairPlan)}</Descriptions.Item>
      <Descriptions.Item label={t('living.due')}>{dash(living.planDue)}</Descriptions.Item>
      <Descriptions.Item label={t('living.done')}>{dash(living.planDoneOn)}</Descriptions.Item>
      <Descriptions.Item label={t('living.water')}>
        <Tag color={living.waterSafe ? 'green' : 'red'}>{living.waterSafe ? t('yes') : t('no')}</Tag>
      </Descriptions.Item>
      <Descriptions.Item label={t('living.source')}>{dash(living.waterSource)}</Descriptions.Item>
      <Descriptions.Item label={t('living.sanitation')}>{dash(living.sanitation)}</Descriptions.Item>
    </Descriptions>
  );
}
