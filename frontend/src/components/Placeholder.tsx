import { ToolOutlined } from '@ant-design/icons';
import { Result, Typography } from 'antd';
import { useI18n } from '../i18n';

type Props = {
  titleZh: string;
  titleEn: string;
  descriptionZh: string;
  descriptionEn: string;
  /** The queries and mutations this page will use. */
  api?: string;
};

/** Stands in for a page that another engineer is building. */
export function Placeholder({ titleZh, titleEn, descriptionZh, descriptionEn, api }: Props) {
  const { t, pick } = useI18n();
  return (
    <div>
      <Typography.Title level={3}>{pick(titleZh, titleEn)}</Typography.Title>
      <Result
        icon={<ToolOutlined />}
        title={t('placeholder.title')}
        subTitle={pick(descriptionZh, descriptionEn)}
        extra={api ? <Typography.Text type="secondary" code>{api}</Typography.Text> : null}
      />
    </div>
  );
}
