import { ThunderboltOutlined } from '@ant-design/icons';
import { Button, Progress, Space, Typography } from 'antd';
import { useEffect, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { useErrorReporter } from '../../api/errors';
import { useJob } from '../../api/useJob';
import { graphql } from '../../gql';
import { useDashText } from './texts';

const RequestCountyDocument = graphql(`
  mutation DashboardRequestCountyScoring($year: Int!) {
    requestCountyScoring(year: $year) {
      job {
        id
        status
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

const RequestCycleDocument = graphql(`
  mutation DashboardRequestScoring($cycleId: ID!) {
    requestScoring(cycleId: $cycleId) {
      job {
        id
        status
      }
      errors {
        code
        message
        field
      }
    }
  }
`);

type Props = ({ year: number; cycleId?: undefined } | { cycleId: string; year?: undefined }) & {
  /** Called once the job is done: refetch the scores. */
  onDone: () => void;
  disabled?: boolean;
};

/** Requests scoring (the county's year, or one cycle) and shows the job's progress. */
export function ScoringButton({ year, cycleId, onDone, disabled }: Props) {
  const text = useDashText();
  const report = useErrorReporter();
  const [county, requestCounty] = useMutation(RequestCountyDocument);
  const [cycle, requestCycle] = useMutation(RequestCycleDocument);
  const [jobId, setJobId] = useState<string | null>(null);
  const { progress: job } = useJob(jobId);
  const notified = useRef<string | null>(null);

  useEffect(() => {
    if (jobId && job && (job.status === 'done' || job.status === 'failed') && notified.current !== jobId) {
      notified.current = jobId;
      if (job.status === 'done') onDone();
    }
  }, [job, jobId, onDone]);

  const start = async () => {
    if (year !== undefined) {
      const { data, error } = await requestCounty({ year });
      if (report(error, data?.requestCountyScoring.errors)) return;
      setJobId(data?.requestCountyScoring.job?.id ?? null);
    } else {
      const { data, error } = await requestCycle({ cycleId });
      if (report(error, data?.requestScoring.errors)) return;
      setJobId(data?.requestScoring.job?.id ?? null);
    }
  };

  const running = !!job && job.status !== 'done' && job.status !== 'failed';
  const percent = job ? (job.status === 'done' ? 100 : job.total > 0 ? Math.round((job.progress / job.total) * 100) : 0) : 0;
  const label = !job
    ? null
    : job.status === 'done'
      ? text('jobDone')
      : job.status === 'failed'
        ? text('jobFailed', { error: job.error ?? '' })
        : job.total > 0
          ? text('jobRunning', { done: job.progress, total: job.total })
          : text('jobQueued');

  return (
    <Space direction="vertical" size={4} style={{ minWidth: 220 }} data-testid="scoring">
      <Button
        type="primary"
        icon={<ThunderboltOutlined />}
        loading={county.fetching || cycle.fetching || running}
        disabled={disabled}
        onClick={() => void start()}
        data-testid="request-scoring"
      >
        {year !== undefined ? text('requestCounty') : text('requestCycle')}
      </Button>
      {job ? (
        <div data-testid="scoring-progress" data-status={job.status}>
          <Progress
            percent={percent}
            size="small"
            status={job.status === 'failed' ? 'exception' : job.status === 'done' ? 'success' : 'active'}
          />
          <Typography.Text type={job.status === 'failed' ? 'danger' : 'secondary'}>{label}</Typography.Text>
        </div>
      ) : null}
    </Space>
  );
}
