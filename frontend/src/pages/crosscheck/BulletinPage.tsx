import { FileExcelOutlined, FileTextOutlined, PlusOutlined, SendOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Empty, Input, List, Popconfirm, Skeleton, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { errorMessage, useErrorReporter } from '../../api/errors';
import { can, useViewer } from '../../auth/viewer';
import { BulletinSummary } from '../../components/crosscheck/BulletinSummary';
import { dateTime } from '../../components/crosscheck/format';
import { useCrossText } from '../../components/crosscheck/messages';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useCrossCycle } from './CycleContext';

const CrossBulletinsDocument = graphql(`
  query CrossBulletins($cycleId: ID!) {
    bulletins(cycleId: $cycleId) {
      id
      version
      title
      generatedAt
      dataCutoff
      publishedAt
      summary
      htmlUrl
      xlsxUrl
    }
  }
`);

const GenerateBulletinDocument = graphql(`
  mutation GenerateBulletin($cycleId: ID!, $title: String!) {
    generateBulletin(cycleId: $cycleId, title: $title) {
      bulletin {
        id
        version
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

const PublishBulletinDocument = graphql(`
  mutation PublishBulletin($id: ID!) {
    publishBulletin(id: $id) {
      bulletin {
        id
        publishedAt
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

/** The bulletin: versions, generate, publish, printable HTML and .xlsx. */
export default function BulletinPage() {
  const ct = useCrossText();
  const { t } = useI18n();
  const cycle = useCrossCycle();
  const { viewer } = useViewer();
  const { message } = App.useApp();
  const report = useErrorReporter();
  const writer = can(viewer, 'bulletin', 'write') && !viewer?.readOnly;
  const [title, setTitle] = useState('');
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: CrossBulletinsDocument,
    variables: { cycleId: cycle.id },
    requestPolicy: 'cache-and-network',
  });
  const [generating, generate] = useMutation(GenerateBulletinDocument);
  const [publishing, publish] = useMutation(PublishBulletinDocument);
  const problem = errorMessage(error, null, { network: t('error.network'), unknown: t('error.unknown') });
  const bulletins = [...(data?.bulletins ?? [])].sort((a, b) => b.version - a.version);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  const onGenerate = async () => {
    const { data: result, error: failure } = await generate({ cycleId: cycle.id, title: title.trim() });
    if (report(failure, result?.generateBulletin.errors)) return;
    void message.success(ct('cc.bul.generated', { version: result?.generateBulletin.bulletin?.version ?? '' }));
    setTitle('');
    refresh();
  };

  const onPublish = async (id: string) => {
    const { data: result, error: failure } = await publish({ id });
    if (report(failure, result?.publishBulletin.errors)) return;
    void message.success(ct('cc.bul.published'));
    refresh();
  };

  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="bulletin-page">
      {writer && (
        <Card size="small" title={ct('cc.bul.generate')}>
          <Space.Compact style={{ width: '100%' }}>
            <Input value={title} onChange={(e) => setTitle(e.target.value)} placeholder={ct('cc.bul.titleField')} maxLength={200} />
            <Button type="primary" icon={<PlusOutlined />} loading={generating.fetching} onClick={() => void onGenerate()} data-testid="bulletin-generate">
              {ct('cc.bul.generate')}
            </Button>
          </Space.Compact>
        </Card>
      )}
      {problem && <Alert type="error" showIcon message={problem} />}
      <Card size="small" title={ct('cc.bul.title')}>
        {fetching && !data ? (
          <Skeleton active />
        ) : bulletins.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={ct('cc.bul.empty')} />
        ) : (
          <List
            itemLayout="vertical"
            dataSource={bulletins}
            renderItem={(bulletin) => (
              <List.Item
                key={bulletin.id}
                data-testid="bulletin-item"
                actions={[
                  <a key="html" href={bulletin.htmlUrl} target="_blank" rel="noreferrer">
                    <FileTextOutlined /> {ct('cc.bul.html')}
                  </a>,
                  <a key="xlsx" href={bulletin.xlsxUrl}>
                    <FileExcelOutlined /> {ct('cc.bul.xlsx')}
                  </a>,
                  ...(writer && !bulletin.publishedAt
                    ? [
                        <Popconfirm key="publish" title={ct('cc.bul.publishConfirm')} okText={ct('common.ok')} cancelText={ct('common.cancel')} onConfirm={() => void onPublish(bulletin.id)}>
                          <Button size="small" type="primary" icon={<SendOutlined />} loading={publishing.fetching} data-testid="bulletin-publish">
                            {ct('cc.bul.publish')}
                          </Button>
                        </Popconfirm>,
                      ]
                    : []),
                ]}
              >
                <List.Item.Meta
                  title={
                    <Space wrap>
                      <Typography.Text strong>{bulletin.title || ct('cc.bul.title')}</Typography.Text>
                      <Tag>{ct('cc.bul.version', { version: bulletin.version })}</Tag>
                      {bulletin.publishedAt ? <Tag color="success">{ct('cc.bul.published')}</Tag> : <Tag color="warning">{ct('cc.bul.draft')}</Tag>}
                    </Space>
                  }
                  description={
                    <Space wrap split="·">
                      <span>{ct('cc.bul.generatedAt', { at: dateTime(bulletin.generatedAt) })}</span>
                      <span>{ct('cc.bul.cutoff', { at: dateTime(bulletin.dataCutoff) })}</span>
                      {bulletin.publishedAt && <span>{ct('cc.bul.publishedAt', { at: dateTime(bulletin.publishedAt) })}</span>}
                    </Space>
                  }
                />
                <BulletinSummary summary={bulletin.summary} />
              </List.Item>
            )}
          />
        )}
      </Card>
    </Space>
  );
}
