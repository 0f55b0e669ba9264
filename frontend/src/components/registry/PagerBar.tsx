import { LeftOutlined, RightOutlined } from '@ant-design/icons';
import { Button, Space, Typography } from 'antd';

type Props = {
  summary: string;
  pageLabel: string;
  prevLabel: string;
  nextLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
  disabled?: boolean;
};

/** "共 300 户 · 第 2 页  ‹ 上一页  下一页 ›" under a cursor-paged table. */
export function PagerBar(props: Props) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center', justifyContent: 'space-between', marginTop: 12 }}>
      <Typography.Text type="secondary" data-testid="pager-summary">
        {props.summary} · {props.pageLabel}
      </Typography.Text>
      <Space>
        <Button icon={<LeftOutlined />} disabled={!props.hasPrevious || props.disabled} onClick={props.onPrevious}>
          {props.prevLabel}
        </Button>
        <Button disabled={!props.hasNext || props.disabled} onClick={props.onNext} data-testid="pager-next">
          {props.nextLabel} <RightOutlined />
        </Button>
      </Space>
    </div>
  );
}
