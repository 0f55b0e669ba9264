import { EyeOutlined } from '@ant-design/icons';
import { Alert, Card, Col, Empty, Row, Select, Skeleton, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { useQuery } from 'urql';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { useTexts } from '../../components/registry/texts';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { EvaluatorFindings } from './EvaluatorFindings';
import { EvaluatorHouseholds } from './EvaluatorHouseholds';
import { EvaluatorScores } from './EvaluatorScores';
import { TEXTS } from './texts';

const EvaluatorCyclesDocument = graphql(`
  query EvaluatorCycles {
    cycles {
      id
      name
      year
      state
    }
  }
`);

/** 第三方评估: a read-only overview of the granted towns — households, findings, scores. */
export default function EvaluatorPage() {
  const t = useTexts(TEXTS);
  const { t: tShared } = useI18n();
  const { viewer } = useViewer();
  const towns = (viewer?.memberships ?? []).flatMap((m) => (m.town ? [m.town] : []));
  const uniqueTowns = [...new Map(towns.map((town) => [town.id, town])).values()];
  const [townId, setTownId] = useState<string | undefined>(uniqueTowns[0]?.id);
  const [cycles] = useQuery({ query: EvaluatorCyclesDocument });
  const list = cycles.data?.cycles ?? [];
  const townName = uniqueTowns.find((town) => town.id === townId)?.name;
  const preferred = list.find((c) => townName && c.name.includes(townName)) ?? list[0];
  const [chosenCycle, setCycleId] = useState<string | undefined>(undefined);
  const cycleId = chosenCycle && list.some((c) => c.id === chosenCycle) ? chosenCycle : preferred?.id;
  const problem = errorMessage(cycles.error, null, { network: tShared('error.network'), unknown: tShared('error.unknown') });

  const cycleTab = (render: (id: string) => JSX.Element) =>
    cycles.fetching && !cycles.data ? (
      <Skeleton active />
    ) : cycleId ? (
      render(cycleId)
    ) : (
      <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCycle')} />
    );

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="evaluator-page">
      <Typography.Title level={3} style={{ margin: 0 }}>
        <EyeOutlined /> {t('title')}
      </Typography.Title>
      <Alert type="info" showIcon message={t('readOnly')} data-testid="evaluator-readonly" />
      {problem && <Alert type="error" showIcon message={problem} />}
      <Card size="small">
        <Row gutter={[12, 12]}>
          {uniqueTowns.length > 1 && (
            <Col xs={24} md={8}>
              <Typography.Text type="secondary">{t('town')}</Typography.Text>
              <Select
                style={{ width: '100%' }}
                value={townId}
                onChange={(value: string) => {
                  setTownId(value);
                  setCycleId(undefined);
                }}
                options={uniqueTowns.map((town) => ({ value: town.id, label: town.name }))}
                data-testid="evaluator-town"
              />
            </Col>
          )}
          <Col xs={24} md={16}>
            <Typography.Text type="secondary">{t('cycle')}</Typography.Text>
            <Select
              style={{ width: '100%' }}
              value={cycleId}
              onChange={setCycleId}
              loading={cycles.fetching}
              notFoundContent={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('noCycle')} />}
              options={list.map((c) => ({ value: c.id, label: `${c.name}（${c.year}）` }))}
            />
          </Col>
        </Row>
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'households', label: t('tab.households'), children: <EvaluatorHouseholds townId={townId} /> },
            { key: 'findings', label: t('tab.findings'), children: cycleTab((id) => <EvaluatorFindings cycleId={id} />) },
            ...(can(viewer, 'score', 'read')
              ? [{ key: 'scores', label: t('tab.scores'), children: cycleTab((id) => <EvaluatorScores cycleId={id} />) }]
              : []),
          ]}
        />
      </Card>
    </Space>
  );
}
