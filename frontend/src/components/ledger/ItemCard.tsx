import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { FlagTag, flagStyle } from './FlagTag';

type Item = {
  id: string;
  problem: string;
  headName: string;
  ownerName: string;
  deadline: string;
  flag: string;
  overdue: boolean;
};

/** A ledger item on the board: problem, household, owner, deadline and urgency. */
export function ItemCard({ item, to }: { item: Item; to: string }) {
  return (
    <Link to={to} data-testid="board-card">
      <Card size="small" hoverable style={{ marginBottom: 8, ...flagStyle(item) }} styles={{ body: { padding: 10 } }}>
        <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ marginBottom: 4 }}>
          {item.problem}
        </Typography.Paragraph>
        <Space size={4} wrap style={{ fontSize: 12 }}>
          {item.headName && <Typography.Text type="secondary">{item.headName}</Typography.Text>}
          <Typography.Text type="secondary">· {item.ownerName}</Typography.Text>
          <Typography.Text type="secondary">· {item.deadline}</Typography.Text>
          <FlagTag flag={item.flag} overdue={item.overdue} />
        </Space>
      </Card>
    </Link>
  );
}
