import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Space } from 'antd';
import { useState } from 'react';
import { useMutation, type TypedDocumentNode } from 'urql';
import { errorMessage } from '../../api/errors';
import { graphql } from '../../gql';
import type { RunPolicyRulesMutation, RunProjectRulesMutation, RunProjectRulesMutationVariables, RunVillageRulesMutation } from '../../gql/graphql';
import { useI18n } from '../../i18n';
import { useProjectText, type ProjectTextKey } from './texts';

const RunProjectRulesDocument = graphql(`
  mutation RunProjectRules($cycleId: ID!) {
    run: runProjectRules(cycleId: $cycleId) {
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
    run: runPolicyRules(cycleId: $cycleId) {
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
    run: runVillageRules(cycleId: $cycleId) {
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

type May = { project: boolean; policy: boolean; village: boolean };

/** Every rule run answers `run { count errors }` (aliased), so one button serves all three. */
type RunDocument = TypedDocumentNode<RunProjectRulesMutation | RunPolicyRulesMutation | RunVillageRulesMutation, RunProjectRulesMutationVariables>;

const RULES: { kind: keyof May; name: ProjectTextKey; document: RunDocument; primary?: boolean }[] = [
  { kind: 'project', name: 'rules.project', document: RunProjectRulesDocument, primary: true },
  { kind: 'policy', name: 'rules.policy', document: RunPolicyRulesDocument },
  { kind: 'village', name: 'rules.village', document: RunVillageRulesDocument },
];

type Rule = (typeof RULES)[number];

function RunRuleButton({ rule, cycleId, disabled, onFinish }: { rule: Rule; cycleId: string; disabled: boolean; onFinish: (name: ProjectTextKey, count: number | undefined, message: string | null) => void }) {
  const text = useProjectText();
  const { t } = useI18n();
  const [{ fetching }, run] = useMutation(rule.document);
  return (
    <Button
      type={rule.primary ? 'primary' : undefined}
      icon={<PlayCircleOutlined />}
      loading={fetching}
      disabled={disabled}
      data-testid={`run-${rule.kind}-rules`}
      onClick={async () => {
        const { data, error } = await run({ cycleId });
        onFinish(rule.name, data?.run.count, errorMessage(error, data?.run.errors, { network: t('error.network'), unknown: t('error.unknown') }));
      }}
    >
      {text(rule.name)}
    </Button>
  );
}

/** The three rule runs; shows how many findings each raised. `onRan` refreshes the lists. */
export function RunRulesBar({ cycleId, onRan, may }: { cycleId: string; onRan: () => void; may: May }) {
  const text = useProjectText();
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  const finish = (name: ProjectTextKey, count: number | undefined, message: string | null) => {
    setOutcome(message ? { error: message } : { name, count: count ?? 0 });
    onRan();
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Space wrap>
        {RULES.map((rule) => (
          <RunRuleButton key={rule.kind} rule={rule} cycleId={cycleId} disabled={!may[rule.kind]} onFinish={finish} />
        ))}
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
