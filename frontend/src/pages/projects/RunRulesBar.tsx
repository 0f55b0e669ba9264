import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useMutation } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import { useI18n } from '../../i18n';
import { useProjectText, type ProjectTextKey } from './texts';

const RunProjectRulesDocument = graphql(`
  mutation RunProjectRules($cycleId: ID!) {
    runProjectRules(cycleId: $cycleId) {
      count
      errors {
        code
        message
        field
      }
    }
  }
`);

const RunPolicyRulesDocument = graphql(`
  mutation RunPolicyRules($cycleId: ID!) {
    runPolicyRules(cycleId: $cycleId) {
      count
      errors {
        code
        message
        field
      }
    }
  }
`);

const RunVillageRulesDocument = graphql(`
  mutation RunVillageRules($cycleId: ID!) {
    runVillageRules(cycleId: $cycleId) {
      count
      errors {
        code
        message
        field
      }
    }
  }
`);

type Outcome = { name: ProjectTextKey; count: number } | { error: string };

/** The three rule runs; shows how many findings each raised. `onRan` refreshes the lists. */
type May = { project: boolean; policy: boolean; village: boolean };

export function RunRulesBar({ cycleId, onRan, may }: { cycleId: string; onRan: () => void; may: May }) {
  const text = useProjectText();
  const { t } = useI18n();
  const texts = { network: t('error.network'), unknown: t('error.unknown') };
  const [project, runProject] = useMutation(RunProjectRulesDocument);
  const [policy, runPolicy] = useMutation(RunPolicyRulesDocument);
  const [village, runVillage] = useMutation(RunVillageRulesDocument);
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const finish = (name: ProjectTextKey, count: number | undefined, message: string | null) => {
    setOutcome(message ? { error: message } : { name, count: count ?? 0 });
    onRan();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Button
          type="primary"
          icon={<PlayCircleOutlined />}
          loading={project.fetching}
          disabled={!may.project}
          data-testid="run-project-rules"
          onClick={async () => {
            const { data, error } = await runProject({ cycleId });
            finish('rules.project', data?.runProjectRules.count, errorMessage(error, data?.runProjectRules.errors, texts));
          }}
        >
          {text('rules.project')}
        </Button>
        <Button
          icon={<PlayCircleOutlined />}
          loading={policy.fetching}
          disabled={!may.policy}
          data-testid="run-policy-rules"
          onClick={async () => {
            const { data, error } = await runPolicy({ cycleId });
            finish('rules.policy', data?.runPolicyRules.count, errorMessage(error, data?.runPolicyRules.errors, texts));
          }}
        >
          {text('rules.policy')}
        </Button>
        <Button
          icon={<PlayCircleOutlined />}
          loading={village.fetching}
          disabled={!may.village}
          data-testid="run-village-rules"
          onClick={async () => {
            const { data, error } = await runVillage({ cycleId });
            finish('rules.village', data?.runVillageRules.count, errorMessage(error, data?.runVillageRules.errors, texts));
          }}
        >
          {text('rules.village')}
        </Button>
      </Space>
      {outcome && 'error' in outcome ? <Alert type="error" showIcon message={outcome.error} closable onClose={() => setOutcome(null)} /> : null}
      {outcome && 'name' in outcome ? (
        <Alert
          type={outcome.count > 0 ? 'warning' : 'success'}
          showIcon
          data-testid="rules-outcome"
          message={text('rules.raised', { name: text(outcome.name), count: outcome.count })}
          closable
          onClose={() => setOutcome(null)}
        />
      ) : null}
    </Space>
  );
}
