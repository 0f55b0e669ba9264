import { Empty, Space, Table, Tag } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { MaskedValue } from '../../components/registry/MaskedValue';
import { useTexts } from '../../components/registry/texts';
import type { MemberDetail } from './householdDocument';
import { TEXTS } from './texts';
import { useRevealTexts } from './useRevealTexts';

/** The household's members; ID numbers masked as the API returns them. */
export function MembersTable({ members, mayReveal }: { members: MemberDetail[]; mayReveal: boolean }) {
  const t = useTexts(TEXTS);
  const revealTexts = useRevealTexts();
  const sexLabel = (sex: string) => (sex === 'male' ? t('member.male') : sex === 'female' ? t('member.female') : sex);
  const columns: ColumnsType<MemberDetail> = [
    { key: 'name', title: t('member.name'), render: (_, m) => m.name, fixed: 'left' },
    { key: 'relation', title: t('member.relation'), render: (_, m) => m.relationLabel },
    {
      key: 'id',
      title: t('member.idNumber'),
      render: (_, m) => (
        <MaskedValue masked={m.idNumber} kind="idNumber" id={m.id} mayReveal={mayReveal} texts={revealTexts} testId="member-id-number" />
      ),
    },
    { key: 'sexAge', title: t('member.sexAge'), render: (_, m) => `${sexLabel(m.sex)} · ${t('member.age', { age: m.age })}` },
    { key: 'labour', title: t('member.labour'), render: (_, m) => m.labourStatusLabel },
    {
      key: 'health',
      title: t('member.health'),
      render: (_, m) => (
        <Space size={[4, 4]} wrap>
          {m.basicMedical ? <Tag color="green">{t('member.medical')}</Tag> : <Tag color="red">{t('member.noMedical')}</Tag>}
          {m.chronicIllness && <Tag color="gold">{t('member.chronic')}</Tag>}
          {m.disabilityType && (
            <Tag color="blue">
              {t('member.disability', { type: m.disabilityType, grade: m.disabilityGrade ? ` ${m.disabilityGrade}` : '' })}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'school',
      title: t('member.school'),
      render: (_, m) =>
        m.schoolStageLabel ? `${m.schoolStageLabel}${m.enrolled === false ? ` · ${t('member.notEnrolled')}` : ''}` : '—',
    },
  ];
  return (
    <Table<MemberDetail>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={members}
      pagination={false}
      scroll={{ x: 'max-content' }}
      locale={{ emptyText: <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('detail.noMembers')} /> }}
      data-testid="member-table"
    />
  );
}
