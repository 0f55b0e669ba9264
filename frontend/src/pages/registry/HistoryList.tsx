import { Empty, Space, Tag, Timeline, Typography } from 'antd';
import { CATEGORIES } from '../../components/registry/categories';
import { useTexts } from '../../components/registry/texts';
import { useI18n } from '../../i18n';
import type { StatusCaseDetail } from './householdDocument';
import { TEXTS } from './texts';

/** Category change procedures, oldest first, each with its recorded steps. */
export function HistoryList({ cases }: { cases: StatusCaseDetail[] }) {
  const t = useTexts(TEXTS);
  const { pick } = useI18n();
  if (cases.length === 0) return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noHistory')} />;
  const label = (value: string) => {
    const found = CATEGORIES.find((c) => c.value === value);
    return found ? pick(found.zh, found.en) : value;
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      {cases.map((item) => (
        <div key={item.id}>
          <Space wrap style={{ marginBottom: 8 }}>
            <Typography.Text strong>
              {label(item.fromCategory)} → {label(item.toCategory)}
            </Typography.Text>
            <Tag>{item.sourceLabel}</Tag>
            <Tag color="blue">{item.state}</Tag>
          </Space>
          <Timeline
            items={item.steps.map((step) => ({
              children: (
                <div>
                  <Typography.Text>{step.label}</Typography.Text>{' '}
                  <Typography.Text type="secondary">
                    {step.actor} · {step.at}
                  </Typography.Text>
                  {step.note && <div>{step.note}</div>}
                </div>
              ),
            }))}
          />
        </div>
      ))}
    </Space>
  );
}
