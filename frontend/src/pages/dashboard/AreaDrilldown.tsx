import { Card, Col, Empty, Row, Space } from 'antd';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { GroupDetailCard } from './GroupDetailCard';
import { GroupTable } from './GroupTable';
import { TownAreasDocument, type GroupRow } from './cycleQueries';
import { useDashText } from './texts';

type Props = { cycleId: string; townId: string; areas: readonly GroupRow[]; villages: readonly GroupRow[] };

/** Town → areas → villages: pick an area to see its breakdown and its villages, then a village. */
export function AreaDrilldown({ cycleId, townId, areas, villages }: Props) {
  const text = useDashText();
  const [town] = useQuery({ query: TownAreasDocument, variables: { townId } });
  const [area, setArea] = useState<GroupRow | null>(null);
  const [village, setVillage] = useState<GroupRow | null>(null);

  const villagesOfArea = useMemo(() => {
    const node = town.data?.node;
    if (!area || !node || !('areas' in node)) return [];
    const match = node.areas.edges.find((e) => e.node.id === area.subjectId);
    const ids = new Set(match?.node.villages.edges.map((e) => e.node.id) ?? []);
    return villages.filter((v) => ids.has(v.subjectId));
  }, [town.data, area, villages]);

  return (
    <Card size="small" title={text('drillTitle')} data-testid="drilldown">
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Space direction="vertical" style={{ width: '100%' }}>
            <GroupTable
              rows={areas}
              selected={area?.subjectId}
              testId="area-table"
              onSelect={(row) => {
                setArea(row);
                setVillage(null);
              }}
            />
            {area ? (
              <Card size="small" title={text('villagesOf', { name: area.name })}>
                <GroupTable rows={villagesOfArea} loading={town.fetching} selected={village?.subjectId} onSelect={setVillage} testId="village-table" />
              </Card>
            ) : null}
          </Space>
        </Col>
        <Col xs={24} lg={14}>
          <Space direction="vertical" style={{ width: '100%' }}>
            {!area ? <Empty description={text('pickGroup')} /> : null}
            {village ? <GroupDetailCard key={village.subjectId} cycleId={cycleId} level="VILLAGE" subjectId={village.subjectId} name={village.name} /> : null}
            {area ? <GroupDetailCard key={area.subjectId} cycleId={cycleId} level="AREA" subjectId={area.subjectId} name={area.name} /> : null}
          </Space>
        </Col>
      </Row>
    </Card>
  );
}
