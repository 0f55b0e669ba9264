import { Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { commitmentOf } from './commitment';
import { dateTime } from './format';
import { useCrossText } from './messages';

export type CommitmentRow = {
  teamId: string;
  commitment: string;
  committedAt: unknown;
  secret?: string | null;
  revealedAt?: unknown;
};

/** Each team's commitment and revealed secret, with the commitment recomputed in this browser. */
export function CommitmentsTable({ cycleId, rows, teamName }: { cycleId: string; rows: CommitmentRow[]; teamName: (id: string) => string }) {
  const ct = useCrossText();
  const [checks, setChecks] = useState<Record<string, boolean>>({});

  useEffect(() => {
    let live = true;
    void Promise.all(
      rows.map(async (row) => {
        if (!row.secret) return [row.teamId, null] as const;
        try {
          return [row.teamId, (await commitmentOf(cycleId, row.teamId, row.secret)) === row.commitment] as const;
        } catch {
          return [row.teamId, false] as const;
        }
      }),
    ).then((pairs) => {
      if (!live) return;
      const next: Record<string, boolean> = {};
      for (const [team, ok] of pairs) if (ok !== null) next[team] = ok;
      setChecks(next);
    });
    return () => {
      live = false;
    };
  }, [cycleId, rows]);

  return (
    <Table<CommitmentRow>
      size="small"
      rowKey="teamId"
      dataSource={rows}
      pagination={false}
      scroll={{ x: true }}
      columns={[
        { title: ct('cc.team'), dataIndex: 'teamId', render: (id: string) => teamName(id) },
        {
          title: ct('cc.my.commitment'),
          dataIndex: 'commitment',
          render: (hash: string) => (
            <Typography.Text code copyable style={{ fontSize: 12, wordBreak: 'break-all' }}>
              {hash}
            </Typography.Text>
          ),
        },
        {
          title: ct('cc.my.secret'),
          dataIndex: 'secret',
          render: (secret: string | null) =>
            secret ? (
              <Typography.Text code style={{ wordBreak: 'break-all' }}>
                {secret}
              </Typography.Text>
            ) : (
              <Tag>{ct('cc.notRevealed')}</Tag>
            ),
        },
        {
          title: ct('cc.result.localCheck'),
          dataIndex: 'teamId',
          key: 'check',
          render: (id: string) =>
            id in checks ? (
              <Tag color={checks[id] ? 'success' : 'error'} data-testid="commitment-check">
                {checks[id] ? ct('cc.result.localOk') : ct('cc.result.localBad')}
              </Tag>
            ) : (
              '—'
            ),
        },
        { title: ct('cc.result.committedAt'), dataIndex: 'committedAt', render: dateTime },
        { title: ct('cc.result.revealedAt'), dataIndex: 'revealedAt', render: dateTime },
      ]}
    />
  );
}
