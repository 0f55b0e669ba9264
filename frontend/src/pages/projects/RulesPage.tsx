import { Card, Empty, Space, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { can, useViewer } from '../../auth/viewer';
import { ProjectFindingsTable } from './ProjectFindingsTable';
import { RuleFindingsTable } from './RuleFindingsTable';
import { RunRulesBar } from './RunRulesBar';
import { useScope } from './scope';
import { useProjectText } from './texts';

/** Run the project / policy / village rules for the cycle and read what they raised. */
export function RulesPage() {
  const text = useProjectText();
  const { viewer } = useViewer();
  const { cycleId } = useScope();
  const [version, setVersion] = useState(0);
  if (!cycleId) return <Empty description={text('rules.needCycle')} />;
  const writes = !viewer?.readOnly;
  const may = {
    project: writes && can(viewer, 'project', 'write'),
    policy: writes && can(viewer, 'sector', 'write'),
    village: writes && can(viewer, 'program', 'write'),
  };
  return (
    <Space direction="vertical" size="middle" style={{ width: '100%' }} data-testid="rules-page">
      <Card size="small" title={text('rules.title')}>
        <Typography.Paragraph type="secondary">{text('rules.help')}</Typography.Paragraph>
        <RunRulesBar cycleId={cycleId} may={may} onRan={() => setVersion((n) => n + 1)} />
      </Card>
      <Card size="small">
        <Tabs
          items={[
            { key: 'project', label: text('rules.projectFindings'), children: <ProjectFindingsTable key={`p${version}`} cycleId={cycleId} /> },
            { key: 'policy', label: text('rules.policyFindings'), children: <RuleFindingsTable key={`s${version}`} cycleId={cycleId} source="policy_rule" testId="policy-findings" /> },
            { key: 'village', label: text('rules.villageFindings'), children: <RuleFindingsTable key={`v${version}`} cycleId={cycleId} source="village_rule" testId="village-findings" /> },
          ]}
        />
      </Card>
    </Space>
  );
}
