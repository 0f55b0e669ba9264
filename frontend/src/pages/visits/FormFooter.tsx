import { SendOutlined } from '@ant-design/icons';
import { Button, Grid, Progress, Typography } from 'antd';
import { useVisitText } from '../../components/visit/texts';

type Props = { answered: number; total: number; missing: number; busy: boolean; label: string; onSubmit: () => void };

/** The form's bottom bar, always in reach of a thumb: progress and the submit button. */
export function FormFooter({ answered, total, missing, busy, label, onSubmit }: Props) {
  const t = useVisitText();
  const phone = !Grid.useBreakpoint().md;
  return (
    <>
    {/* Phones: fixed to the screen's bottom edge (and room kept for it); wider: sticky. */}
    {phone && <div style={{ height: 56 }} aria-hidden />}
    <div
      style={{
        position: phone ? 'fixed' : 'sticky',
        left: 0,
        right: 0,
        bottom: 0,
        zIndex: 100,
        background: '#fff',
        borderTop: '1px solid #f0f0f0',
        padding: '8px 12px',
        display: 'flex',
        alignItems: 'center',
        gap: 12,
        boxShadow: '0 -2px 8px rgba(0,0,0,0.06)',
      }}
    >
      <div style={{ flex: 1, minWidth: 0 }}>
        <Typography.Text style={{ fontSize: 12 }} type={missing > 0 ? 'danger' : 'secondary'}>
          {missing > 0 ? t('form.missing', { count: missing }) : t('form.progress', { answered, total })}
        </Typography.Text>
        <Progress percent={total ? Math.round((answered / total) * 100) : 0} size="small" showInfo={false} />
      </div>
      <Button type="primary" icon={<SendOutlined />} loading={busy} onClick={onSubmit} data-testid="submit-visit">
        {label}
      </Button>
    </div>
    </>
  );
}
