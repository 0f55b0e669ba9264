import { Descriptions, Tag } from 'antd';
import { day, yuan } from './money';
import type { ProjectDetailData } from './projectDetailQuery';
import { useScope } from './scope';
import { useProjectText } from './texts';

type Permit = { number: string; issuedOn?: string | null };

/** Basics, permits, tender and contract. */
export function ProjectBasics({ project }: { project: ProjectDetailData }) {
  const text = useProjectText();
  const { villageName } = useScope();
  const permit = (p: Permit) => (p.number ? `${p.number}（${day(p.issuedOn)}）` : <Tag color="red">{text('permitMissing')}</Tag>);
  return (
    <>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={text('detail.basics')}>
        <Descriptions.Item label={text('village')}>{villageName(project.villageId)}</Descriptions.Item>
        <Descriptions.Item label={text('approvedOn')}>{day(project.approvedOn)}</Descriptions.Item>
        <Descriptions.Item label={text('planned')}>{yuan(project.plannedInvestment)}</Descriptions.Item>
        <Descriptions.Item label={text('plannedContent')}>{project.plannedContent || '—'}</Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" bordered column={{ xs: 1, md: 3 }} title={text('detail.permits')} style={{ marginTop: 16 }}>
        <Descriptions.Item label={text('envPermit')}>{permit(project.envPermit)}</Descriptions.Item>
        <Descriptions.Item label={text('landPermit')}>{permit(project.landPermit)}</Descriptions.Item>
        <Descriptions.Item label={text('planningPermit')}>{permit(project.planningPermit)}</Descriptions.Item>
      </Descriptions>
      <Descriptions size="small" bordered column={{ xs: 1, md: 2 }} title={text('detail.contract')} style={{ marginTop: 16 }}>
        <Descriptions.Item label={text('tenderAmount')}>{yuan(project.tenderAmount)}</Descriptions.Item>
        <Descriptions.Item label={text('contractAmount')}>{yuan(project.contractAmount)}</Descriptions.Item>
        <Descriptions.Item label={text('contractor')}>{project.contractor || '—'}</Descriptions.Item>
        <Descriptions.Item label={text('employer')}>{project.employer || '—'}</Descriptions.Item>
        <Descriptions.Item label={text('contractOn')}>{day(project.contractOn)}</Descriptions.Item>
        <Descriptions.Item label={text('completedOn')}>{day(project.completedOn)}</Descriptions.Item>
        <Descriptions.Item label={text('acceptedOn')}>{day(project.acceptedOn)}</Descriptions.Item>
        <Descriptions.Item label={text('auditedOn')}>{day(project.auditedOn)}</Descriptions.Item>
        <Descriptions.Item label={text('noticeOn')}>{day(project.noticeOn)}</Descriptions.Item>
      </Descriptions>
    </>
  );
}
