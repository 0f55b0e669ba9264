import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Descriptions, Empty, Row, Skeleton, Space, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useLocation, useNavigate, useParams } from 'react-router-dom';
import { errorMessage } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { EvidenceList } from '../../components/ledger/EvidenceList';
import { FlagTag } from '../../components/ledger/FlagTag';
import { StateTag } from '../../components/ledger/StateTag';
import { useI18n } from '../../i18n';
import { AppealButton } from './AppealButton';
import { ItemActions } from './ItemActions';
import { useLedgerText } from './messages';
import { SweepPanel } from './SweepPanel';
import { TransitionHistory } from './TransitionHistory';
import { townOf } from './townOf';
import { useLedgerItem } from './useLedgerItem';

/** One item: what, whose, by when, its steps; the viewer's next step, appeal and sweep. */
export function ItemDetailPage({ cycleId, onChanged }: { cycleId: string; onChanged: () => void }) {
  const { itemId = '' } = useParams();
  const { search } = useLocation();
  const { lt, ltMaybe } = useLedgerText();
  const { t } = useI18n();
  const { viewer } = useViewer();
  const { item, fetching, error, refresh } = useLedgerItem(cycleId, decodeURIComponent(itemId));
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const navigate = useNavigate();
  const back = (
    <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }} onClick={() => navigate({ pathname: '/ledger', search })} data-testid="item-back">
      {lt('back')}
    </Button>
  );

  if (fetching && !item) return <Skeleton active paragraph={{ rows: 8 }} />;
  if (problem) return <Space direction="vertical">{back}<Alert type="error" showIcon message={problem} /></Space>;
  if (!item) return <Space direction="vertical">{back}<Empty description={lt('itemNotFound')} /></Space>;

  const changed = () => {
    refresh();
    onChanged();
  };
  const mayAppeal = can(viewer, 'ledger', 'appeal') && !viewer?.readOnly && item.state !== 'signed_off';
  const maySweep = can(viewer, 'ledger', 'sweep') && !viewer?.readOnly;

  return (
    <Space direction="vertical" style={{ width: '100%' }} data-testid="ledger-item">
      {back}
      <Card
        title={
          <Space wrap>
            <span>{lt('itemTitle')}</span>
            <StateTag state={item.state} label={item.stateLabel} />
            <FlagTag flag={item.flag} overdue={item.overdue} />
            {item.reopened > 0 && <Tag color="purple">{lt('col.reopened')} × {item.reopened}</Tag>}
          </Space>
        }
        loading={fetching}
      >
        <Typography.Paragraph strong data-testid="item-problem">{item.problem}</Typography.Paragraph>
        <Descriptions size="small" column={{ xs: 1, sm: 2, lg: 3 }} bordered>
          <Descriptions.Item label={lt('col.household')}>{item.headName || lt('noHousehold')}</Descriptions.Item>
          <Descriptions.Item label={lt('col.owner')}>
            <span data-testid="item-owner">{item.ownerName}</span>
          </Descriptions.Item>
          <Descriptions.Item label={lt('col.deadline')}>{item.deadline}</Descriptions.Item>
          <Descriptions.Item label={lt('col.checkpoint')}>{item.checkpoint}</Descriptions.Item>
          <Descriptions.Item label={lt('col.severity')}>{ltMaybe(`severity.${item.severity}`, item.severity)}</Descriptions.Item>
          <Descriptions.Item label={lt('col.createdAt')}>{dayjs(item.createdAt).format('YYYY-MM-DD')}</Descriptions.Item>
          <Descriptions.Item label={lt('col.measures')} span={3}>{item.measures}</Descriptions.Item>
          {item.resultNote ? <Descriptions.Item label={lt('col.resultNote')} span={3}>{item.resultNote}</Descriptions.Item> : null}
          <Descriptions.Item label={lt('col.evidence')} span={3}>
            <EvidenceList keys={item.evidence} empty={lt('evidenceNone')} />
          </Descriptions.Item>
          {item.effectiveness ? (
            <Descriptions.Item label={lt('col.effectiveness')} span={3}>
              <span data-testid="item-effectiveness">{item.effectiveness}</span>
            </Descriptions.Item>
          ) : null}
        </Descriptions>
      </Card>
      <Row gutter={[12, 12]}>
        <Col xs={24} lg={12}>
          <Card size="small" title={lt('actions')}>
            <Space direction="vertical" style={{ width: '100%' }}>
              <ItemActions item={item} townId={townOf(viewer)} onMoved={changed} />
              {(mayAppeal || maySweep) && (
                <Space wrap>
                  {mayAppeal && <AppealButton findingId={item.findingId} townId={townOf(viewer)} />}
                  {maySweep && <SweepPanel findingId={item.findingId} onApplied={onChanged} />}
                </Space>
              )}
            </Space>
          </Card>
        </Col>
        <Col xs={24} lg={12}>
          <Card size="small" title={lt('history')}>
            <TransitionHistory transitions={item.transitions} />
          </Card>
        </Col>
      </Row>
    </Space>
  );
}
